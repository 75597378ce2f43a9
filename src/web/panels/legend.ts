// The legend: node kinds, or the availability scale while a scenario runs; edge colours while a node
// is selected.
import { NODE_KINDS } from "../../schema/nodes.ts";
import type { App } from "../app.ts";
import { el } from "../dom.ts";
import { AVAILABILITY_STEPS, KIND_COLORS, UNAFFECTED } from "../palette.ts";

const swatch = (color: string, text: string, shape = "swatch") =>
  el("div", { className: "legend-item" }, [el("span", { className: shape, attrs: { style: `background:${color}` } }), el("span", { text })]);

export function mountLegend(container: HTMLElement, app: App): void {
  let last = "";
  app.onUpdate((view) => {
    const scenario = Boolean(view.scenario?.result);
    const key = `${scenario}|${Boolean(view.display.focus)}`;
    if (key === last) return;
    last = key;
    const items = scenario
      ? [
          el("h2", { text: "Availability" }),
          ...AVAILABILITY_STEPS.map((s) => swatch(s.color, s.label)),
          swatch(UNAFFECTED, "unaffected (100%)"),
        ]
      : [el("h2", { text: "Node kinds" }), ...NODE_KINDS.map((kind) => swatch(KIND_COLORS[kind], kind))];
    if (view.display.focus) {
      items.push(swatch("#0072b2", "supply into the selection", "line"), swatch("#d55e00", "supply onwards", "line"));
    } else {
      items.push(el("p", { className: "legend-note", text: "Size: concentration (HHI) or PageRank" }));
    }
    container.dataset["mode"] = scenario ? "availability" : "kinds";
    container.replaceChildren(...items);
  });
}
