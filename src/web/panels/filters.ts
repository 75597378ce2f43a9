// Filter: by node kind, by jurisdiction (partner status or bloc), by the engine's risk score. Counts
// say how many nodes of each kind are shown; the controls are built once and only their values and
// counts change, so focus stays where the user left it.
import { NODE_KINDS, type NodeKind } from "../../schema/nodes.ts";
import type { App, View } from "../app.ts";
import { el } from "../dom.ts";
import { decimal } from "../format.ts";
import { KIND_COLORS } from "../palette.ts";

export function mountFilters(container: HTMLElement, app: App): void {
  const summary = el("p", { className: "filter-summary", attrs: { id: "filter-summary", "aria-live": "polite" } });
  const kindBoxes = new Map<NodeKind, { input: HTMLInputElement; count: HTMLElement }>();
  const kinds = el("fieldset", { className: "kinds" }, [el("legend", { text: "Kinds" })]);
  for (const kind of NODE_KINDS) {
    const input = el("input", { attrs: { type: "checkbox", name: "kind", value: kind, "data-kind": kind } });
    const count = el("span", { className: "count" });
    input.addEventListener("change", () => app.store.toggleKind(kind, input.checked));
    kinds.append(
      el("label", { className: "kind-option" }, [
        input,
        el("span", { className: "swatch", attrs: { style: `background:${KIND_COLORS[kind]}` } }),
        el("span", { text: kind }),
        count,
      ]),
    );
    kindBoxes.set(kind, { input, count });
  }

  const jurisdiction = el("select", { attrs: { id: "filter-jurisdiction" } });
  jurisdiction.addEventListener("change", () => app.store.setJurisdiction(jurisdiction.value));
  const risk = el("input", { attrs: { id: "filter-risk", type: "range", min: "0", max: "1", step: "0.01" } });
  const riskValue = el("output", { attrs: { for: "filter-risk" } });
  risk.addEventListener("input", () => app.store.setMinRisk(Number(risk.value)));
  const reset = el("button", { text: "Show all", attrs: { type: "button" } });
  reset.addEventListener("click", () => {
    for (const kind of NODE_KINDS) if (app.store.get().filters.hiddenKinds.includes(kind)) app.store.toggleKind(kind, true);
    app.store.setJurisdiction("all");
    app.store.setMinRisk(0);
  });

  container.replaceChildren(
    el("h2", { text: "Filter" }),
    summary,
    kinds,
    el("label", { className: "field" }, [el("span", { text: "Countries, firms, constellations" }), jurisdiction]),
    el("label", { className: "field" }, [el("span", { text: "Minimum concentration risk score (supplied nodes)" }), risk, riskValue]),
    reset,
  );

  let optionsFor: View["session"] | undefined;
  app.onUpdate((view) => {
    const { filters } = view.state;
    if (optionsFor !== view.session) {
      optionsFor = view.session;
      jurisdiction.replaceChildren(
        el("option", { text: "All", attrs: { value: "all" } }),
        el("option", { text: "Partners only", attrs: { value: "partners" } }),
        el("option", { text: "Outside the partner set", attrs: { value: "non-partners" } }),
        ...[...view.session.blocs.keys()].map((b) => el("option", { text: `Bloc: ${b}`, attrs: { value: `bloc:${b}` } })),
      );
    }
    jurisdiction.value = filters.jurisdiction;
    if (jurisdiction.value !== filters.jurisdiction) jurisdiction.value = "all";
    risk.value = String(filters.minRisk);
    riskValue.textContent = filters.minRisk > 0 ? `≥ ${decimal(filters.minRisk, 2)}` : "any";

    const total = new Map<string, number>();
    const shown = new Map<string, number>();
    view.session.graph.forEachNode((node, attrs) => {
      total.set(attrs.kind, (total.get(attrs.kind) ?? 0) + 1);
      if (view.display.visible.has(node)) shown.set(attrs.kind, (shown.get(attrs.kind) ?? 0) + 1);
    });
    for (const [kind, box] of kindBoxes) {
      box.input.checked = !filters.hiddenKinds.includes(kind);
      box.count.textContent = `${shown.get(kind) ?? 0}/${total.get(kind) ?? 0}`;
      box.count.dataset["shown"] = String(shown.get(kind) ?? 0);
    }
    const visible = view.display.visible.size;
    summary.textContent = `${visible} of ${view.session.graph.order} nodes shown`;
    summary.dataset["shown"] = String(visible);
    summary.dataset["total"] = String(view.session.graph.order);
  });
}
