// Medians, noise and the text table of the bench.

export interface Sample {
  /** Milliseconds of each run. */
  runs: number[];
  median: number;
  min: number;
  max: number;
}

export function summarise(runs: number[]): Sample {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs, median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** 12.3 ms, 456 ms, 7.89 s */
export function formatMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export const formatSample = (s: Sample) =>
  s.runs.length > 1 ? `${formatMs(s.median)} (${formatMs(s.min)}-${formatMs(s.max)})` : formatMs(s.median);

/** A plain text table: first column left-aligned, the others right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** "1k", "10k", "0.5m" or a plain number of nodes. */
export const parseSize = (text: string): number => {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`bench: size "${text}" is not a number like 1k, 10k or 100000`);
  const scale = { "": 1, k: 1e3, m: 1e6 }[match[2]!.toLowerCase()]!;
  return Math.round(Number(match[1]) * scale);
};

/** One line per target: "ok", "NO", or blank when the bench cannot judge it (see another script). */
export const formatTargets = (targets: { text: string; met?: boolean | undefined }[]): string =>
  targets.map((t) => `  ${t.met === undefined ? "  " : t.met ? "ok" : "NO"}  ${t.text}`).join("\n");
