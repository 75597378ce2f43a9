// Keeps the URL hash and the view in step. A new selection, cut list, preset, filter set or layout
// is a history entry (pushState), so Back and Forward step through views; dragging a severity or
// the risk slider, moving the camera or a force layout finishing only rewrites the current entry
// (replaceState), so history is not flooded. A hash typed, pasted or reached by Back/Forward is
// applied: state, then the force layout's positions (placed, not run again), then the camera.
import type { App } from "./app.ts";
import { cutKey, type ViewState } from "./state.ts";
import { decodeExtras, decodeHash, decodePositions, encodeHash, encodePositions, type HashExtras } from "./url-hash.ts";

/** What makes a view a new step: everything but severities, the risk threshold and the camera. */
const stepKey = (s: ViewState) =>
  JSON.stringify([s.selected, s.cuts.map(cutKey), s.preset, s.filters.hiddenKinds, s.filters.jurisdiction, s.layout, s.perspective, s.rankBy]);

/** Camera moves are written once they settle, not on each animation frame. */
const CAMERA_SETTLE_MS = 250;

export function syncHash(app: App): void {
  const extras: HashExtras = {};
  const order = () => app.view.session.graph.nodes();
  const current = () => encodeHash(app.store.get(), extras);
  const write = (push: boolean) => {
    const hash = current();
    if (hash === location.hash || (hash === "" && location.hash === "#")) return;
    const url = hash || `${location.pathname}${location.search}`;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };

  const restore = (hash: string) => {
    const state = decodeHash(hash);
    const more = decodeExtras(hash);
    const positions = state.layout === "force" && more.positions ? decodePositions(more.positions, order()) : undefined;
    if (positions) app.restorePositions(positions);
    // The extras first: replacing the state writes the hash, which must then equal the one applied
    // (a Back that pushed a new entry would cut off Forward).
    extras.positions = positions ? more.positions : undefined;
    extras.camera = more.camera;
    app.store.replace(app.restorable(state));
    if (more.camera) app.renderer.getCamera().setState(more.camera);
  };

  restore(location.hash);
  let step = stepKey(app.store.get());
  app.onUpdate((view) => {
    if (view.state.layout !== "force") extras.positions = undefined;
    const key = stepKey(view.state);
    write(key !== step);
    step = key;
  });
  app.onForce(({ running }) => {
    extras.positions = running ? undefined : encodePositions(order(), (n) => app.positionOf(n));
    write(false);
  });
  app.onMount((renderer) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    renderer.getCamera().on("updated", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = renderer.getCamera().getState();
        extras.camera = { x, y, ratio };
        write(false);
      }, CAMERA_SETTLE_MS);
    });
  });
  const apply = () => {
    if (location.hash === current()) return;
    restore(location.hash);
  };
  window.addEventListener("hashchange", apply);
  window.addEventListener("popstate", apply);
}
