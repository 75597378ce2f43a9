// A scenario's outcome: availability and loss per sector, each loss with the path that explains it.
import type { ScenarioCut, ScenarioResult, SectorImpact } from "../engine/propagation/index.ts";
import { formatJson } from "./json.ts";
import { formatRows, pct, type Format, type TabularReport } from "./format.ts";
import type { TableOptions } from "./table.ts";

export const describeCut = (cut: ScenarioCut) =>
  `${"node" in cut ? cut.node : `${cut.edge.from}->${cut.edge.to}`} ${pct(cut.severity)}`;

export const SCENARIO_REPORT: TabularReport<SectorImpact> = {
  columns: [
    { header: "sector", cell: (s) => s.sector },
    { header: "availability", cell: (s) => pct(s.availability), value: (s) => (s.availability), align: "right" },
    { header: "loss", cell: (s) => pct(s.loss), value: (s) => (s.loss), align: "right" },
    { header: "cause", cell: (s) => s.cause || "-" },
    { header: "path", cell: (s) => (s.path.length > 0 ? s.path.join(" -> ") : "-"), value: (s) => s.path.join(" -> ") },
  ],
  json: (rows) => rows.map(sectorJson),
};

const sectorJson = (s: SectorImpact) => ({
  sector: s.sector,
  label: s.label,
  availability: (s.availability),
  loss: (s.loss),
  cause: s.cause || null,
  path: s.path,
});

export function scenarioJson(cuts: ScenarioCut[], result: ScenarioResult, preset?: string) {
  const changed = [...result.availability].filter(([, a]) => a < 1 - 1e-9).sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
  return {
    preset: preset ?? null,
    cuts,
    converged: result.converged,
    iterations: result.iterations,
    sectors: result.sectors.map(sectorJson),
    /** Every node whose availability fell, lowest first. */
    affected: changed.map(([node, a]) => ({ node, availability: (a) })),
  };
}

export function formatScenario(format: Format, cuts: ScenarioCut[], result: ScenarioResult, options: TableOptions & { preset?: string } = {}): string {
  if (format === "json") return formatJson(scenarioJson(cuts, result, options.preset));
  const table = formatRows(format, result.sectors, SCENARIO_REPORT, options);
  if (format !== "table") return table;
  const convergence = result.converged
    ? `converged after ${result.iterations} sweeps`
    : `DID NOT CONVERGE after ${result.iterations} sweeps (last change ${result.maxDelta.toExponential(2)})`;
  return `cut: ${cuts.map(describeCut).join(", ")}${options.preset ? ` (preset ${options.preset})` : ""}; ${convergence}\n\n${table}`;
}
