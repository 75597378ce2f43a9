// "Your own data" in Chromium: files opened or dropped go through the CLI's loader on top of the
// bundled data; a valid file grows the graph, an invalid one lists the loader's messages and changes
// nothing, and untrusted labels stay text.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateNetwork } from "../../src/gen/index.ts";
import { MAX_USER_DATA_BYTES } from "../../src/web/panels/data-files.ts";
import { bundledGraph, HAS_CHROMIUM, openPage, screenshot, startApp, type App } from "./harness.ts";

const XSS_LABEL = "<img src=x onerror=window.__xss=1>";

const file = (name: string, content: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof content === "string" ? content : JSON.stringify(content, null, 2)),
});

const nodeCount = (page: Page) => page.evaluate(() => Number(document.body.dataset["nodeCount"]));

describe.skipIf(!HAS_CHROMIUM)("your own data in Chromium", () => {
  let app: App;
  let order: number;
  let countries: string[];
  beforeAll(async () => {
    const bundled = await bundledGraph();
    order = bundled.order;
    countries = bundled.filterNodes((_n, a) => a.kind === "country");
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("refuses data too large for one tab with a message, before parsing, and changes nothing", async () => {
    const { page, errors } = await openPage(app);
    // A valid file padded past the limit: the size alone must stop it, with a pointer to the CLI.
    const huge = `{"title": "${"x".repeat(MAX_USER_DATA_BYTES)}", "nodes": []}`;
    await page.locator("#data-input").setInputFiles(file("huge.json", huge));
    await page.waitForSelector("#data-report[data-state='error']");
    const text = await page.locator("#data-report").textContent();
    expect(text).toContain("Too large for the explorer");
    expect(text).toContain("chokepoint risk --data");
    expect(await nodeCount(page)).toBe(order);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("adds a valid file: the merged graph replaces the view and the node count grows", async () => {
    const { page, errors } = await openPage(app);
    const extra = {
      title: "two test firms",
      nodes: [
        { kind: "company", id: "test-foundry", label: "Test Foundry" },
        { kind: "company", id: "test-refinery", label: "Test Refinery" },
      ],
      edges: [
        { kind: "located_in", from: "test-foundry", to: "NL" },
        { kind: "located_in", from: "test-refinery", to: "CN" },
      ],
    };
    await page.locator("#data-input").setInputFiles(file("firms.json", extra));
    await page.waitForFunction((n) => document.body.dataset["nodeCount"] === String(n), order + 2);
    expect(await page.locator("#data-report").getAttribute("data-state")).toBe("ok");
    expect(await page.locator("#data-report").textContent()).toContain("firms.json: +2 nodes");
    await page.waitForFunction((n) => document.body.dataset["renderedNodes"] === String(n), order + 2);
    expect(await page.locator("#filter-summary").getAttribute("data-shown")).toBe(String(order + 2));
    // The new nodes are searchable like the bundled ones.
    await page.keyboard.press("/");
    await page.keyboard.type("test foundry");
    await page.locator('#search [role=option][data-node="test-foundry"]').click();
    await page.waitForSelector('#inspect[data-node="test-foundry"]');
    await screenshot(page, "08-data-added");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("lists every problem of an invalid file and applies nothing", async () => {
    const { page, errors } = await openPage(app);
    const bad = {
      nodes: [{ kind: "company", id: "half-firm", label: "Half" }],
      edges: [
        { kind: "supplies", from: "half-firm", to: "cobalt-refined", share: 1.7 },
        { kind: "located_in", from: "half-firm", to: "no-such-node" },
      ],
    };
    await page.locator("#data-input").setInputFiles([file("bad.json", bad), file("broken.json", '{"nodes": [')]);
    await page.waitForSelector('#data-report[data-state="error"]');
    const issues = await page.locator("#data-report li").allTextContents();
    expect(issues.length).toBeGreaterThanOrEqual(3);
    expect(issues.some((i) => i.startsWith("bad.json") && i.includes("$.edges[0].share"))).toBe(true);
    expect(issues.some((i) => i.startsWith("broken.json") && i.includes("invalid JSON"))).toBe(true);
    expect(issues.some((i) => i.includes("no-such-node"))).toBe(true);
    expect(await page.locator("#data-report h2").textContent()).toContain("nothing was applied");
    expect(await nodeCount(page)).toBe(order);
    expect(await page.locator("#filter-summary").getAttribute("data-shown")).toBe(String(order));
    await screenshot(page, "09-data-errors");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("shows a hostile label as text: no element is created and no script runs", async () => {
    const { page, errors } = await openPage(app);
    const hostile = {
      nodes: [{ kind: "sector", id: "xss-test", label: XSS_LABEL, description: XSS_LABEL, aliases: [XSS_LABEL] }],
      edges: [{ kind: "input", from: "cobalt-refined", to: "xss-test" }],
    };
    // Dropped, as a user would.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "hostile.json", { type: "application/json" }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, JSON.stringify(hostile));
    await page.waitForFunction((n) => document.body.dataset["nodeCount"] === String(n), order + 1);
    await page.keyboard.press("/");
    await page.keyboard.type("xss-test");
    const option = page.locator('#search [role=option][data-node="xss-test"]');
    expect(await option.locator(".option-label").textContent()).toBe(XSS_LABEL);
    await page.keyboard.press("Enter");
    await page.waitForSelector('#inspect[data-node="xss-test"]');
    expect(await page.locator("#inspect .inspect-title").textContent()).toBe(XSS_LABEL);
    const state = await page.evaluate(() => ({
      images: document.querySelectorAll("img").length,
      xss: (window as unknown as { __xss?: unknown }).__xss,
    }));
    expect(state.images).toBe(0);
    expect(state.xss).toBeUndefined();
    await screenshot(page, "10-hostile-label");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("draws a large network at scale: the selection's edges only, edges and labels out of the way during a pan", async () => {
    const { page, errors } = await openPage(app);
    // ~7,300 edges: past the 5,000 at which the view switches to its large-graph drawing.
    const network = generateNetwork({ nodes: 1500, seed: 1, idPrefix: "gen", omitCountries: countries });
    await page.locator("#data-input").setInputFiles(network.files.map((f) => file(f.name, f.data)));
    await page.waitForFunction((n) => Number(document.body.dataset["nodeCount"]) === n, order + network.nodes, { timeout: 60_000 });
    expect(await page.evaluate(() => Number(document.body.dataset["renderedNodes"]))).toBe(order + network.nodes);
    const edges = () => page.evaluate(() => window.__chokepoint!.renderEdges());
    expect(await edges()).toBe(0);
    // Nothing selected or hovered: the edge and hover layers are empty and out of compositing.
    expect(await page.locator("#graph.no-edges.no-highlight:not(.no-labels)").count()).toBe(1);

    // Past the session's budget the loss ranking is not built in the page: the panel says so and
    // shows the concentration ranking.
    expect(await page.locator("#ranking-fallback").textContent()).toContain("not computed on a graph this size");
    await page.locator("#ranking .rank-row").first().click();
    await page.waitForFunction(() => window.__chokepoint!.renderEdges() > 0);
    await page.waitForSelector("#graph:not(.moving)");
    expect(await page.locator("#graph:is(.no-edges, .no-highlight)").count()).toBe(0);
    await screenshot(page, "large-network-selection");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => window.__chokepoint!.renderEdges() === 0);

    // Hit-testing works on points: a click on a node selects it (the one the camera is still
    // centred on, so it is in view).
    const box = (await page.locator("#graph").boundingBox())!;
    const target = await page.locator("#ranking .rank-row").first().getAttribute("data-node");
    const at = (await page.evaluate((id) => window.__chokepoint!.node(id), target!))!;
    // The hit-test pass is drawn on demand (moving.ts): one move onto the node finds it.
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForSelector(`#graph[data-hovered="${target}"]:not(.no-highlight)`);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForSelector(`#inspect[data-node="${target}"]:not([hidden])`);
    await page.keyboard.press("Escape");
    await page.waitForSelector("#inspect", { state: "hidden" });

    const before = await page.evaluate(() => window.__chokepoint!.camera());
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width / 2 + 20 * i, box.y + box.height / 2 + 10 * i);
    expect(await page.locator("#graph.moving").count()).toBe(1);
    await page.mouse.up();
    // The render that ends the move (after sigma's inertia) brings the layers back.
    await page.waitForSelector("#graph:not(.moving)");
    const after = await page.evaluate(() => window.__chokepoint!.camera());
    expect(after.x).not.toBe(before.x);
    await page.close();
    expect(errors).toEqual([]);
  });
});
