// Rows -> RFC 4180 CSV (comma, CRLF-free "\n" lines, quotes doubled), with raw values for scripts.
import type { Column } from "./table.ts";

export function escapeCsvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCsv<T>(rows: T[], columns: Column<T>[]): string {
  const line = (cells: (string | number | boolean | null)[]) => cells.map(escapeCsvCell).join(",");
  return [line(columns.map((c) => c.header)), ...rows.map((r) => line(columns.map((c) => (c.value ?? c.cell)(r))))]
    .map((l) => `${l}\n`)
    .join("");
}
