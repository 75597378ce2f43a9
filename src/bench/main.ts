// `npm run bench`: times loading, building, every metric, a scenario and the knock-outs on generated
// supply networks of 1k, 10k and 100k nodes (5 edges per node), each size in its own child process
// so peak RSS is per size. Table on stdout, JSON to --out, progress on stderr.
//   npm run bench -- [--sizes 1k,10k,100k] [--runs N] [--seed S] [--out test/output/bench.json]
import { fork } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { PACKAGE_ROOT } from "../node/paths.ts";
import type { SizeResult } from "./size-run.ts";
import { formatMs, formatSample, formatTable, formatTargets, parseSize, type Sample } from "./stats.ts";
import { STEPS } from "./steps.ts";
import { checkTargets, millionTotal } from "./targets.ts";
import type { WebResult } from "./web.ts";

const DEFAULT_RUNS: Record<number, number> = { 1000: 5, 10_000: 5, 100_000: 3 };


/** Runs size-run.ts in a child process with the same loader flags (tsx) and --expose-gc. */
export function runSize(nodes: number, runs: number, seed: number): Promise<SizeResult> {
  const script = fileURLToPath(new URL("./size-run.ts", import.meta.url));
  return new Promise((resolvePromise, reject) => {
    const child = fork(script, ["--nodes", String(nodes), "--runs", String(runs), "--seed", String(seed)], {
      execArgv: [...process.execArgv, "--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: SizeResult | undefined;
    child.on("message", (message) => (result = message as SizeResult));
    child.on("error", reject);
    child.on("exit", (code) =>
      result && code === 0 ? resolvePromise(result) : reject(new Error(`bench: the ${nodes}-node run failed (exit ${code})`)),
    );
  });
}

export function formatResults(results: SizeResult[]): string {
  const sizeName = (r: SizeResult) => `${r.nodes >= 1000 ? `${r.nodes / 1000}k` : r.nodes} nodes`;
  const header = ["step (median, min-max)", ...results.flatMap((r) => [sizeName(r), "CPU (last run)", "peak RSS"])];
  const rows = STEPS.map((step) => [
    step.label,
    ...results.flatMap((r) => {
      const s = r.steps[step.id];
      const rss = r.stepRssMiB[step.id];
      const cpu = r.stepCpuMs[step.id];
      const ran = s !== undefined && !("skipped" in s);
      return [!s ? "-" : "skipped" in s ? "skipped" : formatSample(s), ran && cpu !== undefined ? formatMs(cpu) : "", ran && rss !== undefined ? `${rss.toFixed(0)} MiB` : ""];
    }),
  ]);
  const pad = (cells: string[]) => cells.flatMap((c) => [c, "", ""]);
  const total = (r: SizeResult) =>
    STEPS.filter((s) => s.inTotal).reduce((sum, s) => {
      const x = r.steps[s.id];
      return x && !("skipped" in x) ? sum + x.median : sum;
    }, 0);
  rows.push(["everything but exact betweenness (sum of medians)", ...pad(results.map((r) => formatMs(total(r))))]);
  rows.push([
    "issue 16's million-node steps (sum of medians; CPU)",
    ...results.flatMap((r) => [formatMs(millionTotal(r)), formatMs(millionTotal(r, r.stepCpuMs)), ""]),
  ]);
  rows.push(["edges / files / MB", ...pad(results.map((r) => `${r.edges} / ${r.files} / ${r.megabytes.toFixed(1)}`))]);
  rows.push(["runs / generate (not timed above)", ...pad(results.map((r) => `${r.runs} / ${formatMs(r.generateMs)}`))]);
  rows.push(["peak RSS", ...pad(results.map((r) => `${r.peakRssMiB.toFixed(0)} MiB`))]);
  const lines = [formatTable(header, rows)];
  const skipped = results.flatMap((r) =>
    STEPS.flatMap((step) => {
      const s = r.steps[step.id];
      return s && "skipped" in s && !step.id.endsWith("-graphology") ? [`  ${sizeName(r)}, ${step.id}: ${s.skipped}`] : [];
    }),
  );
  if (skipped.length > 0) lines.push(`\nSkipped:\n${skipped.join("\n")}`);
  for (const r of results) {
    const e = r.sampledError;
    if (!e) continue;
    lines.push(
      `\nSampled betweenness (${e.pivots} pivots) against exact at ${sizeName(r)}: top-20 overlap ${(e.top20Overlap * 100).toFixed(0)}%, ` +
        `relative error on the exact top 20 mean ${(e.top20MeanRelError * 100).toFixed(1)}% (max ${(e.top20MaxRelError * 100).toFixed(1)}%), ` +
        `L1 relative error over all nodes ${(e.l1RelError * 100).toFixed(1)}%.`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1k,10k,100k" },
      runs: { type: "string" },
      seed: { type: "string", default: "1" },
      out: { type: "string", default: resolve(PACKAGE_ROOT, "test/output/bench.json") },
      // Issue 5's explorer targets, in Chromium (about 30 s); "none" skips them.
      web: { type: "string", default: "10k" },
    },
  });
  const sizes = values.sizes.split(",").map(parseSize);
  const results: SizeResult[] = [];
  const started = performance.now();
  for (const nodes of sizes) {
    const runs = values.runs !== undefined ? Number(values.runs) : (DEFAULT_RUNS[nodes] ?? 3);
    process.stderr.write(`[bench] ${nodes} nodes, ${runs} runs\n`);
    results.push(await runSize(nodes, runs, Number(values.seed)));
  }
  const targets = checkTargets(results);
  process.stdout.write(`${formatResults(results)}\n\nTargets (issues 7 and 16):\n${formatTargets(targets)}\n`);
  const { benchTimeline } = await import("./timeline.ts");
  process.stdout.write(`\nTargets (issue 13, bundled data):\n${(await benchTimeline()).map((l) => `  ${l}`).join("\n")}\n`);
  let web: WebResult[] | undefined;
  let webChecks: ReturnType<typeof import("./web.ts").webTargets> | undefined;
  if (values.web !== "none") {
    // Loaded only here: vite and playwright are not needed by the engine part of the bench.
    const { formatWebResults, runWebBench, WEB_SKIPPED, webTargets } = await import("./web.ts");
    web = await runWebBench(values.web.split(",").map(parseSize));
    webChecks = web && webTargets(web);
    process.stdout.write(web ? `\n${formatWebResults(web)}\n\nTargets (issue 5):\n${formatTargets(webChecks!)}\n` : `\n${WEB_SKIPPED}\n`);
  }
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import("node:os")).cpus().length,
    seed: Number(values.seed),
    wallSeconds: (performance.now() - started) / 1000,
    results,
    targets,
    ...(web ? { web, webTargets: webChecks } : {}),
  };
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify(json, null, 2)}\n`);
  process.stderr.write(`[bench] results written to ${values.out}\n`);
}

export type { Sample };

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
