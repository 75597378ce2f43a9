// `npm run bench:compare`: our PageRank and exact betweenness against igraph (C) and networkx on
// the exact same graph (the reversed dependency graph, unweighted, damping 0.85), exported as an
// edge list for /usr/bin/python3 (src/bench/peers.py). Prints times, ratios and agreement (top-20
// overlap, largest relative difference). Skips with exit 0 when the Python packages are absent.
//   npm run bench:compare -- [--sizes 1k,10k] [--runs 3] [--networkx-betweenness-max 2000]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { availableParallelism } from "node:os";
import { betweennessScores, compactGraph, type CompactGraph, pagerankScores } from "../engine/structure/index.ts";
import { generateNetwork, networkToSources } from "../gen/index.ts";
import { loadDataset } from "../load/index.ts";
import { betweennessScoresParallel, closeBetweennessWorkers } from "../node/betweenness-workers.ts";
import { buildGraph } from "../model/graph.ts";
import { formatMs, formatTable, parseSize, summarise } from "./stats.ts";

const PYTHON = "/usr/bin/python3";
const WARM_UP = 10;
const INSTALL = "apt-get update && apt-get install -y python3-networkx python3-igraph";

interface PeerMetric {
  times: number[];
  scores: number[];
}
interface PeerResult {
  version?: string;
  missing?: string;
  build?: number[];
  pagerank?: PeerMetric;
  betweenness?: PeerMetric;
}

/** Which of the two Python packages import; undefined when there is no /usr/bin/python3 at all. */
function availablePeers(): { igraph: boolean; networkx: boolean } | undefined {
  const probe = (module: string) => spawnSync(PYTHON, ["-c", `import ${module}`], { stdio: "ignore" });
  const igraph = probe("igraph");
  if (igraph.error) return undefined;
  return { igraph: igraph.status === 0, networkx: probe("networkx").status === 0 };
}

/** Top-20 overlap and the largest relative difference |a - b| / max(|a|, |b|) over all nodes. */
export function agreement(ours: ArrayLike<number>, theirs: ArrayLike<number>): { top20: number; maxRel: number; maxAbs: number } {
  const n = ours.length;
  const top = (xs: ArrayLike<number>) =>
    Array.from({ length: n }, (_, i) => i)
      .sort((a, b) => xs[b]! - xs[a]! || a - b)
      .slice(0, 20);
  const theirTop = new Set(top(theirs));
  let maxRel = 0;
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    const diff = Math.abs(ours[i]! - theirs[i]!);
    const size = Math.max(Math.abs(ours[i]!), Math.abs(theirs[i]!));
    maxAbs = Math.max(maxAbs, diff);
    if (size > 0) maxRel = Math.max(maxRel, diff / size);
  }
  return { top20: top(ours).filter((i) => theirTop.has(i)).length / Math.min(20, n), maxRel, maxAbs };
}

function edgeList(view: CompactGraph): string {
  const lines = [String(view.order)];
  for (let v = 0; v < view.order; v++) for (let k = view.upStart[v]!; k < view.upStart[v + 1]!; k++) lines.push(`${v} ${view.upTo[k]}`);
  return `${lines.join("\n")}\n`;
}

/** Times each call; an async fn is timed until it settles (one microtask more for a sync one). */
async function timeRuns(runs: number, fn: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}

