// Issue 15 part 10: opened files are checked and analysed in the load worker; the report shows the
// worker's stages while it works, and the page is left only the graph build and the drawing.
// Scenarios, knock-outs and bands run in the engine worker: the panel says a scenario is running, then shows
// what the engine gives in node.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKnockouts, runScenario } from "../../src/engine/index.ts";
import { resolveSettings } from "../../src/schema/settings.ts";
import type { Page } from "playwright-core";
import { bundledGraph, HAS_CHROMIUM, openPage, startApp, type App } from "./harness.ts";

/**
 * Records the text of `textSelector` (inside `boxSelector`, or the box itself) every time the box
 * changes; `seen()` returns what was recorded.
 */
async function watchText(page: Page, boxSelector: string, textSelector?: string) {
  await page.evaluate(([box, text]) => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    const root = document.querySelector(box!)!;
    new MutationObserver(() => seen.push((text ? root.querySelector(text) : root)?.textContent ?? "")).observe(root, { subtree: true, childList: true, characterData: true });
  }, [boxSelector, textSelector] as const);
  return { seen: () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen) };
}

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
    const watch = await watchText(page, "#data-report", "li");
    const data = { nodes: [{ kind: "company", id: "worker-test-firm", label: "Worker Test Firm" }], edges: [{ kind: "located_in", from: "worker-test-firm", to: "NL" }] };
    await page.locator("#data-input").setInputFiles({ name: "firm.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
    await page.waitForFunction((n) => document.body.dataset["nodeCount"] === String(n), order + 1);
    const seen = await watch.seen();
    expect(seen.some((t) => /^checking \d+ files \(step 1 of 3\)$/.test(t))).toBe(true);
    expect(seen.some((t) => /^analysing \d+ nodes \(step 2 of 3\)$/.test(t))).toBe(true);
    // The page's own share of the work, measured by the client: only present on the worker path.
    const measures = await page.evaluate(() => performance.getEntriesByType("measure").map((m) => m.name));
    expect(measures).toEqual(expect.arrayContaining(["chokepoint:parse-data", "chokepoint:graph", "chokepoint:render-graph", "chokepoint:mount-view"]));
    await page.close();
    expect(errors).toEqual([]);
  });

  it("runs a scenario in the engine worker: the panel says it is running, then lists the losses runScenario gives", async () => {
    const graph = await bundledGraph();
    const { page, errors } = await openPage(app);
    const watch = await watchText(page, "#scenario-results");
    await page.locator("#scenario-add").fill(graph.getNodeAttribute("CN", "label"));
    await page.locator('#scenario [role=option][data-node="CN"]').click();
    await page.waitForSelector("#scenario-results li[data-sector]");
    const seen = await watch.seen();
    // On the page's thread the result would be there at once: "running" shows the worker's path.
    expect(seen[0]).toBe("Running the scenario…");
    const expected = runScenario(graph, [{ node: "CN", severity: 1 }]).sectors.filter((x) => x.loss > 1e-9);
    const rows = await page.locator("#scenario-results li[data-sector]").evaluateAll((lis) => lis.map((li) => [li.getAttribute("data-sector"), Number(li.getAttribute("data-loss"))]));
    expect(rows).toEqual(expected.map((x) => [x.sector, x.loss]));
    await page.close();
    expect(errors).toEqual([]);
  });

  it("runs the knock-out sweep in the engine worker: a status line, then the knock-outs runKnockouts gives", async () => {
    const graph = await bundledGraph();
    const { page, errors } = await openPage(app);
    const watch = await watchText(page, "#answers-knockouts", "[role=status]");
    await page.locator("#answers-knockouts summary").click();
    await page.locator("#knockout-list").waitFor();
    const seen = await watch.seen();
    expect(seen[0]).toBe("Cutting every country and firm in turn…");
    const expected = runKnockouts(graph, resolveSettings({})).slice(0, 10).map((e) => e.node);
    expect(await page.locator("#knockout-list li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-node")))).toEqual(expected);
    await page.close();
    expect(errors).toEqual([]);
  });
});
