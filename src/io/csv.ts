// RFC 4180 CSV text <-> rows of cells: quoted fields, doubled quotes, CRLF or LF, a leading BOM.
// Forty lines of our own beat a dependency for this.

export class CsvSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

/** Parses CSV text into rows of cells; blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
    cell = "";
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
        if (ch === "\n") line++;
      }
    } else if (ch === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
    } else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      endRow();
      line++;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new CsvSyntaxError(`a quoted cell opened on line ${quoteLine} is never closed`, quoteLine);
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

export function formatCsvCell(value: string | number | boolean | undefined): string {
  const text = value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const formatCsvRows = (rows: (string | number | boolean | undefined)[][]): string =>
  rows.map((r) => `${r.map(formatCsvCell).join(",")}\n`).join("");
