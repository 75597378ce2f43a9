// Rows -> a GitHub-flavoured markdown table, for pasting into issues and notes.
import type { Column } from "./table.ts";
import { terminalText } from "./terminal.ts";

const escapeCell = (text: string) => terminalText(text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replaceAll("\n", " "));

export function formatMarkdown<T>(rows: T[], columns: Column<T>[]): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  const rule = `|${columns.map((c) => (c.align === "right" ? " ---: " : " --- ")).join("|")}|`;
  return [line(columns.map((c) => c.header)), rule, ...rows.map((r) => line(columns.map((c) => c.cell(r))))].join("\n") + "\n";
}
