// One bench size in its own process (so peak RSS is per size): generate the network, write its
// files to a temp dir, then repeat the steps (steps.ts) and send the timings to the parent.
// Run by main.ts through fork(); progress goes to stderr.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateNetwork } from "../gen/index.ts";
import { SAMPLED_PIVOTS, STEPS, type Context } from "./steps.ts";
import { summarise, type Sample } from "./stats.ts";

export interface SizeResult {
  nodes: number;
  edges: number;
  files: number;
  megabytes: number;
  runs: number;
  generateMs: number;
  steps: Record<string, Sample | { skipped: string }>;
  /** Peak RSS of the process (maxRSS) when each step last ended, MiB: monotone, so a jump names the step. */
  stepRssMiB: Record<string, number>;
  /**
   * CPU time (user + system, every thread of the process) of each step's last run, ms: on a machine
   * shared with other work the wall time stretches and this much less.
   */
  stepCpuMs: Record<string, number>;
  /** Sampled against exact betweenness in the same process (sizes where both run). */
  sampledError?: SampledError;
  peakRssMiB: number;
}

export interface SampledError {
  pivots: number;
  /** Share of the exact top 20 found in the sampled top 20. */
  top20Overlap: number;
  /** Mean and largest relative error over the exact top 20. */
  top20MeanRelError: number;
  top20MaxRelError: number;
  /** sum |sampled - exact| / sum exact over all nodes. */
  l1RelError: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { nodes: { type: "string" }, runs: { type: "string" }, seed: { type: "string" } } });
  const nodes = Number(values.nodes);
  const runs = Number(values.runs ?? 3);
  const seed = Number(values.seed ?? 1);
  const say = (text: string) => process.stderr.write(`[bench ${nodes}] ${text}\n`);

  let t = performance.now();
  const dir = await mkdtemp(join(tmpdir(), "chokepoint-bench-"));
  const network = await writeNetwork(nodes, seed, dir);
  const { bytes } = network;
  const generateMs = performance.now() - t;
  say(`generated ${network.nodes} nodes, ${network.edges} edges in ${network.files} files (${(bytes / 1e6).toFixed(1)} MB), ${(generateMs / 1000).toFixed(1)} s`);

  const times = new Map<string, number[]>(STEPS.map((s) => [s.id, []]));
  const stepRssMiB: Record<string, number> = {};
  const stepCpuMs: Record<string, number> = {};
  // Only the betweenness results outlive a run: keeping its whole context (graph and all) kept two
  // 100k graphs alive during the next run's load and build, slowing their garbage collection.
  let last: Pick<Context, "exact" | "sampled"> | undefined;
  try {
    for (let run = 1; run <= runs; run++) {
      const ctx: Context = { dir, nodes };
      for (const step of STEPS) {
        if (step.skip?.(nodes) !== undefined) continue;
        if (run > (step.maxRuns?.(nodes) ?? runs)) continue;
        step.prepare?.(ctx);
        gc();
        const cpu = process.cpuUsage();
        t = performance.now();
        await step.run(ctx);
        const ms = performance.now() - t;
        const used = process.cpuUsage(cpu);
        stepCpuMs[step.id] = (used.user + used.system) / 1000;
        times.get(step.id)!.push(ms);
        stepRssMiB[step.id] = process.resourceUsage().maxRSS / 1024;
        say(`run ${run}/${runs} ${step.id}: ${ms.toFixed(1)} ms (CPU ${stepCpuMs[step.id]!.toFixed(0)} ms), peak RSS ${stepRssMiB[step.id]!.toFixed(0)} MiB`);
      }
      last = { exact: ctx.exact, sampled: ctx.sampled };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const steps: SizeResult["steps"] = {};
  for (const step of STEPS) {
    const skipped = step.skip?.(nodes);
    steps[step.id] = skipped !== undefined ? { skipped } : summarise(times.get(step.id)!);
  }
  const result: SizeResult = {
    nodes: network.nodes,
    edges: network.edges,
    files: network.files,
    megabytes: bytes / 1e6,
    runs,
    generateMs,
    steps,
    stepRssMiB,
    stepCpuMs,
    ...(last?.exact && last.sampled ? { sampledError: compareSampled(last.exact, last.sampled) } : {}),
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
  process.send!(result);
}

/**
 * Generates the network and writes its files; only the counts come back, so the generator's own
 * copy of the data (as large as the loaded dataset) is garbage before anything is timed.
 */
async function writeNetwork(nodes: number, seed: number, dir: string): Promise<{ nodes: number; edges: number; files: number; bytes: number }> {
  const network = generateNetwork({ nodes, seed });
  let bytes = 0;
  for (const file of network.files) {
    const text = JSON.stringify(file.data);
    bytes += text.length;
    await writeFile(join(dir, file.name), text);
  }
  return { nodes: network.nodes, edges: network.edges, files: network.files.length, bytes };
}

function compareSampled(exact: Float64Array, sampled: Float64Array): SampledError {
  const top = (xs: Float64Array) => [...xs.keys()].sort((a, b) => xs[b]! - xs[a]! || a - b).slice(0, 20);
  const exactTop = top(exact);
  const sampledTop = new Set(top(sampled));
  const rel = exactTop.map((v) => Math.abs(sampled[v]! - exact[v]!) / exact[v]!);
  let diff = 0;
  let sum = 0;
  for (let v = 0; v < exact.length; v++) (diff += Math.abs(sampled[v]! - exact[v]!)), (sum += exact[v]!);
  return {
    pivots: SAMPLED_PIVOTS,
    top20Overlap: exactTop.filter((v) => sampledTop.has(v)).length / 20,
    top20MeanRelError: rel.reduce((s, x) => s + x, 0) / rel.length,
    top20MaxRelError: Math.max(...rel),
    l1RelError: sum > 0 ? diff / sum : 0,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
