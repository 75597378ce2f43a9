// Scenarios and knock-outs over time: per sector the loss curve, worst month(s), output-months
// lost, time to survive and time to recover; per node the availability month by month.
import type { LossRiskEntry, SectorTimeline, TimedCut, TimedKnockoutEntry, TimelineResult } from "../engine/propagation/index.ts";
import { formatJson } from "./json.ts";
import { formatRows, pct, type Format, type TabularReport } from "./format.ts";
import { describeCut } from "./scenario.ts";
import type { TableOptions } from "./table.ts";

const months = (m: number | null) => (m === null ? "-" : String(m));
/** Loss per month in whole percent: "0 0 24 36 12 0". */
const curve = (s: SectorTimeline) => s.availability.map((a) => Math.round((1 - a) * 100)).join(" ");

export const TIMELINE_REPORT: TabularReport<SectorTimeline> = {
  columns: [
    { header: "sector", cell: (s) => s.sector },
    { header: "output-months lost", cell: (s) => s.outputMonthsLost.toFixed(2), value: (s) => (s.outputMonthsLost), align: "right" },
    { header: "worst loss", cell: (s) => pct(s.worstLoss), value: (s) => (s.worstLoss), align: "right" },
    { header: "worst month", cell: (s) => s.worstMonths.join(",") || "-", value: (s) => s.worstMonths.join(";") },
    { header: "survives", cell: (s) => months(s.timeToSurvive), value: (s) => s.timeToSurvive, align: "right" },
    { header: "recovers", cell: (s) => months(s.timeToRecover), value: (s) => s.timeToRecover, align: "right" },
    { header: "loss % by month", cell: curve },
    { header: "path at worst month", cell: (s) => (s.path.length > 0 ? s.path.join(" -> ") : "-"), value: (s) => s.path.join(" -> ") },
  ],
  json: (rows) => rows.map(sectorJson),
};

const sectorJson = (s: SectorTimeline) => ({
  sector: s.sector,
  label: s.label,
  availability: s.availability,
  loss: s.availability.map((a) => (1 - a)),
  worstLoss: (s.worstLoss),
  worstMonths: s.worstMonths,
  outputMonthsLost: (s.outputMonthsLost),
  timeToSurvive: s.timeToSurvive,
  timeToRecover: s.timeToRecover,
  cause: s.cause || null,
  path: s.path,
});

export function timelineJson(cuts: TimedCut[], result: TimelineResult, preset?: string) {
  const nodes = [...result.availability]
    .filter(([, series]) => series.some((a) => a < 1 - 1e-9))
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([node, series]) => ({ node, availability: series }));
  return {
    preset: preset ?? null,
    cuts,
    months: result.months,
    threshold: result.threshold,
    converged: result.converged,
    nonConvergedMonths: result.nonConvergedMonths,
    cutsEnd: result.cutsEnd,
    sectors: result.sectors.map(sectorJson),
    /** Every node whose availability fell in some month, by id. */
    nodes,
  };
}

const timing = (c: TimedCut) =>
  `${describeCut(c)} from month ${c.start ?? 0}${c.duration === undefined ? "" : ` for ${c.duration}`}` +
  `${c.recoveryMonths ? `, recovering over ${c.recoveryMonths}` : ""}`;

export function formatTimeline(format: Format, cuts: TimedCut[], result: TimelineResult, options: TableOptions & { preset?: string } = {}): string {
  if (format === "json") return formatJson(timelineJson(cuts, result, options.preset));
  const table = formatRows(format, result.sectors, TIMELINE_REPORT, options);
  if (format !== "table") return table;
  const convergence = result.converged ? "every month converged" : `DID NOT CONVERGE in months ${result.nonConvergedMonths.join(", ")}`;
  return (
    `cut: ${cuts.map(timing).join("; ")}${options.preset ? ` (preset ${options.preset})` : ""}\n` +
    `${result.months} months (0..${result.months - 1}); survives = months before availability first falls below ` +
    `${pct(result.threshold)}, recovers = months after the cut ends until normal; ${convergence}\n\n${table}`
  );
}

