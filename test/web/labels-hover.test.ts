// Issue 15 part 4: every sector labelled, the selection's chain labelled first, no label over another
// node's disc or another label, hovering names the neighbours, edge width shows the share. Expected
// names and shares come from the data graph loaded here in node.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { nameList } from "../../src/web/hover-tooltip.ts";
import { discOverlaps, type Disc, type LabelBox } from "../../src/web/labels.ts";
import { bundledGraph, HAS_CHROMIUM, openPage, screenshot, startApp, type App } from "./harness.ts";

async function frame(page: Page): Promise<{ boxes: LabelBox[]; discs: Disc[] }> {
  // Two animation frames: the camera has settled and the last render has laid out its labels.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => ({ boxes: window.__chokepoint!.labelBoxes(), discs: window.__chokepoint!.discs() }));
}

function expectNoOverlap({ boxes, discs }: { boxes: LabelBox[]; discs: Disc[] }): void {
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `labels of ${a.node} and ${b.node} overlap`).toBe(false);
    }
    // The selected or hovered node's label is sigma's opaque hover box, drawn over what lies beneath.
    if (a.highlight) continue;
    for (const d of discs) if (d.node !== a.node) expect(discOverlaps(a, d), `label of ${a.node} covers ${d.node}`).toBe(false);
  }
}

describe.skipIf(!HAS_CHROMIUM)("labels, hover and edge widths in Chromium", () => {
  let app: App;
  let graph: ChokepointGraph;
  beforeAll(async () => {
    const bundled = await bundledGraph();
    graph = bundled;
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("labels every sector on the first screen, with no label over another label or another node's disc", async () => {
    const { page, errors } = await openPage(app);
    const shot = await frame(page);
    const sectors = graph.filterNodes((_n, a) => a.kind === "sector");
    expect(sectors.length).toBeGreaterThan(10);
    const labelled = new Set(shot.boxes.map((b) => b.node));
    expect(sectors.filter((s) => !labelled.has(s))).toEqual([]);
    expect(shot.discs.length).toBe(graph.order);
    expectNoOverlap(shot);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("labels the selection and its direct suppliers and dependents on screen", async () => {
    const { page, errors } = await openPage(app);
    await page.keyboard.press("/");
    await page.keyboard.type("gallium");
    await page.locator('#search [role=option][data-node="gallium-primary"]').click();
    await page.waitForSelector('#inspect[data-node="gallium-primary"]');
    await page.waitForFunction(() => window.__chokepoint!.cameraRatio() < 0.99);
    await page.waitForTimeout(600);
    const shot = await frame(page);
    const labelled = new Set(shot.boxes.map((b) => b.node));
    expect(labelled.has("gallium-primary")).toBe(true);
    const neighbours = graph.neighbors("gallium-primary");
    // A neighbour whose disc lies under the selection's own (opaque, whole) label box has no free
    // place next to it; that is the one exception (rf-chips here, in this framing).
    const selectedBox = shot.boxes.find((b) => b.node === "gallium-primary" && b.highlight)!;
    const covered = new Set(shot.discs.filter((d) => d.node !== "gallium-primary" && discOverlaps(selectedBox, d)).map((d) => d.node));
    const missing = neighbours.filter((n) => !labelled.has(n) && !covered.has(n));
    expect(covered.size).toBeLessThanOrEqual(1);
    // In a crowded framing a neighbour can find all eight places taken by higher-priority labels
    // and discs (optical-transceiver among the chip-using components, on the merged data); the
    // drawer skips it rather than draw over another. At most one in ten may go unlabelled.
    if (missing.length) console.warn(`labels: unlabelled neighbours of gallium: ${missing.join(", ")}`);
    expect(missing.length, `unlabelled neighbours ${missing.join(", ")}`).toBeLessThanOrEqual(Math.floor(neighbours.length / 10));
    // Every node of the chain keeps its disc clear (only faded nodes yield, see shownDiscs).
    const chain = new Set([...(await page.evaluate(() => window.__chokepoint!.discs().map((d) => d.node)))]);
    for (const n of neighbours) expect(chain.has(n), `${n} is an obstacle`).toBe(true);
    expectNoOverlap(shot);
    await screenshot(page, "20-chain-labels");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("hovering a node names what supplies it and what it supplies", async () => {
    const { page, errors } = await openPage(app);
    const id = "gallium-primary";
    const at = await page.evaluate((n) => window.__chokepoint!.node(n)!, id);
    const graphBox = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(graphBox.x + at.x, graphBox.y + at.y);
    const tip = page.locator(`#hover-tooltip[data-node="${id}"]:not([hidden])`);
    await tip.waitFor();
    const label = (n: string) => graph.getNodeAttribute(n, "label");
    expect(await tip.locator("strong").textContent()).toBe(label(id));
    expect(await tip.locator('[data-list="suppliers"]').textContent()).toBe(`Supplied by: ${nameList(graph.inNeighbors(id).map(label))}`);
    expect(await tip.locator('[data-list="dependents"]').textContent()).toBe(`Supplies: ${nameList(graph.outNeighbors(id).map(label))}`);
    expect(graph.inNeighbors(id)).toContain("CN");
    expect(await tip.textContent()).toContain("China");
    await screenshot(page, "21-hover-neighbours");
    await page.mouse.move(graphBox.x + 2, graphBox.y + 2);
    await page.locator("#hover-tooltip[hidden]").waitFor({ state: "attached" });
    await page.close();
    expect(errors).toEqual([]);
  });

  it("draws each supply edge 1 px plus 4 px per 100% share", async () => {
    const { page, errors } = await openPage(app);
    const edge = graph.edge("CN", "gallium-primary")!;
    const share = graph.getEdgeAttribute(edge, "share" as never) as unknown as number;
    expect(share).toBeGreaterThan(0.9);
    expect(await page.evaluate((e) => window.__chokepoint!.edgeSize(e), edge)).toBeCloseTo(1 + 4 * share, 9);
    const input = graph.edge("wind-turbine", "wind-power")!;
    expect(await page.evaluate((e) => window.__chokepoint!.edgeSize(e), input)).toBe(1);
    await page.close();
    expect(errors).toEqual([]);
  });
});
