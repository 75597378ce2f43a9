// The targets of issue 7, checked against the bench results (medians). Targets that need the
// peers (igraph) are checked by `npm run bench:compare`, which runs them on the same graph.
import type { SizeResult } from "./size-run.ts";
import { formatMs } from "./stats.ts";
import { STEPS } from "./steps.ts";

export interface Target {
  text: string;
  /** undefined: not measurable from these results. */
  met: boolean | undefined;
}

export function checkTargets(results: SizeResult[]): Target[] {
  const out: Target[] = [];
  const at = (nodes: number) => results.find((r) => r.nodes === nodes);
  const median = (r: SizeResult, id: string) => {
    const s = r.steps[id];
    return s && !("skipped" in s) ? s.median : undefined;
  };
  const check = (r: SizeResult | undefined, what: string, ms: number | undefined, limit: number) => {
    if (!r || ms === undefined) return;
    out.push({ text: `${r.nodes / 1000}k: ${what} ${formatMs(ms)} < ${formatMs(limit)}`, met: ms < limit });
  };
  const k10 = at(10_000);
  const k100 = at(100_000);
  check(k10, "full analysis, analyze()", k10 && median(k10, "analyze"), 3000);
  check(k10, "one scenario", k10 && median(k10, "scenario"), 50);
  check(k10, "knock-outs of every producer", k10 && median(k10, "knockouts"), 20_000);
  check(k10, "one scenario over 12 months", k10 && median(k10, "scenario-12m"), 1000);
  check(k100, "load + validate + build", k100 && sum(k100, ["load", "build"], median), 6000);
  const total = k100 && sum(k100, STEPS.filter((s) => s.inTotal).map((s) => s.id), median);
  check(k100, "everything but exact betweenness", total, 20_000);
  check(k100, "PageRank on the cached CSR", k100 && median(k100, "pagerank"), 150);
  check(k100, "betweenness, 500 sampled pivots", k100 && median(k100, "betweenness-sampled"), 10_000);
  if (k100) out.push({ text: `100k: peak RSS ${k100.peakRssMiB.toFixed(0)} MiB < 2048 MiB`, met: k100.peakRssMiB < 2048 });
  const m1 = at(1_000_000);
  if (m1) {
    check(m1, "issue 16's steps (read + validate + build, compact view, concentration, PageRank, guaranteed betweenness, propagation model, one scenario, 1,000 knock-outs)", millionTotal(m1), 60_000);
    out.push({ text: `1000k: peak RSS ${m1.peakRssMiB.toFixed(0)} MiB < 8192 MiB`, met: m1.peakRssMiB < 8192 });
  }
  if (k10) {
    out.push({ text: "10k: exact betweenness <= 0.7x igraph, PageRank <= 2x igraph: see `npm run bench:compare`", met: undefined });
  }
  return out;
}

/** Sum of the medians (or of `perStep`, e.g. CPU times) of the steps issue 16 item 6 lists (marked `million`) that ran. */
export function millionTotal(r: SizeResult, perStep?: Record<string, number>): number {
  return STEPS.filter((s) => s.million).reduce((total, s) => {
    const x = r.steps[s.id];
    return x && !("skipped" in x) ? total + (perStep ? (perStep[s.id] ?? 0) : x.median) : total;
  }, 0);
}

function sum(r: SizeResult, ids: string[], median: (r: SizeResult, id: string) => number | undefined): number {
  return ids.reduce((s, id) => s + (median(r, id) ?? 0), 0);
}