/** Ties are named, not broken: "a, b (5.40)", or "a and 14 more tied (5.40)" when many. */
function worstCell(e: TimedKnockoutEntry): string {
  const [first, ...rest] = e.worstSectors;
  if (first === undefined) return "-";
  const names = rest.length <= 2 ? e.worstSectors.join(", ") : `${first} and ${rest.length} more tied`;
  return `${names} (${e.worstOutputMonthsLost.toFixed(2)})`;
}

function surviveCell(e: TimedKnockoutEntry): string {
  const n = e.cannotSurvive.length;
  if (n === 0) return "-";
  if (n <= 2) return e.cannotSurvive.map((c) => `${c.sector} (${c.timeToSurvive} months)`).join(", ");
  return `${n} sectors, the first after ${e.cannotSurvive[0]!.timeToSurvive} months`;
}

export const TIMED_KNOCKOUT_REPORT: TabularReport<TimedKnockoutEntry> = {
  columns: [
    { header: "#", cell: (e) => String(e.rank), value: (e) => e.rank, align: "right" },
    { header: "node", cell: (e) => e.node },
    { header: "kind", cell: (e) => e.kind },
    { header: "output-months lost", cell: (e) => e.outputMonthsLost.toFixed(2), value: (e) => (e.outputMonthsLost), align: "right" },
    { header: "worst sector", cell: worstCell, value: (e) => e.worstSectors.join(";") },
    { header: "cannot survive the cut", cell: surviveCell, value: (e) => e.cannotSurvive.map((c) => `${c.sector}:${c.timeToSurvive}`).join(";") },
  ],
  json: (rows) =>
    rows.map((e) => ({
      rank: e.rank, node: e.node, label: e.label, kind: e.kind,
      outputMonthsLost: (e.outputMonthsLost), meanOutputMonthsLost: (e.meanOutputMonthsLost),
      worstOutputMonthsLost: (e.worstOutputMonthsLost), worstSectors: e.worstSectors,
      cannotSurvive: e.cannotSurvive, converged: e.converged,
    })),
};

export const formatTimedKnockouts = (format: Format, rows: TimedKnockoutEntry[], options: TableOptions = {}) =>
  formatRows(format, rows, TIMED_KNOCKOUT_REPORT, options);

export const LOSS_RISK_REPORT: TabularReport<LossRiskEntry> = {
  columns: [
    { header: "#", cell: (e) => String(e.rank), value: (e) => e.rank, align: "right" },
    { header: "node", cell: (e) => e.node },
    { header: "kind", cell: (e) => e.kind },
    { header: "top supplier", cell: (e) => `${e.supplier} ${pct(e.share)}`, value: (e) => e.supplier },
    { header: "output-months lost", cell: (e) => e.outputMonthsLost.toFixed(2), value: (e) => (e.outputMonthsLost), align: "right" },
    { header: "sectors hit", cell: (e) => String(e.sectorsHit), value: (e) => e.sectorsHit, align: "right" },
    { header: "explanation", cell: (e) => e.explanation },
  ],
  json: (rows) =>
    rows.map((e) => ({
      rank: e.rank, node: e.node, label: e.label, kind: e.kind, supplier: e.supplier, share: (e.share),
      months: e.months, outputMonthsLost: (e.outputMonthsLost), sectorsHit: e.sectorsHit,
      worstSectors: e.worstSectors.map((s) => ({ sector: s.sector, outputMonthsLost: (s.outputMonthsLost) })),
      explanation: e.explanation,
    })),
};

export const formatLossRisk = (format: Format, rows: LossRiskEntry[], options: TableOptions = {}) => formatRows(format, rows, LOSS_RISK_REPORT, options);
