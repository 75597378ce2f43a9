// The perspective switch: the world's shares, or what one importer (EU, NL, ...) sources, read by
// the engine for every panel. Importers the issue names but the data has no sourcing for (KR
// today) are shown disabled as "no data", so their absence is visible instead of silently world.
import type { App } from "../app.ts";
import { el } from "../dom.ts";

/** Importers the explorer always offers; others appear when the data has sourcing for them. */
const NAMED = ["EU", "NL", "KR"];

export function mountPerspective(container: HTMLElement, app: App): void {
  let shownFor: string | undefined;
  app.onUpdate((view) => {
    const { perspectives, perspective } = view.session;
    const key = `${perspectives.join()}|${perspective}`;
    if (key === shownFor) return;
    shownFor = key;
    const options = ["world", ...new Set([...NAMED, ...perspectives])];
    const buttons = options.map((p) => {
      const has = p === "world" || perspectives.includes(p);
      const button = el("button", {
        className: "perspective-option",
        text: has ? (p === "world" ? "World" : p) : `${p} (no data)`,
        attrs: {
          type: "button",
          "data-perspective": p,
          "aria-pressed": String(p === perspective),
          title: has
            ? p === "world"
              ? "World shares: who produces what"
              : `${p} sourcing: where ${p} gets each node it has sourcing data for; world shares elsewhere`
            : `The data has no sourcing entries for ${p}`,
        },
      });
      button.disabled = !has;
      button.addEventListener("click", () => app.store.setPerspective(p));
      return button;
    });
    container.replaceChildren(el("span", { className: "toolbar-label", text: "Seen from" }), ...buttons);
  });
}
