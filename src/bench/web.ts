// `npm run bench:web`: the explorer in Chromium with a generated network opened through its
// "Open data…" input (on top of the bundled data, as a user would). Measures the time from
// choosing the files to the first render of the merged graph, then frames per second over 3 s of
// scripted pan (the mouse drags the canvas) and 3 s of wheel zoom (requestAnimationFrame count,
// the input sent from the page one event a frame: see frameLoop).
//   npm run bench:web -- [--sizes 10k,50k] [--timeout 300]
// BENCH_WEB_TRACE=FILE also writes a Chrome trace of the load (open it in chrome://tracing or Perfetto),
// and one of the scenario phase to FILE.scenario.json.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_PATH, launchChromium } from "./chromium.ts";
import { build, preview } from "vite";
import { generateNetwork } from "../gen/index.ts";
import { readDataFiles } from "../node/read-data.ts";
import { formatMs, formatTable, formatTargets, parseSize } from "./stats.ts";


export interface WebResult {
  nodes: number;
  totalNodes: number;
  firstRenderMs?: number;
  fps?: number;
  longestFrameMs?: number;
  rendered?: number;
  /** frames of the pan on which the camera had moved */
  panned?: number;
  /** frames per second while the wheel zooms in and out */
  zoomFps?: number;
  /** Main-thread tasks over 50 ms (the browser's long tasks) from opening the files to the first render. */
  longTasks?: LongTasks;
  /** Cutting China through the scenario picker, until the sector losses are listed. */
  scenario?: PhaseRun;
  /** Then "Show uncertainty": the ranking's and the scenario's p5-p95 bands, until all are shown. */
  bands?: PhaseRun;
  /** What the page measured of its own steps (performance.measure "chokepoint:*"), ms, summed over the tasks of each. */
  steps?: Record<string, number>;
  failure?: string;
}

/** Starts a long-task observer in the page (once), or starts its list afresh; COLLECT_LONG_TASKS reads what it saw since. */
const OBSERVE_LONG_TASKS = `(() => {
  window.__longTasks = [];
  if (window.__longTaskObserver) return;
  window.__longTaskObserver = true;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); }).observe({ type: "longtask" });
})()`;
const COLLECT_LONG_TASKS = `(() => {
  const tasks = window.__longTasks;
  window.__longTasks = [];
  const d = tasks.map((t) => t.ms);
  // Which of the page's own steps (performance.measure "chokepoint:*") ran inside each task over 100 ms.
  const steps = performance.getEntriesByType("measure").filter((m) => m.name.startsWith("chokepoint:"));
  const over = tasks.filter((t) => t.ms > 100).map((t) => {
    const inside = steps.filter((m) => m.startTime < t.start + t.ms && m.startTime + m.duration > t.start);
    return Math.round(t.ms) + " ms" + (inside.length ? " (" + inside.map((m) => m.name.slice(11) + " " + Math.round(m.duration)).join(", ") + ")" : "");
  });
  return { count: d.length, over100: d.filter((x) => x > 100).length, longestMs: Math.max(0, ...d), totalMs: d.reduce((s, x) => s + x, 0), over: over.slice(0, 8) };
})()`;

/** Main-thread tasks over 50 ms (the browser's long tasks); `over` lists the first 8 over 100 ms with the page's steps inside them. */
export interface LongTasks {
  count: number;
  over100: number;
  longestMs: number;
  totalMs: number;
  over: string[];
}

export interface PhaseRun {
  ms: number;
  longTasks: LongTasks;
}

interface FrameCount {
  frames: number;
  ms: number;
  longest: number;
  /** frames on which the camera had moved since the previous one */
  moved: number;
}

/**
 * A page script that runs `gesture` on sigma's mouse layer for 3 s, one step per animation frame,
 * and counts the frames. The input comes from the page itself, one event a frame, which is how
 * Chrome delivers a moving mouse (moves are aligned to frames). Sending it from Node instead
 * (page.mouse.move) waits a round trip per move: a slow page got 3-4 moves in 3 s, and the count
 * mixed idle frames with moving ones. The camera is read every frame, and `moved` counts the
 * frames on which it had moved, to show the frames counted were frames of a pan or zoom.
 * A string, not a function: tsx's transform would wrap named functions in a __name helper the
 * page does not have.
 */
