// `npm run bench:uncertainty`: the Monte Carlo on the bundled data (issue 14's targets: the ranking
// with 1,000 draws under 5 s, one scenario under 10 s), and what worker threads cost and save.
// Medians over --runs (default 3).
import { intervals } from "../engine/uncertainty/index.ts";
import type { MetricSpec } from "../engine/uncertainty/index.ts";
import { loadData } from "../node/load-data.ts";
import { intervalsParallel } from "../node/uncertainty-workers.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const draws = arg("draws", 1000);
const runs = arg("runs", 3);
const threads = arg("threads", 2);

const data = await loadData();
if (!data.ok) throw new Error("the bundled data does not load");
const graph = data.graph;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(label: string, run: () => unknown, target?: number) {
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  const m = median(ms);
  const verdict = target === undefined ? "" : m < target ? `  (target < ${target / 1000} s: met)` : `  (target < ${target / 1000} s: NOT met)`;
  console.log(`${label.padEnd(44)} median ${(m / 1000).toFixed(2)} s, min ${(Math.min(...ms) / 1000).toFixed(2)}, max ${(Math.max(...ms) / 1000).toFixed(2)}${verdict}`);
}

console.log(`bundled data: ${graph.order} nodes, ${graph.size} edges; ${draws} draws, ${runs} runs`);
const china: MetricSpec = { name: "scenario", cuts: [{ node: "CN", severity: 1 }] };
await time("ranking (share kernel, inline)", () => intervals(graph, { name: "ranking" }, { draws }), 5000);
await time("HHI of every supplied node", () => intervals(graph, { name: "hhi" }, { draws }));
await time("EU SR of every material", () => intervals(graph, { name: "sr" }, { draws }));
await time("N-1 of every material", () => intervals(graph, { name: "n1" }, { draws }));
await time("scenario: China stops exporting, inline", () => intervals(graph, china, { draws }), 10_000);
const chinaYear: MetricSpec = { name: "timeline", cuts: [{ node: "CN", severity: 1, duration: 6, recoveryMonths: 3 }], months: 12 };
await time("12-month timeline: China stops 6 months", () => intervals(graph, chinaYear, { draws }), 10_000);
// Knock-outs have no kernel (a drawn graph per draw): the one metric where threads can pay off.
const koDraws = arg("knockout-draws", 100);
await time(`knock-outs, ${koDraws} draws, inline`, () => intervals(graph, { name: "knockouts" }, { draws: koDraws }));
await time(`knock-outs, ${koDraws} draws, ${threads} threads`, () => intervalsParallel(graph, { name: "knockouts" }, { draws: koDraws, threads }));
await time(`worker start-up alone (${threads} threads, 1 draw each)`, () => intervalsParallel(graph, { name: "knockouts" }, { draws: threads, threads }));
