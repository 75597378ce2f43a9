// The EU supply-risk method per material and stage, every term in its own column, and the IEA N-1
// table. Rows only: the engine computed everything.
import type { EuSrMaterial, EuSupplyRisk, SrTerm } from "../engine/perspective/index.ts";
import type { N1Chain } from "../engine/perspective/index.ts";
import { formatRows, pct, type Format, type TabularReport } from "./format.ts";
import type { TableOptions } from "./table.ts";
import { terminalText } from "./terminal.ts";

const f3 = (x: number) => x.toFixed(3);
const termsText = (list: SrTerm[]) => list.map((t) => `${t.country} ${pct(t.share)} x${t.wgi.toFixed(2)} x${t.t}`).join("; ");

interface SrRow extends EuSupplyRisk {
  bottleneck: boolean;
}

const SR_REPORT: TabularReport<SrRow> = {
  columns: [
    { header: "material", cell: (r) => r.material },
    { header: "stage", cell: (r) => `${r.node}${r.bottleneck ? " *" : ""}`, value: (r) => r.node },
    { header: "HHI_WGI,t glob", cell: (r) => f3(r.hhiWgiGlobal), value: (r) => (r.hhiWgiGlobal), align: "right" },
    { header: `HHI_WGI,t imp`, cell: (r) => `${f3(r.hhiWgiImporter)}${r.importerMix === "world" ? " (w)" : ""}`, value: (r) => (r.hhiWgiImporter), align: "right" },
    { header: "IR", cell: (r) => f3(r.ir), value: (r) => r.ir, align: "right" },
    { header: "EoL_RIR", cell: (r) => f3(r.eolRir), value: (r) => r.eolRir, align: "right" },
    { header: "SI_SR", cell: (r) => f3(r.siSr), value: (r) => r.siSr, align: "right" },
    { header: "SR", cell: (r) => f3(r.sr), value: (r) => (r.sr), align: "right" },
    { header: "assumed", cell: (r) => r.assumptions.join("; ") || "-", value: (r) => r.assumptions.join("; ") },
  ],
  json: (rows) =>
    rows.map((r) => ({
      material: r.material, node: r.node, stage: r.stage ?? null, bottleneck: r.bottleneck, importer: r.importer,
      sr: (r.sr), hhiWgiGlobal: (r.hhiWgiGlobal), hhiWgiImporter: (r.hhiWgiImporter), importerMix: r.importerMix,
      ir: r.ir, eolRir: r.eolRir, siSr: r.siSr, global: r.global, sourcing: r.sourcing, assumptions: r.assumptions, sources: r.sources,
    })),
};

export function formatEuSupplyRisk(format: Format, materials: EuSrMaterial[], options: TableOptions = {}): string {
  const rows = materials.flatMap((m) => m.stages.map((s) => ({ ...s, bottleneck: s.node === m.bottleneck })));
  const out = formatRows(format, rows, SR_REPORT, options);
  if (format !== "table") return out;
  const detail = rows.map((r) =>
    `  ${r.node}: global ${termsText(r.global)}${r.importerMix === "sourcing" ? ` | ${r.importer} ${termsText(r.sourcing)}` : ""}` +
    r.sources.map((s) => `\n    ${terminalText(s)}`).join(""), // citations are untrusted text
  );
  return (
    out +
    "\nSR = [HHI_WGI,t(global) x IR/2 + HHI_WGI,t(importer) x (1 - IR/2)] x (1 - EoL_RIR) x SI_SR; * = bottleneck stage;\n" +
    "(w) = no importer sourcing, global shares stand in. Terms: country share x WGI(0..10) x t\n" +
    detail.join("\n") + "\n"
  );
}

const N1_REPORT: TabularReport<N1Chain> = {
  columns: [
    { header: "material", cell: (r) => r.material },
    { header: "stage: largest, left", cell: (r) => r.stages.map((s) => `${s.node} ${s.largest ?? "-"} ${pct(s.largestShare)} -> ${pct(s.left)}${s.used === "sourcing" ? " (sourcing)" : ""}`).join("; ") },
    { header: "chain: largest at any stage", cell: (r) => (r.country ? `${r.country} ${pct(r.share)} at ${r.stage}` : "-"), value: (r) => r.country ?? null },
    { header: "left", cell: (r) => pct(r.left), value: (r) => (r.left), align: "right" },
    { header: "with spare cap.", cell: (r) => { const s = r.stages.map((x) => x.leftWithSpare).filter((x) => x !== undefined); return s.length > 0 ? pct(Math.min(...s)) : "no data"; }, align: "right" },
  ],
  json: (rows) => rows,
};

export const formatN1 = (format: Format, rows: N1Chain[], options: TableOptions = {}) => formatRows(format, rows, N1_REPORT, options);