const frameLoop = (gesture: { start: string; step: string; end: string }) => `new Promise((resolve) => {
  const layer = document.querySelector("#graph .sigma-mouse");
  const box = layer.getBoundingClientRect();
  const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
  const mouse = (type, x, y) => layer.dispatchEvent(new MouseEvent(type, {
    clientX: x, clientY: y, bubbles: true, cancelable: true, view: window, button: 0, buttons: type === "mouseup" ? 0 : 1,
  }));
  const wheel = (deltaY) => layer.dispatchEvent(new WheelEvent("wheel", {
    clientX: cx, clientY: cy, deltaY, deltaMode: 0, bubbles: true, cancelable: true, view: window,
  }));
  const circle = (i) => [cx + 200 * Math.cos((i / 60) * 2 * Math.PI), cy + 150 * Math.sin((i / 60) * 2 * Math.PI)];
  const camera = () => window.__chokepoint.camera();
  ${gesture.start};
  const start = performance.now();
  let last = start, frames = 0, longest = 0, moved = 0, seen = camera();
  const tick = (now) => {
    frames++;
    longest = Math.max(longest, now - last);
    last = now;
    const at = camera();
    if (at.x !== seen.x || at.y !== seen.y || at.ratio !== seen.ratio) moved++;
    seen = at;
    const i = frames, elapsed = now - start;
    if (elapsed < 3000) {
      ${gesture.step};
      requestAnimationFrame(tick);
    } else {
      ${gesture.end};
      resolve({ frames, ms: elapsed, longest, moved });
    }
  };
  requestAnimationFrame(tick);
})`;

/** Mouse button down, the view dragged round a circle (one turn a second at 60 fps), button up. */
const PAN = { start: `mouse("mousedown", cx, cy)`, step: `mouse("mousemove", ...circle(i))`, end: `mouse("mouseup", ...circle(i))` };

/** The wheel turned every 6th frame (sigma animates each notch over 250 ms): in for 1.5 s, then out. */
const ZOOM = { start: "", step: `if (i % 6 === 0) wheel(elapsed < 1500 ? -100 : 100)`, end: "" };

/** Country ids the bundled data defines: the generated files use them without redefining them. */
async function bundledCountries(): Promise<string[]> {
  const { files } = await readDataFiles();
  return files.flatMap((f) => {
    const data = JSON.parse(f.text) as { nodes?: { kind: string; id: string }[] };
    return (data.nodes ?? []).filter((n) => n.kind === "country").map((n) => n.id);
  });
}

const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing"];

