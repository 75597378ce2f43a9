// Keeps the URL hash and the view state in step. A new selection, cut list, preset or filter set
// is a history entry (pushState), so Back and Forward step through views; dragging a severity or
// the risk slider only rewrites the current entry (replaceState), so history is not flooded. A
// hash typed, pasted or reached by Back/Forward is applied.
import type { App } from "./app.ts";
import { cutKey, type ViewState } from "./state.ts";
import { decodeHash, encodeHash } from "./url-hash.ts";

/** What makes a view a new step: everything but severities and the risk threshold. */
const stepKey = (s: ViewState) =>
  JSON.stringify([s.selected, s.cuts.map(cutKey), s.preset, s.filters.hiddenKinds, s.filters.jurisdiction, s.perspective]);

export function syncHash(app: App): void {
  app.store.replace(app.restorable({ ...decodeHash(location.hash), layout: app.store.get().layout }));
  let step = stepKey(app.store.get());
  app.onUpdate((view) => {
    const hash = encodeHash(view.state);
    const key = stepKey(view.state);
    if (hash !== location.hash && !(hash === "" && location.hash === "#")) {
      const url = hash || `${location.pathname}${location.search}`;
      if (key !== step) history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    }
    step = key;
  });
  const apply = () => {
    if (location.hash === encodeHash(app.store.get())) return;
    app.store.replace(app.restorable({ ...decodeHash(location.hash), layout: app.store.get().layout }));
  };
  window.addEventListener("hashchange", apply);
  window.addEventListener("popstate", apply);
}
