// The legend: one swatch per node kind, with how many nodes of that kind the graph holds.
import type { ChokepointGraph } from "../../model/graph.ts";
import { NODE_KINDS } from "../../schema/nodes.ts";
import { el } from "../dom.ts";
import { KIND_COLORS } from "../palette.ts";

export function renderLegend(container: HTMLElement, graph: ChokepointGraph): void {
  const counts = new Map<string, number>();
  graph.forEachNode((_n, attrs) => counts.set(attrs.kind, (counts.get(attrs.kind) ?? 0) + 1));
  container.replaceChildren(
    el("h2", { text: "Node kinds" }),
    ...NODE_KINDS.map((kind) =>
      el("div", { className: "legend-item" }, [
        el("span", { className: "swatch", attrs: { style: `background:${KIND_COLORS[kind]}` } }),
        el("span", { text: `${kind} (${counts.get(kind) ?? 0})` }),
      ]),
    ),
    el("p", { text: "Size: concentration risk (HHI) for supplied nodes, PageRank weight for others.", className: "legend-item" }),
  );
}
