// Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned.
import { terminalText } from "./terminal.ts";
export interface Column<T> {
  header: string;
  /** The cell as people read it (rounded, with units). */
  cell: (row: T) => string;
  /** The raw value for csv (fractions 0..1, unrounded); defaults to the cell text. */
  value?: (row: T) => string | number | boolean | null;
  align?: "left" | "right";
}

export interface TableOptions {
  /** Applied to the padded header line, e.g. to make it bold on a colour terminal. */
  styleHeader?: (line: string) => string;
}

export function formatTable<T>(rows: T[], columns: Column<T>[], options: TableOptions = {}): string {
  const cells = rows.map((row) => columns.map((c) => terminalText(c.cell(row))));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i]!.align === "right" ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const header = line(columns.map((c) => c.header));
  return (
    [options.styleHeader ? options.styleHeader(header) : header, line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join(
      "\n",
    ) + "\n"
  );
}
