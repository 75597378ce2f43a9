// Centrality per node: degree on the data graph, PageRank on the reversed dependency graph,
// normalised directed betweenness (see engine/centrality.ts for direction and scale).
import type { Centrality } from "../engine/structure/index.ts";
import { formatRows, type Format, type TabularReport } from "./format.ts";
import type { TableOptions } from "./table.ts";

export interface CentralityRow extends Centrality {
  node: string;
  label: string;
  kind: string;
}

export const CENTRALITY_REPORT: TabularReport<CentralityRow> = {
  columns: [
    { header: "node", cell: (r) => r.node },
    { header: "kind", cell: (r) => r.kind },
    { header: "in", cell: (r) => String(r.inDegree), value: (r) => r.inDegree, align: "right" },
    { header: "out", cell: (r) => String(r.outDegree), value: (r) => r.outDegree, align: "right" },
    { header: "pagerank", cell: (r) => r.pagerank.toFixed(4), value: (r) => (r.pagerank), align: "right" },
    { header: "betweenness", cell: (r) => r.betweenness.toFixed(4), value: (r) => (r.betweenness), align: "right" },
    { header: "label", cell: (r) => r.label },
  ],
  json: (rows) =>
    rows.map((r) => ({
      node: r.node,
      label: r.label,
      kind: r.kind,
      inDegree: r.inDegree,
      outDegree: r.outDegree,
      pagerank: (r.pagerank),
      betweenness: (r.betweenness),
    })),
};

/** With `centrality --percolation`: one more column and JSON field, after betweenness. */
const PERCOLATION_REPORT: TabularReport<CentralityRow> = {
  columns: [
    ...CENTRALITY_REPORT.columns.slice(0, 6),
    { header: "percolation", cell: (r) => r.percolation!.toFixed(4), value: (r) => (r.percolation!), align: "right" },
    ...CENTRALITY_REPORT.columns.slice(6),
  ],
  json: (rows) => (CENTRALITY_REPORT.json(rows) as object[]).map((j, i) => ({ ...j, percolation: rows[i]!.percolation! })),
};

export const formatCentrality = (format: Format, rows: CentralityRow[], options: TableOptions = {}) =>
  formatRows(format, rows, rows.some((r) => r.percolation !== undefined) ? PERCOLATION_REPORT : CENTRALITY_REPORT, options);
