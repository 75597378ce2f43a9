// The composite risk ranking as a table for people and as JSON for scripts.
import type { RiskEntry } from "../engine/ranking.ts";
import { formatTable } from "./table.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatRiskTable(entries: RiskEntry[]): string {
  return formatTable(entries, [
    { header: "#", cell: (e) => String(e.rank), align: "right" },
    { header: "node", cell: (e) => e.node },
    { header: "kind", cell: (e) => e.kind },
    { header: "top country", cell: (e) => (e.concentration.top ? `${e.concentration.top.id} ${pct(e.concentration.top.share)}` : "-") },
    { header: "HHI", cell: (e) => Math.round(e.concentration.hhiCountry).toLocaleString("en-US"), align: "right" },
    { header: "flags", cell: (e) => [e.concentration.flags.topShare ? ">=65%" : "", e.concentration.flags.hhi ? "HHI" : ""].filter(Boolean).join(" ") },
    { header: "sectors", cell: (e) => String(e.sectorsDownstream.length), align: "right" },
    { header: "score", cell: (e) => e.score.toFixed(3), align: "right" },
    { header: "source", cell: (e) => (e.source ? `${e.source.citation}${e.source.year ? ` (${e.source.year})` : ""}` : "-") },
  ]);
}

/** Stable JSON for scripts: one object per entry, shares as fractions 0..1, HHI 0..10,000. */
export function riskJson(entries: RiskEntry[]) {
  return entries.map((e) => ({
    rank: e.rank,
    node: e.node,
    label: e.label,
    kind: e.kind,
    score: e.score,
    hhiCountry: e.concentration.hhiCountry,
    hhiSupplier: e.concentration.hhiSupplier,
    topCountry: e.concentration.top ? { id: e.concentration.top.id, share: e.concentration.top.share } : null,
    coverage: e.concentration.coverage,
    flags: e.concentration.flags,
    countries: e.concentration.countries.map(({ id, share, listed }) => ({ id, share, listed })),
    sectorsDownstream: e.sectorsDownstream,
    reach: e.reach,
    source: e.source ?? null,
    explanation: e.explanation,
  }));
}
