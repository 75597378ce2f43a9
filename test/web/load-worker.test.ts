// Issue 15 part 10: opened files are checked and analysed in the load worker; the report shows the
// worker's stages while it works, and the page is left only the graph build and the drawing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_CHROMIUM, openPage, startApp, type App } from "./harness.ts";

describe.skipIf(!HAS_CHROMIUM)("the load worker in Chromium", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("loads a file through the worker and shows its stages; the page measures only its own share", async () => {
    const { page, errors } = await openPage(app);
    const order = Number(await page.evaluate(() => document.body.dataset["nodeCount"]));
    // Record every text the report shows, and count animation frames while the file loads.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => seen.push(document.querySelector("#data-report li")?.textContent ?? "")).observe(document.querySelector("#data-report")!, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const data = { nodes: [{ kind: "company", id: "worker-test-firm", label: "Worker Test Firm" }], edges: [{ kind: "located_in", from: "worker-test-firm", to: "NL" }] };
    await page.locator("#data-input").setInputFiles({ name: "firm.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
    await page.waitForFunction((n) => document.body.dataset["nodeCount"] === String(n), order + 1);
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.some((t) => /^checking \d+ files \(step 1 of 3\)$/.test(t))).toBe(true);
    expect(seen.some((t) => /^analysing \d+ nodes \(step 2 of 3\)$/.test(t))).toBe(true);
    // The page's own share of the work, measured by the client: only present on the worker path.
    const measures = await page.evaluate(() => performance.getEntriesByType("measure").map((m) => m.name));
    expect(measures).toEqual(expect.arrayContaining(["chokepoint:parse-data", "chokepoint:graph", "chokepoint:render-graph", "chokepoint:mount-view"]));
    await page.close();
    expect(errors).toEqual([]);
  });
});
