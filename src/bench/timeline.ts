// `npm run bench:timeline`: issue 13's targets on the bundled data: a 12-month scenario (each
// preset) and the knock-outs of every country and company over 6 months. Medians of --runs (5).
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { presetCuts, runKnockoutsOverTime, runTimeline, SCENARIO_PRESETS } from "../engine/propagation/index.ts";
import { loadDataset } from "../load/index.ts";
import { buildGraph } from "../model/graph.ts";
import { readDataFiles } from "../node/read-data.ts";

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(runs: number, f: () => unknown): number {
  f(); // warm-up: the propagation model is built and cached by the first call
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function benchTimeline(runs = 5): Promise<string[]> {
  const read = await readDataFiles();
  const loaded = loadDataset(read.files);
  if (!loaded.ok) throw new Error("bench: the bundled data does not load");
  const graph = buildGraph(loaded.dataset);
  const lines: string[] = [];
  let worst = 0;
  for (const id of Object.keys(SCENARIO_PRESETS)) {
    const cuts = presetCuts(graph, id);
    worst = Math.max(worst, time(runs, () => runTimeline(graph, cuts, { months: 12 })));
  }
  lines.push(`bundled (${graph.order} nodes): slowest preset over 12 months ${worst.toFixed(1)} ms (target < 50 ms): ${worst < 50 ? "met" : "NOT met"}`);
  const knock = time(Math.min(runs, 3), () => runKnockoutsOverTime(graph, { months: 6 }));
  lines.push(`bundled: knock-outs of every country and company over 6 months ${knock.toFixed(0)} ms (target < 2000 ms): ${knock < 2000 ? "met" : "NOT met"}`);
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 5);
  for (const line of await benchTimeline(runs)) console.log(line);
}
