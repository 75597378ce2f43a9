// GEXF as the explorer shows it: the data (as exportGexf writes it) plus, per node, the layout
// position, colour and size as GEXF viz elements, so Gephi and Gephi Lite open it laid out and
// coloured, and the engine's metrics as attributes named `metric.*`. Importing it back (importGexf,
// `chokepoint import`) drops both: they are results, not data.
import { write } from "graphology-gexf";
import type { GraphData } from "./draft.ts";
import { toFlatGraph } from "./gexf.ts";

export interface GexfNodeView {
  x: number;
  y: number;
  size: number;
  /** CSS hex colour, `#rrggbb`. */
  color: string;
  /** Engine results by name (risk, hhiCountry, pagerank, ...); written as `metric.NAME`. */
  metrics: Record<string, number>;
}

export const METRIC_PREFIX = "metric.";

/** Edge thickness from its share (1 + 4 x share); edges without a share get 1. */
export function exportGexfWithView(data: GraphData, view: ReadonlyMap<string, GexfNodeView>): string {
  return write(toFlatGraph(data), {
    version: "1.3",
    formatNode: (key, attrs) => {
      const { label, ...attributes } = attrs;
      const v = view.get(key);
      if (!v) return { label: String(label ?? ""), attributes };
      const metrics = Object.fromEntries(Object.entries(v.metrics).map(([name, value]) => [`${METRIC_PREFIX}${name}`, value]));
      return { label: String(label ?? ""), attributes: { ...attributes, ...metrics }, viz: { x: v.x, y: v.y, size: v.size, color: v.color } };
    },
    formatEdge: (_key, attrs) => {
      const share = typeof attrs["share"] === "number" ? attrs["share"] : undefined;
      return { attributes: attrs, viz: { thickness: share === undefined ? 1 : 1 + 4 * share } };
    },
  });
}