async function compareSize(nodes: number, runs: number, networkxBetweennessMax: number): Promise<string> {
  const loaded = loadDataset(networkToSources(generateNetwork({ nodes, seed: 1 })));
  if (!loaded.ok) throw new Error("bench:compare: generated data did not load");
  const graph = buildGraph(loaded.dataset);
  const view = compactGraph(graph);
  const edges = view.upTo.length;
  process.stderr.write(`[compare ${nodes}] ${view.order} nodes, ${edges} dependency edges; running ours\n`);
  // Warm-up: V8 needs a few calls before the loops run optimised (PageRank at 10k: ~12 ms on the
  // first call, ~2 ms from the tenth); compiled C pays nothing comparable, so time the steady state.
  for (let i = 0; i < WARM_UP; i++) pagerankScores(view);
  if (view.order <= 20_000) for (let i = 0; i < WARM_UP; i++) betweennessScores(view);
  const ourPr = pagerankScores(view);
  const prTimes = await timeRuns(runs, () => pagerankScores(view));
  const ourBc = betweennessScores(view);
  const bcTimes = await timeRuns(runs, () => betweennessScores(view));
  // The same kernel on every core, as `chokepoint centrality` runs it from 2,000 sources (workers
  // started by the untimed first call, as the peers' imports are untimed too).
  const threads = availableParallelism();
  const ourBcParallel = await betweennessScoresParallel(view, { threads });
  const bcParallelTimes = await timeRuns(runs, () => betweennessScoresParallel(view, { threads }));
  const parallelAgreement = agreement(ourBcParallel, ourBc);

  const dir = await mkdtemp(join(tmpdir(), "chokepoint-compare-"));
  let peers: { igraph: PeerResult; networkx: PeerResult };
  try {
    const file = join(dir, "edges.txt");
    await writeFile(file, edgeList(view));
    process.stderr.write(`[compare ${nodes}] running igraph and networkx (${PYTHON})\n`);
    const script = fileURLToPath(new URL("./peers.py", import.meta.url));
    const stdout = execFileSync(PYTHON, [script, file, String(runs), nodes <= networkxBetweennessMax ? "1" : "0"], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    peers = JSON.parse(stdout) as typeof peers;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const ours = { pagerank: summarise(prTimes).median, betweenness: summarise(bcTimes).median };
  const parallel = summarise(bcParallelTimes);
  const rows: string[][] = [];
  const lines: string[] = [];
  for (const metric of ["pagerank", "betweenness"] as const) {
    const ourScores = metric === "pagerank" ? ourPr : ourBc;
    const ourSample = summarise(metric === "pagerank" ? prTimes : bcTimes);
    rows.push([`${metric} (ours, typed arrays)`, `${formatMs(ourSample.median)} (${formatMs(ourSample.min)}-${formatMs(ourSample.max)})`, "1.00", "-"]);
    if (metric === "betweenness") {
      rows.push([
        `betweenness (ours, ${threads} threads)`,
        `${formatMs(parallel.median)} (${formatMs(parallel.min)}-${formatMs(parallel.max)})`,
        (ours.betweenness / parallel.median).toFixed(2),
        `top-20 ${(parallelAgreement.top20 * 100).toFixed(0)}%, max rel diff ${parallelAgreement.maxRel.toExponential(1)}`,
      ]);
    }
    for (const name of ["igraph", "networkx"] as const) {
      const peer = peers[name];
      const result = peer[metric];
      if (!result) {
        const why = peer.missing ? "not installed" : `skipped above ${networkxBetweennessMax} nodes (minutes)`;
        rows.push([`${metric} (${name})`, why, "-", "-"]);
        continue;
      }
      const s = summarise(result.times.map((x) => x * 1000));
      const agree = agreement(ourScores, result.scores);
      rows.push([
        `${metric} (${name} ${peer.version})`,
        `${formatMs(s.median)} (${formatMs(s.min)}-${formatMs(s.max)})`,
        (ours[metric] / s.median).toFixed(2),
        `top-20 ${(agree.top20 * 100).toFixed(0)}%, max rel diff ${agree.maxRel.toExponential(1)} (abs ${agree.maxAbs.toExponential(1)})`,
      ]);
      if (name === "igraph" && nodes === 10_000) {
        const limit = metric === "pagerank" ? 2 : 0.7;
        const check = (label: string, time: number) => {
          const ratio = time / s.median;
          lines.push(`  ${ratio <= limit ? "ok" : "NO"}  10k: ${label} ${ratio.toFixed(2)}x igraph (target <= ${limit}x)`);
        };
        check(metric, ours[metric]);
        if (metric === "betweenness") check(`betweenness on ${threads} threads`, parallel.median);
      }
      const ok = agree.top20 >= 0.95 && agree.maxRel < (metric === "pagerank" ? 1e-4 : 1e-6);
      if (!ok) lines.push(`  !!  ${metric}: ours and ${name} disagree beyond rounding (see the table)`);
    }
  }
  const header = [`${nodes / 1000}k nodes, ${edges} edges`, "median (min-max)", "ours / peer", "agreement with ours"];
  return `${formatTable(header, rows)}\n${lines.join("\n")}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1k,10k" },
      runs: { type: "string", default: "3" },
      "networkx-betweenness-max": { type: "string", default: "2000" },
    },
  });
  const peers = availablePeers();
  if (!peers || (!peers.igraph && !peers.networkx)) {
    process.stdout.write(
      `bench:compare skipped: ${peers ? "python3-igraph and python3-networkx are" : `${PYTHON} is`} not installed.\n` +
        `Install them with:\n  ${INSTALL}\n`,
    );
    return;
  }
  if (!peers.igraph || !peers.networkx) {
    process.stdout.write(`note: ${peers.igraph ? "networkx" : "igraph"} is missing (${INSTALL}); comparing with the other only.\n`);
  }
  const out: string[] = [];
  for (const size of values.sizes.split(",").map(parseSize)) {
    out.push(await compareSize(size, Number(values.runs), Number(values["networkx-betweenness-max"])));
  }
  await closeBetweennessWorkers();
  process.stdout.write(
    `PageRank and exact betweenness on the reversed dependency graph (unweighted, damping 0.85), in-process times.\n` +
      `Ours: ${WARM_UP} untimed warm-up calls first (JIT); the peers are compiled C and Python.\n` +
      `PageRank: ours solves directly (one pass over the strongly connected components, Gauss-Seidel inside cycles), igraph uses PRPACK (also direct), networkx iterates to an L1 change < n x 1e-10.\n\n` +
      `${out.join("\n\n")}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
