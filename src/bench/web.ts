// `npm run bench:web`: the explorer in Chromium with a generated network opened through its
// "Open data…" input (on top of the bundled data, as a user would). Measures the time from
// choosing the files to the first render of the merged graph, then frames per second over a
// scripted pan (requestAnimationFrame count while the mouse drags the canvas, one move a frame).
//   npm run bench:web -- [--sizes 10k,50k] [--timeout 300]
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_PATH, launchChromium } from "./chromium.ts";
import { build, preview } from "vite";
import { generateNetwork } from "../gen/index.ts";
import { readDataFiles } from "../node/read-data.ts";
import { parseSize } from "./main.ts";
import { formatMs, formatTable } from "./stats.ts";


interface WebResult {
  nodes: number;
  totalNodes: number;
  firstRenderMs?: number;
  fps?: number;
  longestFrameMs?: number;
  rendered?: number;
  /** frames of the pan on which the camera had moved */
  panned?: number;
  failure?: string;
}

interface PanCount {
  frames: number;
  ms: number;
  longest: number;
  moves: number;
  panned: number;
}

/** Country ids the bundled data defines: the generated files use them without redefining them. */
async function bundledCountries(): Promise<string[]> {
  const { files } = await readDataFiles();
  return files.flatMap((f) => {
    const data = JSON.parse(f.text) as { nodes?: { kind: string; id: string }[] };
    return (data.nodes ?? []).filter((n) => n.kind === "country").map((n) => n.id);
  });
}

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
    result.rendered = Number(await page.evaluate("document.body.dataset.renderedNodes"));
    // Scripted pan, in the page: a mouse button goes down on sigma's mouse layer, then one mousemove
    // per animation frame (what Chrome delivers for a moving mouse: moves are aligned to frames)
    // drags the view round a circle for 3 s, while the same frame callback counts frames. Driving
    // the moves from Node instead (page.mouse.move) waits a round trip per move, so a slow page
    // gets a handful of moves in 3 s and the count mixes idle frames with panning ones. The camera
    // is read on every frame: `panned` counts the frames on which it had moved, to show that the
    // frames counted were frames of a pan.
    // A string, not a function: tsx's transform would wrap named functions in a __name helper
    // the page does not have.
    const counted = await page.evaluate<PanCount>(`new Promise((resolve) => {
      const layer = document.querySelector("#graph .sigma-mouse");
      const box = layer.getBoundingClientRect();
      const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
      const fire = (type, x, y) => layer.dispatchEvent(new MouseEvent(type, {
        clientX: x, clientY: y, bubbles: true, cancelable: true, view: window, button: 0, buttons: type === "mouseup" ? 0 : 1,
      }));
      const camera = () => window.__chokepoint.camera();
      fire("mousedown", cx, cy);
      const start = performance.now();
      let last = start, frames = 0, longest = 0, moves = 0, panned = 0, seen = camera();
      const tick = (now) => {
        frames++;
        longest = Math.max(longest, now - last);
        last = now;
        const at = camera();
        if (at.x !== seen.x || at.y !== seen.y) panned++;
        seen = at;
        if (now - start < 3000) {
          const angle = (moves / 60) * 2 * Math.PI;
          fire("mousemove", cx + 200 * Math.cos(angle), cy + 150 * Math.sin(angle));
          moves++;
          requestAnimationFrame(tick);
        } else {
          fire("mouseup", cx + 200 * Math.cos((moves / 60) * 2 * Math.PI), cy + 150 * Math.sin((moves / 60) * 2 * Math.PI));
          resolve({ frames, ms: now - start, longest, moves, panned });
        }
      };
      requestAnimationFrame(tick);
    })`);
    if (counted.panned < counted.frames / 2) throw new Error(`the scripted pan moved the camera on ${counted.panned} of ${counted.frames} frames`);
    result.fps = (counted.frames / counted.ms) * 1000;
    result.longestFrameMs = counted.longest;
    result.panned = counted.panned;
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

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: "string", default: "10k,50k" }, timeout: { type: "string", default: "300" } } });
  if (!existsSync(CHROMIUM_PATH)) {
    process.stdout.write(`bench:web skipped: ${CHROMIUM_PATH} not found (apt-get install -y chromium)\n`);
    return;
  }
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
    for (const nodes of values.sizes.split(",").map(parseSize)) {
      process.stderr.write(`[bench:web] ${nodes} generated nodes\n`);
      results.push(await measure(browser, url, nodes, Number(values.timeout) * 1000, bundledOrder));
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
  const rows = results.map((r) => [
    `${r.nodes / 1000}k generated (+ bundled = ${r.totalNodes})`,
    r.firstRenderMs === undefined ? "-" : formatMs(r.firstRenderMs),
    r.fps === undefined ? "-" : r.fps.toFixed(1),
    r.longestFrameMs === undefined ? "-" : formatMs(r.longestFrameMs),
    r.failure ?? [r.rendered !== undefined ? `${r.rendered} nodes drawn` : "", r.panned !== undefined ? `camera moved on ${r.panned} frames` : ""].filter(Boolean).join(", "),
  ]);
  process.stdout.write(
    `Explorer in headless Chromium (software GL, --disable-gpu): open files -> first render, then a 3 s scripted pan (one mousemove a frame).\n\n` +
      `${formatTable(["data", "open -> first render", "pan fps", "longest frame", "note"], rows)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
