// One entry point for every tabular report: the same columns give a table, csv or markdown, and a
// report-specific mapping gives the JSON (richer: nested lists, raw fractions).
import { formatCsv } from "./csv.ts";
import { formatJson } from "./json.ts";
import { formatMarkdown } from "./markdown.ts";
import { formatTable, type Column, type TableOptions } from "./table.ts";

export const FORMATS = ["table", "json", "csv", "md"] as const;
export type Format = (typeof FORMATS)[number];

export interface TabularReport<T> {
  columns: Column<T>[];
  json: (rows: T[]) => unknown;
}

export function formatRows<T>(format: Format, rows: T[], report: TabularReport<T>, options: TableOptions = {}): string {
  switch (format) {
    case "json":
      return formatJson(report.json(rows));
    case "csv":
      return formatCsv(rows, report.columns);
    case "md":
      return formatMarkdown(rows, report.columns);
    case "table":
      return formatTable(rows, report.columns, options);
  }
}

/** Percent with one decimal: 0.7412 -> "74.1%". */
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** Rounded with thousands separators: 5600.4 -> "5,600". */
export const thousands = (x: number) => Math.round(x).toLocaleString("en-US");
// Machine-readable output (JSON, csv) carries every number at full precision: rounding to 6
// decimals printed thousands of small betweenness scores as 0. Only tables for people round.
