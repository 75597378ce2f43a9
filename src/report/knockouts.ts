// Knock-outs: each country and company cut alone, ranked by the sector losses it causes.
import type { KnockoutEntry } from "../engine/propagation/index.ts";
import { formatRows, pct, type Format, type TabularReport } from "./format.ts";
import type { TableOptions } from "./table.ts";

/** Ties are shown, not broken: "a, b", or "a and 14 more tied". */
function worstCell(e: KnockoutEntry): string {
  const [first, ...rest] = e.worstSectors;
  if (first === undefined) return "-";
  return rest.length <= 2 ? e.worstSectors.join(", ") : `${first} and ${rest.length} more tied`;
}

export const KNOCKOUT_REPORT: TabularReport<KnockoutEntry> = {
  columns: [
    { header: "#", cell: (e) => String(e.rank), value: (e) => e.rank, align: "right" },
    { header: "node", cell: (e) => e.node },
    { header: "kind", cell: (e) => e.kind },
    { header: "mean loss", cell: (e) => pct(e.meanLoss), value: (e) => e.meanLoss, align: "right" },
    { header: "worst loss", cell: (e) => pct(e.worstLoss), value: (e) => e.worstLoss, align: "right" },
    { header: "worst sector", cell: worstCell, value: (e) => e.worstSectors.join(";") || null },
    { header: "sectors hit", cell: (e) => String(e.sectorsAffected), value: (e) => e.sectorsAffected, align: "right" },
    { header: "single point of failure for", cell: (e) => e.singlePointOfFailureFor.join(", ") || "-", value: (e) => e.singlePointOfFailureFor.join(";") },
  ],
  json: (rows) =>
    rows.map((e) => ({
      rank: e.rank,
      node: e.node,
      label: e.label,
      kind: e.kind,
      meanLoss: (e.meanLoss),
      worstLoss: (e.worstLoss),
      worstSector: e.worstSector ?? null,
      worstSectors: e.worstSectors,
      sectorsAffected: e.sectorsAffected,
      singlePointOfFailureFor: e.singlePointOfFailureFor,
      converged: e.converged,
    })),
};

export const formatKnockouts = (format: Format, rows: KnockoutEntry[], options: TableOptions = {}) =>
  formatRows(format, rows, KNOCKOUT_REPORT, options);
