// The explorer in Chromium on the bundled dataset: one test per feature, each on its own page of one
// shared build. Expected values come from the engine, run here in node on the same data files.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze, rankByPropagatedLoss, runScenario, SCENARIO_PRESETS, type LossRiskEntry } from "../../src/engine/index.ts";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { decimal } from "../../src/web/format.ts";
import { availabilityColor, KIND_COLORS } from "../../src/web/palette.ts";
import { bundledGraph, HAS_CHROMIUM, openPage, screenshot, SCREENSHOTS, startApp, type App } from "./harness.ts";

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

async function selectViaSearch(page: Page, query: string, id: string): Promise<void> {
  await page.keyboard.press("/");
  await page.keyboard.type(query);
  await page.locator(`#search [role=option][data-node="${id}"]`).click();
  await page.waitForSelector(`#inspect[data-node="${id}"]:not([hidden])`);
}

const nodeView = (page: Page, id: string) => page.evaluate((n) => window.__chokepoint!.node(n), id);
const shownCount = async (page: Page) => Number(await page.locator("#filter-summary").getAttribute("data-shown"));
const renderedCount = async (page: Page) => Number(await page.evaluate(() => document.body.dataset["renderedNodes"]));

describe.skipIf(!HAS_CHROMIUM)("explorer in Chromium", () => {
  let app: App;
  let graph: ChokepointGraph;
  let analysis: ReturnType<typeof analyze>;
  /** The Rank panel's default order, computed here by the engine. */
  let lossRanking: LossRiskEntry[];
  beforeAll(async () => {
    const bundled = await bundledGraph();
    graph = bundled;
    analysis = analyze(graph);
    lossRanking = rankByPropagatedLoss(graph, analysis.settings);
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("draws every node of the bundled dataset, with labels that do not overlap", async () => {
    const { page, errors } = await openPage(app);
    const counts = await page.evaluate(() => ({
      nodes: Number(document.body.dataset["nodeCount"]),
      rendered: Number(document.body.dataset["renderedNodes"]),
      canvases: document.querySelectorAll("#graph canvas").length,
    }));
    expect(counts.nodes).toBe(graph.order);
    expect(counts.rendered).toBe(graph.order);
    expect(counts.canvases).toBeGreaterThan(0);
    await page.locator("#ranking .rank-row").first().waitFor();
    const boxes = await page.evaluate(() => window.__chokepoint!.labelBoxes());
    expect(boxes.length).toBeGreaterThan(10);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `labels of ${a.node} and ${b.node} overlap`).toBe(false);
      }
    }
    await screenshot(page, "01-overview");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("finds a node by name: the search zooms to it and selects it; / focuses and Escape clears", async () => {
    const { page, errors } = await openPage(app);
    const top = analysis.ranking[0]!;
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.keyboard.press("Escape");
    await selectViaSearch(page, top.label.slice(0, 8), top.node);
    await page.waitForFunction(() => window.__chokepoint!.cameraRatio() < 0.9);
    expect(await page.locator("#inspect .inspect-title").textContent()).toBe(top.label);
    // Upstream and downstream stay, the rest fades.
    const supplier = top.concentration.suppliers[0]!.id;
    expect((await nodeView(page, supplier))!.color).toBe(KIND_COLORS[graph.getNodeAttribute(supplier, "kind")]);
    const unrelated = graph.filterNodes((n, a) => a.kind === "sector" && !top.sectorsDownstream.includes(n))[0];
    if (unrelated) expect((await nodeView(page, unrelated))!.color).not.toBe(KIND_COLORS.sector);
    await screenshot(page, "02-search-select");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#inspect", { state: "hidden" });
    await page.close();
    expect(errors).toEqual([]);
  });

  it("inspects a node: its suppliers' shares as bars, sources as safe links, metrics explained", async () => {
    const { page, errors } = await openPage(app);
    const entry = analysis.ranking.find((e) => e.concentration.suppliers.length >= 2 && e.concentration.suppliers[0]!.listed)!;
    const top = entry.concentration.suppliers[0]!;
    await selectViaSearch(page, entry.label, entry.node);
    const bar = page.locator(`#inspect .share-bar[data-node="${top.id}"]`);
    expect(await bar.locator(".bar-label").textContent()).toContain(graph.getNodeAttribute(top.id, "label").slice(0, 10));
    // The share with its source grade beside it (issue 12).
    expect(await bar.locator(".bar-value").textContent()).toBe(`${pct(top.share)}${top.grade ? ` ${top.grade}` : ""}`);
    expect(top.grade).toMatch(/^[ABCU]$/);
    expect(await page.locator("#inspect dd.explanation:not(#loss-explanation)").textContent()).toBe(entry.explanation);
    const loss = lossRanking.find((e) => e.node === entry.node)!;
    expect(await page.locator("#inspect #loss-explanation").textContent()).toBe(loss.explanation);
    expect(await page.locator("#inspect").textContent()).toContain(`Loss rank${loss.rank} of ${lossRanking.length} (${decimal(loss.outputMonthsLost, 2)} output-months)`);
    expect(await page.locator("#inspect").textContent()).toContain(`HHI, countries`);
    const links = await page.locator("#inspect a").evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute("href"), target: a.getAttribute("target"), rel: a.getAttribute("rel") })),
    );
    for (const link of links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.target).toBe("_blank");
      expect(link.rel).toContain("noopener");
    }
    await page.locator("#inspect details summary").click();
    await screenshot(page, "03-inspect");
    // A supplier's bar selects the supplier.
    await bar.click();
    await page.waitForSelector(`#inspect[data-node="${top.id}"]`);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("filters by kind, jurisdiction and risk; counts and rendering follow", async () => {
    const { page, errors } = await openPage(app);
    const companies = graph.filterNodes((_n, a) => a.kind === "company").length;
    await page.locator('input[data-kind="company"]').uncheck();
    await page.waitForFunction((n) => document.body.dataset["renderedNodes"] === String(n), graph.order - companies);
    expect(await shownCount(page)).toBe(graph.order - companies);
    expect(await page.locator('input[data-kind="company"] ~ .count').textContent()).toBe(`0/${companies}`);
    await page.locator('input[data-kind="company"]').check();

    const threshold = 0.5;
    const below = analysis.ranking.filter((e) => e.score < threshold).length;
    await page.locator("#filter-risk").fill(String(threshold));
    await page.waitForFunction((n) => document.body.dataset["renderedNodes"] === String(n), graph.order - below);
    expect(await shownCount(page)).toBe(graph.order - below);
    expect((await nodeView(page, analysis.ranking.at(-1)!.node))!.hidden).toBe(true);

    await page.locator("#filter-jurisdiction").selectOption("non-partners");
    const afterJurisdiction = await shownCount(page);
    expect(afterJurisdiction).toBeLessThan(graph.order - below);
    expect(await renderedCount(page)).toBe(afterJurisdiction);
    // Japan is a partner by default (settings.partners), China is not.
    expect((await nodeView(page, "JP"))!.hidden).toBe(true);
    expect((await nodeView(page, "CN"))!.hidden).toBe(false);
    await screenshot(page, "04-filtered");
    await page.getByRole("button", { name: "Show all" }).click();
    await page.waitForFunction((n) => document.body.dataset["renderedNodes"] === String(n), graph.order);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("ranks: every ranking row has a bar, and a click selects its node", async () => {
    const { page, errors } = await openPage(app);
    const rows = page.locator("#ranking .rank-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Math.min(20, lossRanking.length));
    expect(await page.locator("#ranking .rank-row .bar").count()).toBe(await rows.count());
    const third = lossRanking[2]!;
    await rows.nth(2).click();
    await page.waitForSelector(`#inspect[data-node="${third.node}"]`);
    expect(await rows.nth(2).getAttribute("aria-current")).toBe("true");
    expect(await page.locator("#inspect .inspect-title").textContent()).toBe(third.label);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("runs a preset scenario: recolours by availability, ranks sector losses with paths; clear restores", async () => {
    const { page, errors } = await openPage(app);
    const preset = SCENARIO_PRESETS["china-stops-exporting"]!;
    const expected = runScenario(graph, preset.cuts);
    const worst = expected.sectors[0]!;
    await page.locator(`button[data-preset="${preset.id}"]`).click();
    const item = page.locator(`#scenario-results li[data-sector="${worst.sector}"]`);
    await item.waitFor();
    expect(await item.locator(".loss-value").textContent()).toBe(`−${pct(worst.loss)}`);
    expect(await item.locator(".loss-path").textContent()).toBe(worst.path.map((n) => graph.getNodeAttribute(n, "label")).join(" → "));
    const hit = expected.sectors.filter((s) => s.loss > 1e-9).length;
    expect(await page.locator("#scenario-results li[data-sector]").count()).toBe(hit);
    expect((await nodeView(page, "CN"))!.color).toBe(availabilityColor(expected.availability.get("CN")!));
    expect((await nodeView(page, worst.sector))!.color).toBe(availabilityColor(worst.availability));
    expect(await page.locator("#legend").getAttribute("data-mode")).toBe("availability");
    await screenshot(page, "05-scenario-china");

    // A severity slider re-runs the engine.
    await page.locator('#scenario input[data-cut="CN"]').fill("50");
    const half = runScenario(graph, [{ node: "CN", severity: 0.5 }]).sectors[0]!;
    await page.waitForFunction(
      ([sector, text]) => document.querySelector(`#scenario-results li[data-sector="${sector}"] .loss-value`)?.textContent === text,
      [half.sector, `−${pct(half.loss)}`] as const,
    );
    await page.locator("#scenario-clear").click();
    await page.waitForSelector("#scenario-results li[data-sector]", { state: "detached" });
    expect((await nodeView(page, "CN"))!.color).toBe(KIND_COLORS.country);
    expect(await page.locator("#legend").getAttribute("data-mode")).toBe("kinds");

    // Cutting a node by hand: the picker offers countries, companies and constellations.
    await page.locator("#scenario-add").fill(graph.getNodeAttribute("TW", "label"));
    await page.locator('#scenario [role=option][data-node="TW"]').click();
    await page.locator('#scenario input[data-cut="TW"]').waitFor();
    const taiwan = runScenario(graph, [{ node: "TW", severity: 1 }]).sectors[0]!;
    expect(await page.locator(`#scenario-results li[data-sector="${taiwan.sector}"] .loss-value`).textContent()).toBe(`−${pct(taiwan.loss)}`);
    await page.getByRole("button", { name: `Remove ${graph.getNodeAttribute("TW", "label")}` }).click();
    await page.waitForSelector("#scenario-results li[data-sector]", { state: "detached" });
    await page.close();
    expect(errors).toEqual([]);
  });

  it("switches layouts: ForceAtlas2 in a worker with progress and stop; positions persist while filtering", async () => {
    const { page, errors } = await openPage(app);
    const flow = await page.evaluate(() => window.__chokepoint!.positions());
    await page.locator('button[data-layout="force"]').click();
    await page.waitForFunction(() => Number(document.querySelector<HTMLProgressElement>("#layout-progress")?.value) > 0.05);
    await page.locator("#layout-stop").click();
    await page.waitForSelector('#layout-controls[data-force-result="stopped"]');
    // Run again, to the end this time.
    await page.locator('button[data-layout="force"]').click();
    await page.waitForSelector('#layout-controls[data-force-result="completed"]', { timeout: 60_000 });
    const force = await page.evaluate(() => window.__chokepoint!.positions());
    const moved = Object.keys(flow).filter((n) => flow[n]!.x !== force[n]!.x || flow[n]!.y !== force[n]!.y);
    expect(moved.length).toBeGreaterThan(graph.order / 2);
    await screenshot(page, "06-force-layout");

    await page.locator('input[data-kind="sector"]').uncheck();
    await page.waitForFunction(() => document.querySelector("#filter-summary")?.getAttribute("data-shown") !== document.body.dataset["nodeCount"]);
    expect(await page.evaluate(() => window.__chokepoint!.positions())).toEqual(force);

    // Flow again, over the visible nodes only: the hidden sectors stay where they were.
    await page.locator('button[data-layout="flow"]').click();
    await page.waitForSelector('#layout-controls[data-layout="flow"]');
    const again = await page.evaluate(() => window.__chokepoint!.positions());
    const sector = graph.filterNodes((_n, a) => a.kind === "sector")[0]!;
    expect(again[sector]).toEqual(force[sector]);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("keeps selection, filters and scenario in the URL hash: a link reproduces the view", async () => {
    const first = await openPage(app);
    const entry = lossRanking[1]!;
    await first.page.locator(`#ranking .rank-row[data-node="${entry.node}"]`).click();
    await first.page.locator('input[data-kind="constellation"]').uncheck();
    await first.page.locator("#filter-risk").fill("0.2");
    await first.page.locator('button[data-preset="taiwan-blockade"]').click();
    await first.page.waitForSelector("#scenario-results li[data-sector]");
    const url = first.page.url();
    expect(url).toContain("#");
    const shown = await shownCount(first.page);
    const losses = await first.page.locator("#scenario-results li[data-sector]").allTextContents();
    await first.page.close();

    const second = await openPage(app, url.slice(app.url.length));
    const page = second.page;
    await page.waitForSelector(`#inspect[data-node="${entry.node}"]`);
    expect(await shownCount(page)).toBe(shown);
    expect(await page.locator('input[data-kind="constellation"]').isChecked()).toBe(false);
    expect(await page.locator('button[data-preset="taiwan-blockade"]').getAttribute("aria-pressed")).toBe("true");
    // The scenario runs in the engine worker: its losses are listed when they arrive.
    await page.waitForSelector("#scenario-results li[data-sector]");
    expect(await page.locator("#scenario-results li[data-sector]").allTextContents()).toEqual(losses);
    await screenshot(page, "07-shared-link");
    await page.close();
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it("exports PNG, and the filtered graph as JSON and GEXF", async () => {
    const { page, errors } = await openPage(app);
    await page.locator('input[data-kind="company"]').uncheck();
    const shown = await shownCount(page);
    const save = async (id: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(id).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: await readFile(path) };
    };
    const png = await save("#export-png");
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(join(SCREENSHOTS, "11-exported.png"), png.bytes);
    const json = await save("#export-json");
    const data = JSON.parse(json.bytes.toString("utf8")) as { nodes: { kind: string }[]; edges: unknown[] };
    expect(data.nodes).toHaveLength(shown);
    expect(data.nodes.some((n) => n.kind === "company")).toBe(false);
    const gexf = (await save("#export-gexf")).bytes.toString("utf8");
    expect(gexf).toContain("<gexf");
    expect(gexf.match(/<node /g)?.length).toBe(shown);
    await page.close();
    expect(errors).toEqual([]);
  });
});
