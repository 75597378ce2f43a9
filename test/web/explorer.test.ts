import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/node/load-data.ts";
import { collectErrors, HAS_CHROMIUM, startApp, type App } from "./harness.ts";

describe.skipIf(!HAS_CHROMIUM)("explorer in Chromium", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("draws every node of the bundled dataset without console errors", async () => {
    const loaded = await loadData();
    if (!loaded.ok) throw new Error("the bundled data must load");
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    await page.goto(app.url);
    await page.waitForSelector("body[data-ready='true']", { timeout: 60_000 });
    const counts = await page.evaluate(() => ({
      nodes: Number(document.body.dataset["nodeCount"]),
      rendered: Number(document.body.dataset["renderedNodes"]),
      canvases: document.querySelectorAll("#graph canvas").length,
    }));
    expect(counts.nodes).toBe(loaded.graph.order);
    expect(counts.rendered).toBe(loaded.graph.order);
    expect(counts.canvases).toBeGreaterThan(0);
    expect(await page.locator("#ranking .rank-row").count()).toBeGreaterThan(0);
    await page.close();
    expect(errors).toEqual([]);
  });
});
