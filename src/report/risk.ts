// The composite risk ranking as a table for people and as JSON, csv or markdown for scripts.
import type { RiskEntry } from "../engine/metrics/index.ts";
import { formatRows, pct, thousands, type Format, type TabularReport } from "./format.ts";
import type { TableOptions } from "./table.ts";

const flags = (e: RiskEntry) =>
  [e.concentration.flags.topShare ? ">=65%" : "", e.concentration.flags.hhi ? "HHI" : ""].filter(Boolean).join(" ");

export const RISK_REPORT: TabularReport<RiskEntry> = {
  columns: [
    { header: "#", cell: (e) => String(e.rank), value: (e) => e.rank, align: "right" },
    { header: "node", cell: (e) => e.node },
    { header: "kind", cell: (e) => e.kind },
    {
      header: "top country",
      cell: (e) => e.concentration.top?.id ?? "-",
      value: (e) => e.concentration.top?.id ?? null,
    },
    { header: "top share", cell: (e) => (e.concentration.top ? pct(e.concentration.top.share) : "-"), value: (e) => (e.concentration.top?.share ?? 0), align: "right" },
    { header: "HHI", cell: (e) => thousands(e.concentration.hhiCountry), value: (e) => (e.concentration.hhiCountry), align: "right" },
    { header: "flags", cell: flags },
    { header: "sectors", cell: (e) => String(e.sectorsDownstream.length), value: (e) => e.sectorsDownstream.length, align: "right" },
    { header: "score", cell: (e) => e.score.toFixed(3), value: (e) => (e.score), align: "right" },
    { header: "source", cell: (e) => (e.source ? `${e.source.citation}${e.source.year ? ` (${e.source.year})` : ""}` : "-") },
  ],
  json: (entries) => riskJson(entries),
};

export function formatRisk(format: Format, entries: RiskEntry[], options: TableOptions = {}): string {
  return formatRows(format, entries, RISK_REPORT, options);
}

export function formatRiskTable(entries: RiskEntry[]): string {
  return formatRisk("table", entries);
}

/** Stable JSON for scripts: one object per entry, shares as fractions 0..1, HHI 0..10,000. */
export function riskJson(entries: RiskEntry[]) {
  return entries.map((e) => ({
    rank: e.rank,
    node: e.node,
    label: e.label,
    kind: e.kind,
    score: (e.score),
    hhiCountry: (e.concentration.hhiCountry),
    hhiSupplier: (e.concentration.hhiSupplier),
    topCountry: e.concentration.top ? { id: e.concentration.top.id, share: (e.concentration.top.share) } : null,
    coverage: (e.concentration.coverage),
    flags: e.concentration.flags,
    countries: e.concentration.countries.map(({ id, share, listed }) => ({ id, share: (share), listed })),
    sectorsDownstream: e.sectorsDownstream,
    reach: (e.reach),
    source: e.source ?? null,
    explanation: e.explanation,
  }));
}
