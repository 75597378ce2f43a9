// Keeps the URL hash and the view state in step: every change rewrites the hash (replaceState, so
// the history is not flooded), and a hash typed or pasted by the user is applied.
import type { App } from "./app.ts";
import { decodeHash, encodeHash } from "./url-hash.ts";

export function syncHash(app: App): void {
  app.store.replace(app.restorable({ ...decodeHash(location.hash), layout: app.store.get().layout }));
  app.onUpdate((view) => {
    const hash = encodeHash(view.state);
    if (hash !== location.hash && !(hash === "" && location.hash === "#")) {
      history.replaceState(null, "", hash || `${location.pathname}${location.search}`);
    }
  });
  window.addEventListener("hashchange", () => {
    if (location.hash === encodeHash(app.store.get())) return;
    app.store.replace(app.restorable({ ...decodeHash(location.hash), layout: app.store.get().layout }));
  });
}
