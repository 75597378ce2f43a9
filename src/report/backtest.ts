// The backtest: model vs record for each historical episode, and whether it falls in the band.
import type { BacktestRow } from "../engine/propagation/index.ts";
import { formatRows, pct, type Format, type TabularReport } from "./format.ts";
import type { TableOptions } from "./table.ts";

const verdict = (r: BacktestRow) => (r.model === null ? "cannot run" : r.within ? "within" : "outside");

export const BACKTEST_REPORT: TabularReport<BacktestRow> = {
  columns: [
    { header: "episode", cell: (r) => r.id },
    { header: "outcome", cell: (r) => `${r.node} ${r.measure}` },
    { header: "model", cell: (r) => (r.model === null ? "-" : pct(r.model)), value: (r) => (r.model === null ? null : (r.model)), align: "right" },
    { header: "record", cell: (r) => `${pct(r.low)}-${pct(r.high)}`, value: (r) => `${r.low}-${r.high}` },
    { header: "result", cell: verdict },
    { header: "marked", cell: (r) => r.status },
    { header: "grade", cell: (r) => r.grade },
    { header: "what the model lacks / why", cell: (r) => r.problem ?? r.lacks ?? "-", value: (r) => r.problem ?? r.lacks ?? "" },
  ],
  json: (rows) =>
    rows.map((r) => ({
      id: r.id, label: r.label, node: r.node, measure: r.measure,
      model: r.model === null ? null : (r.model), low: r.low, high: r.high, within: r.within,
      status: r.status, lacks: r.lacks ?? null, problem: r.problem ?? null, source: r.source, grade: r.grade,
    })),
};

export const formatBacktest = (format: Format, rows: BacktestRow[], options: TableOptions = {}) =>
  formatRows(format, rows, BACKTEST_REPORT, options);
