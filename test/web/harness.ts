// Shared set-up for browser tests: build the app once, serve it with `vite preview` on a free
// loopback port, and drive Debian's Chromium through playwright-core (never a downloaded browser).
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, ConsoleMessage, Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { CHROMIUM_PATH, launchChromium } from "../../src/bench/chromium.ts";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { loadData } from "../../src/node/load-data.ts";

export const CHROMIUM = CHROMIUM_PATH;
export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM) {
  if (process.env["CI"] === "true") {
    throw new Error(`browser tests: ${CHROMIUM} is missing and CI=true; install it with 'apt-get install -y chromium'`);
  }
  console.warn(
    `\n!!! BROWSER TESTS SKIPPED: ${CHROMIUM} not found. Install Debian's chromium ('apt-get install -y chromium') to run them. !!!\n`,
  );
}

export interface App {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** The bundled data as the engine sees it, for the expected values the page is checked against. */
export async function bundledGraph(): Promise<ChokepointGraph> {
  const loaded = await loadData();
  if (!loaded.ok) throw new Error("the bundled data must load");
  return loaded.graph;
}

export async function startApp(): Promise<App> {
  const outDir = await mkdtemp(join(tmpdir(), "chokepoint-web-"));
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1" } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("browser tests: vite preview did not report a URL");
  const browser = await launchChromium();
  return {
    url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** Console errors and page errors, minus SwiftShader's known "GPU stall due to ReadPixels" warnings. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error" && !/GPU stall due to ReadPixels/.test(message.text())) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export const VIEWPORT = { width: 1280, height: 720 };
export const SCREENSHOTS = join(process.cwd(), "test", "output", "screenshots");

/** A fresh page at 1280x720 on `path` (a hash, say), waited until the explorer has drawn. */
export async function openPage(app: App, path = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await app.browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  const errors = collectErrors(page);
  await page.goto(app.url + path);
  await page.waitForSelector("body[data-ready='true']", { timeout: 60_000 });
  return { page, errors };
}

/** Writes a screenshot for reviewers to test/output/screenshots/NAME.png (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
