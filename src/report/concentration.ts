// Concentration per supplied node: supplier and country HHI, top share, flags, and the
// governance-weighted HHI with the reduced EU supply risk beside it.
import type { Concentration, GovernanceResult, ShareEntry } from "../engine/metrics/index.ts";
import { formatRows, pct, thousands, type Format, type TabularReport } from "./format.ts";
import { formatTable, type TableOptions } from "./table.ts";

export interface ConcentrationRow {
  concentration: Concentration;
  governance: GovernanceResult;
}

const flagText = (c: Concentration) => [c.flags.topShare ? ">=65%" : "", c.flags.hhi ? "HHI" : ""].filter(Boolean).join(" ");
const shareJson = (entries: ShareEntry[]) =>
  entries.map(({ id, share, listed, site, grade, basis }) => ({ id, share, listed, site: site ?? null, grade: grade ?? null, basis: basis ?? null }));

export function concentrationJson({ concentration: c, governance: g }: ConcentrationRow) {
  return {
    node: c.node,
    hhiCountry: (c.hhiCountry),
    hhiSupplier: (c.hhiSupplier),
    topCountry: c.top ? { id: c.top.id, share: (c.top.share) } : null,
    coverage: (c.coverage),
    lowerBound: c.lowerBound,
    flags: c.flags,
    suppliers: shareJson(c.suppliers),
    countries: shareJson(c.countries),
    unresolved: c.unresolved,
    hhiWgi: (g.hhiWgi),
    supplyRisk: g.supplyRisk === undefined ? null : (g.supplyRisk),
    supplyRiskMissing: g.missing,
    defaultedWgi: g.defaulted,
    fallbackWgi: g.fallbackWgi,
    supplyRiskNote: g.note,
  };
}

export const CONCENTRATION_REPORT: TabularReport<ConcentrationRow> = {
  columns: [
    { header: "node", cell: (r) => r.concentration.node },
    { header: "top country", cell: (r) => r.concentration.top?.id ?? "-", value: (r) => r.concentration.top?.id ?? null },
    { header: "top share", cell: (r) => pct(r.concentration.top?.share ?? 0), value: (r) => (r.concentration.top?.share ?? 0), align: "right" },
    { header: "HHI country", cell: (r) => thousands(r.concentration.hhiCountry), value: (r) => (r.concentration.hhiCountry), align: "right" },
    { header: "HHI supplier", cell: (r) => thousands(r.concentration.hhiSupplier), value: (r) => (r.concentration.hhiSupplier), align: "right" },
    { header: "listed", cell: (r) => pct(r.concentration.coverage), value: (r) => (r.concentration.coverage), align: "right" },
    { header: "flags", cell: (r) => flagText(r.concentration) },
    { header: "HHI_WGI", cell: (r) => r.governance.hhiWgi.toFixed(2), value: (r) => (r.governance.hhiWgi), align: "right" },
    {
      header: "SR",
      cell: (r) => (r.governance.supplyRisk === undefined ? "-" : r.governance.supplyRisk.toFixed(2)),
      value: (r) => (r.governance.supplyRisk === undefined ? null : (r.governance.supplyRisk)),
      align: "right",
    },
  ],
  json: (rows) => rows.map(concentrationJson),
};

export const formatConcentrationRows = (format: Format, rows: ConcentrationRow[], options: TableOptions = {}) =>
  formatRows(format, rows, CONCENTRATION_REPORT, options);

/** One node in detail, for people: suppliers, countries, both HHIs, flags and the supply risk. */
export function formatConcentrationDetail(row: ConcentrationRow, label: (id: string) => string, options: TableOptions = {}): string {
  const { concentration: c, governance: g } = row;
  const wgi = new Map(g.countries.map((x) => [x.id, x]));
  const lines = [
    `${label(c.node)} (${c.node})`,
    `  HHI ${thousands(c.hhiCountry)} by country, ${thousands(c.hhiSupplier)} by supplier (0..10,000)` +
      (c.lowerBound ? `: lower bounds, ${pct(c.coverage)} of supply listed` : ""),
    `  top country ${c.top ? `${c.top.id} ${pct(c.top.share)}` : "-"}; flags: ${flagText(c) || "none"}`,
    `  governance-weighted HHI_WGI ${g.hhiWgi.toFixed(3)} (0..10); supply risk ${g.supplyRisk === undefined ? "-" : g.supplyRisk.toFixed(3)}`,
    `  ${g.note}`,
    ...(g.defaulted.length > 0 ? [`  no WGI score: fallback estimate ${g.fallbackWgi} (setting defaultWgi) applied to ${g.defaulted.join(", ")}`] : []),
    "",
  ];
  const countryTable = formatTable(
    c.countries,
    [
      { header: "country", cell: (e) => e.id },
      { header: "share", cell: (e) => `${pct(e.share)}${e.listed ? "" : " (split)"}`, align: "right" },
      { header: "WGI 0..10", cell: (e) => { const w = wgi.get(e.id); return w ? `${w.wgiScaled.toFixed(1)}${w.defaulted ? " (default)" : ""}` : "-"; }, align: "right" },
      { header: "name", cell: (e) => label(e.id) },
    ],
    options,
  );
  const supplierTable =
    c.suppliers.some((s) => !c.countries.some((x) => x.id === s.id) || s.grade !== undefined || s.basis !== undefined)
      ? `\nsuppliers as listed:\n${formatTable(c.suppliers, [
          { header: "supplier", cell: (e) => e.id },
          { header: "share", cell: (e) => `${pct(e.share)}${e.listed ? "" : " (split)"}`, align: "right" },
          { header: "site", cell: (e) => e.site ?? "-" },
          { header: "basis", cell: (e) => e.basis ?? "-" },
          { header: "grade", cell: (e) => e.grade ?? "-" },
        ], options)}`
      : "";
  return `${lines.join("\n")}${countryTable}${supplierTable}`;
}