async function measure(browser: Browser, url: string, nodes: number, timeoutMs: number, bundledOrder: number): Promise<WebResult> {
  const countries = await bundledCountries();
  const network = generateNetwork({ nodes, seed: 1, idPrefix: "gen", omitCountries: countries });
  const dir = await mkdtemp(join(tmpdir(), "chokepoint-web-bench-"));
  const paths: string[] = [];
  for (const file of network.files) {
    const path = join(dir, file.name);
    await writeFile(path, JSON.stringify(file.data));
    paths.push(path);
  }
  const totalNodes = bundledOrder + network.nodes;
  const page: Page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const result: WebResult = { nodes, totalNodes };
  try {
    await page.goto(url);
    await page.waitForSelector("body[data-ready='true']", { timeout: 60_000 });
    await page.evaluate(OBSERVE_LONG_TASKS);
    const trace = process.env["BENCH_WEB_TRACE"];
    if (trace) await browser.startTracing(page, { path: trace, categories: TRACE_CATEGORIES });
    const started = performance.now();
    await page.locator("#data-input").setInputFiles(paths);
    // Either the merged graph is drawn, or the explorer refuses the files with a message.
    await page.waitForFunction(
      `Number(document.body.dataset.nodeCount) === ${totalNodes} || document.querySelector("#data-report[data-state='error']") !== null`,
      undefined,
      { timeout: timeoutMs, polling: 100 },
    );
    const refusal = await page.evaluate<string | null>(
      `(() => { const r = document.querySelector("#data-report[data-state='error']"); return r ? r.textContent : null; })()`,
    );
    if (refusal) {
      result.failure = `refused after ${formatMs(performance.now() - started)}: ${refusal.replace(/\s+/g, " ").trim().slice(0, 120)}`;
      return result;
    }
    result.firstRenderMs = performance.now() - started;
    // One more frame, so a long task that ends with the render is reported before it is read.
    await page.evaluate("new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))");
    if (trace) await browser.stopTracing();
    result.longTasks = await page.evaluate<NonNullable<WebResult["longTasks"]>>(COLLECT_LONG_TASKS);
    result.steps = await page.evaluate<Record<string, number>>(
      `(() => { const t = {}; for (const m of performance.getEntriesByType("measure")) if (m.name.startsWith("chokepoint:")) t[m.name.slice(11)] = Math.round((t[m.name.slice(11)] ?? 0) + m.duration); return t; })()`,
    );
    result.rendered = Number(await page.evaluate("document.body.dataset.renderedNodes"));
    const pan = await page.evaluate<FrameCount>(frameLoop(PAN));
    if (pan.moved < pan.frames / 2) throw new Error(`the scripted pan moved the camera on ${pan.moved} of ${pan.frames} frames`);
    result.fps = (pan.frames / pan.ms) * 1000;
    result.longestFrameMs = pan.longest;
    result.panned = pan.moved;
    const zoom = await page.evaluate<FrameCount>(frameLoop(ZOOM));
    if (zoom.moved < zoom.frames / 2) throw new Error(`the scripted zoom moved the camera on ${zoom.moved} of ${zoom.frames} frames`);
    result.zoomFps = (zoom.frames / zoom.ms) * 1000;
    // The scenario phase gets a trace of its own beside the load's (FILE.scenario.json).
    if (trace) await browser.startTracing(page, { path: `${trace}.scenario.json`, categories: TRACE_CATEGORIES });
    result.scenario = await runScenarioOnPage(page, timeoutMs);
    if (trace) await browser.stopTracing();
    result.bands = await runBandsOnPage(page, timeoutMs);
  } catch (error) {
    result.failure = (error as Error).message.split("\n")[0]!;
  } finally {
    // A frozen tab may never answer close(): give it 5 s, then leave it to browser.close().
    await Promise.race([page.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    await rm(dir, { recursive: true, force: true });
  }
  process.stderr.write(`[bench:web] ${JSON.stringify(result)}\n`);
  return result;
}

/**
 * A scenario as a person runs it: China cut through the scenario picker (the generated network's
 * suppliers sit in the bundled countries), until the sector losses are listed. Long tasks from the
 * choice to the list.
 */
async function runScenarioOnPage(page: Page, timeoutMs: number): Promise<PhaseRun> {
  await page.evaluate(OBSERVE_LONG_TASKS);
  const started = performance.now();
  await page.locator("#scenario-add").fill("China");
  await page.locator('#scenario [role=option][data-node="CN"]').click();
  await page.waitForSelector("#scenario-results li[data-sector]", { timeout: timeoutMs });
  const ms = performance.now() - started;
  await page.evaluate("new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))");
  return { ms, longTasks: await page.evaluate<LongTasks>(COLLECT_LONG_TASKS) };
}

/** "Show uncertainty" with that scenario on: the ranking's and the scenario's bands, until the progress line says they are shown. */
async function runBandsOnPage(page: Page, timeoutMs: number): Promise<PhaseRun> {
  await page.evaluate(OBSERVE_LONG_TASKS);
  const started = performance.now();
  await page.locator("#bands-toggle").click();
  await page.waitForSelector("#scenario-results .loss-band", { timeout: timeoutMs });
  await page.waitForFunction(`document.querySelector("#bands-progress")?.textContent === "p5–p95 shown"`, undefined, { timeout: timeoutMs, polling: 200 });
  const ms = performance.now() - started;
  await page.evaluate("new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))");
  return { ms, longTasks: await page.evaluate<LongTasks>(COLLECT_LONG_TASKS) };
}

/** Builds and serves the app, then measures each size; undefined when there is no Chromium. */
export async function runWebBench(sizes: number[], timeoutMs = 300_000): Promise<WebResult[] | undefined> {
  if (!existsSync(CHROMIUM_PATH)) return undefined;
  const bundled = await readDataFiles();
  const bundledOrder = new Set(
    bundled.files.flatMap((f) => ((JSON.parse(f.text) as { nodes?: { id: string }[] }).nodes ?? []).map((n) => n.id)),
  ).size;
  const outDir = await mkdtemp(join(tmpdir(), "chokepoint-web-build-"));
  process.stderr.write("[bench:web] building the app\n");
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1" } });
  const url = server.resolvedUrls?.local[0];
  const browser = await launchChromium();
  const results: WebResult[] = [];
  try {
    if (!url) throw new Error("bench:web: vite preview did not report a URL");
    for (const nodes of sizes) {
      process.stderr.write(`[bench:web] ${nodes} generated nodes\n`);
      results.push(await measure(browser, url, nodes, timeoutMs, bundledOrder));
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
  return results;
}

export const WEB_SKIPPED = `bench:web skipped: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`;

const longTaskText = (t: LongTasks) => `${t.over100} (longest ${formatMs(t.longestMs)}, ${t.count} over 50 ms, ${formatMs(t.totalMs)})`;

export function formatWebResults(results: WebResult[]): string {
  const rows = results.map((r) => [
    `${r.nodes / 1000}k generated (+ bundled = ${r.totalNodes})`,
    r.firstRenderMs === undefined ? "-" : formatMs(r.firstRenderMs),
    r.fps === undefined ? "-" : r.fps.toFixed(1),
    r.zoomFps === undefined ? "-" : r.zoomFps.toFixed(1),
    r.longestFrameMs === undefined ? "-" : formatMs(r.longestFrameMs),
    r.longTasks === undefined ? "-" : longTaskText(r.longTasks),
 r.failure ?? [r.rendered !== undefined ? `${r.rendered} nodes drawn` : "", r.steps ? Object.entries(r.steps).map(([k, v]) => `${k} ${v} ms`).join(", ") : "", r.panned !== undefined ? `camera moved on ${r.panned} frames` : ""].filter(Boolean).join(", "),
  ]);
  const phase = (r: PhaseRun | undefined) => (r === undefined ? "-" : `${formatMs(r.ms)}; ${longTaskText(r.longTasks)}`);
  const runs = results.map((r) => [`${r.nodes / 1000}k generated`, phase(r.scenario), phase(r.bands)]);
  return (
    `Explorer in headless Chromium (software GL, --disable-gpu): open files -> first render, then 3 s of scripted pan and 3 s of wheel zoom (one event a frame, in the page).\n\n` +
    formatTable(["data", "open -> first render", "pan fps", "zoom fps", "longest pan frame", "main-thread tasks > 100 ms while loading", "note"], rows) +
    `\n\nThen China cut through the scenario picker (until the sector losses are listed), then "Show uncertainty" (until the ranking's and the scenario's p5-p95 bands are shown): time and main-thread tasks over 100 ms.\n\n` +
    formatTable(["data", "scenario", "bands"], runs)
  );
}

/** Issue 5's targets, for the 10k result when there is one. */
export function webTargets(results: WebResult[]): { text: string; met: boolean }[] {
  const r = results.find((x) => x.nodes === 10_000);
  if (!r) return [];
  return [
    { text: `10k explorer: open -> first render ${r.firstRenderMs === undefined ? "failed" : formatMs(r.firstRenderMs)} < 3.00 s`, met: r.firstRenderMs !== undefined && r.firstRenderMs < 3000 },
    { text: `10k explorer: pan ${r.fps === undefined ? "failed" : `${r.fps.toFixed(1)} fps`} >= 30 fps`, met: r.fps !== undefined && r.fps >= 30 },
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: "string", default: "10k,50k" }, timeout: { type: "string", default: "300" } } });
  const results = await runWebBench(values.sizes.split(",").map(parseSize), Number(values.timeout) * 1000);
  if (!results) {
    process.stdout.write(`${WEB_SKIPPED}\n`);
    return;
  }
  process.stdout.write(`${formatWebResults(results)}\n${formatTargets(webTargets(results))}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
