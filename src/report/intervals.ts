// Monte Carlo intervals and the one-at-a-time tornado as rows.
import type { Interval } from "../engine/uncertainty/index.ts";
import type { Tornado } from "../engine/uncertainty/index.ts";
import { formatRows, type Format, type TabularReport } from "./format.ts";
import type { TableOptions } from "./table.ts";

export interface IntervalRow extends Interval {
  key: string;
}

const num = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(3));

const INTERVAL_REPORT: TabularReport<IntervalRow> = {
  columns: [
    { header: "result", cell: (r) => r.key },
    { header: "point", cell: (r) => num(r.point), value: (r) => (r.point), align: "right" },
    { header: "p5", cell: (r) => num(r.p5), value: (r) => (r.p5), align: "right" },
    { header: "median", cell: (r) => num(r.median), value: (r) => (r.median), align: "right" },
    { header: "p95", cell: (r) => num(r.p95), value: (r) => (r.p95), align: "right" },
    { header: "mean", cell: (r) => num(r.mean), value: (r) => (r.mean), align: "right" },
  ],
  json: (rows) => rows.map((r) => ({ key: r.key, point: (r.point), p5: (r.p5), median: (r.median), p95: (r.p95), mean: (r.mean) })),
};

export const formatIntervals = (format: Format, rows: IntervalRow[], options: TableOptions = {}) => formatRows(format, rows, INTERVAL_REPORT, options);

type Bar = Tornado["bars"][number];
const TORNADO_REPORT: TabularReport<Bar> = {
  columns: [
    { header: "input", cell: (b) => `${b.input.kind} ${b.input.ref.replace("\u0000", " ")}` },
    { header: "range", cell: (b) => `${num(b.input.low)}..${num(b.input.high)}${b.input.explicit ? "" : ` (grade ${b.input.grade ?? "none"})`}` },
    { header: "at low", cell: (b) => num(b.atLow), value: (b) => (b.atLow), align: "right" },
    { header: "at high", cell: (b) => num(b.atHigh), value: (b) => (b.atHigh), align: "right" },
    { header: "swing", cell: (b) => num(b.swing), value: (b) => (b.swing), align: "right" },
  ],
  json: (bars) => bars.map((b) => ({ input: b.input, atLow: (b.atLow), atHigh: (b.atHigh), swing: (b.swing) })),
};

export function formatTornado(format: Format, t: Tornado, options: TableOptions = {}): string {
  if (format === "json") return formatRows(format, [t], { columns: [], json: ([x]) => ({ key: x!.key, point: (x!.point), bars: TORNADO_REPORT.json(x!.bars) }) });
  const head = format === "table" ? `sensitivity of ${t.key} (point ${num(t.point)}), one input at a time at its low and high bound:\n` : "";
  return head + formatRows(format, t.bars, TORNADO_REPORT, options);
}
