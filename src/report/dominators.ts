// Dominators per sector: the nodes every supply path to it passes through, nearest the origins first.
import { formatJson } from "./json.ts";
import { formatRows, type Format, type TabularReport } from "./format.ts";
import type { TableOptions } from "./table.ts";

export interface DominatorRow {
  sector: string;
  dominators: string[];
}

export const DOMINATOR_REPORT: TabularReport<DominatorRow> = {
  columns: [
    { header: "sector", cell: (r) => r.sector },
    { header: "count", cell: (r) => String(r.dominators.length), value: (r) => r.dominators.length, align: "right" },
    { header: "dominators (origin side first)", cell: (r) => r.dominators.join(" -> ") || "-", value: (r) => r.dominators.join(";") },
  ],
  json: (rows) => rows,
};

export function formatDominators(format: Format, rows: DominatorRow[], options: TableOptions = {}): string {
  return formatRows(format, rows, DOMINATOR_REPORT, options);
}

/** One sector: its dominators one a line, or the JSON object. */
export function formatSectorDominators(format: Format, row: DominatorRow, label: (id: string) => string, options: TableOptions = {}): string {
  if (format === "json") return formatJson(row);
  if (format !== "table") return formatDominators(format, [row], options);
  if (row.dominators.length === 0) return `${row.sector}: no single node lies on every supply path\n`;
  return `${row.sector}: every supply path passes through\n${row.dominators.map((d) => `  ${d}  ${label(d)}`).join("\n")}\n`;
}
