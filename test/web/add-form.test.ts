// Issue 15 part 9: the Add form creates a node and an edge, decided and validated as `chokepoint
// add` decides it, shows them in the graph and the panels at once, and downloads the changed data
// file. Expected files, lines and messages come from the shared src/io functions and the loader,
// run here in node on the bundled files.
import { readdir, readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultFileOf, refusal } from "../../src/io/add-plan.ts";
import { insertEntry } from "../../src/io/json-insert.ts";
import { formatIssue } from "../../src/load/issues.ts";
import { isDataFileName, loadDataset } from "../../src/load/load-dataset.ts";
import { buildGraph } from "../../src/model/graph.ts";
import { addFields } from "../../src/web/add-fields.ts";
import { HAS_CHROMIUM, openPage, screenshot, startApp, type App } from "./harness.ts";

async function bundledFiles(): Promise<{ path: string; text: string }[]> {
  const paths = (await readdir("data", { recursive: true })).map((p) => `data/${p.replaceAll("\\", "/")}`).filter(isDataFileName).sort();
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(path, "utf8") })));
}

async function fill(page: Page, what: "node" | "edge", kind: string, values: Record<string, string>): Promise<void> {
  await page.locator("#add-what").selectOption(what);
  await page.locator("#add-kind").selectOption(kind);
  for (const [name, value] of Object.entries(values)) {
    const control = page.locator(`#add-form [data-field="${name}"]`);
    if ((await control.evaluate((e) => e.tagName)) === "SELECT") await control.selectOption(value);
    else await control.fill(value);
  }
  await page.locator("#add-submit").click();
}

describe("the Add form's fields come from the zod schemas", () => {
  it("differ by kind: a country has blocs and governance, a supplies edge share and basis", () => {
    const country = addFields("node", "country").map((f) => f.name);
    expect(country.slice(0, 2)).toEqual(["id", "label"]);
    expect(country).toEqual(expect.arrayContaining(["blocs", "governance.wgi", "partner", "source.citation", "grade"]));
    expect(country).not.toContain("stage");
    const supplies = addFields("edge", "supplies");
    expect(supplies.slice(0, 2).map((f) => f.name)).toEqual(["from", "to"]);
    expect(supplies.find((f) => f.name === "basis")?.options).toContain("mine-production");
    expect(supplies.find((f) => f.name === "share")?.type).toBe("number");
    expect(addFields("edge", "located_in").map((f) => f.name)).not.toContain("share");
  });
});

describe.skipIf(!HAS_CHROMIUM)("the Add form in Chromium", () => {
  let app: App;
  let files: { path: string; text: string }[];
  beforeAll(async () => {
    files = await bundledFiles();
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("adds a company and its supply: in the graph, search and inspector at once; downloads the changed file", async () => {
    const { page, errors } = await openPage(app);
    const order = Number(await page.evaluate(() => document.body.dataset["nodeCount"]));
    await page.locator("#add-panel summary").click();
    await fill(page, "node", "company", { id: "test-recycler", label: "Test Recycler" });
    await page.waitForFunction((n) => document.body.dataset["nodeCount"] === String(n), order + 1);
    await page.waitForSelector('#inspect[data-node="test-recycler"]');

    // What `chokepoint add node --kind company --id test-recycler --label 'Test Recycler'` would do.
    const loaded = loadDataset(files);
    if (!loaded.ok) throw new Error("bundled data must load");
    const node = { kind: "company", id: "test-recycler", label: "Test Recycler" };
    const target = defaultFileOf("node", node, loaded.dataset)!;
    const expected = insertEntry(files.find((f) => f.path === target)!.text, "nodes", node);
    const [a, b] = expected.lines;
    expect(await page.locator("#add-report li").first().textContent()).toBe(`added node 'test-recycler' to ${target} (line ${a}${b > a ? `-${b}` : ""})`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#add-download").click()]);
    expect(download.suggestedFilename()).toBe(target.replace(/^.*\//, ""));
    const saved = await readFile(await download.path(), "utf8");
    expect(saved).toBe(expected.text);

    // The edge, into the file of its `to` node; the inspector of cobalt-refined lists the new supplier.
    await fill(page, "edge", "supplies", { from: "test-recycler", to: "cobalt-refined", share: "0.01", year: "2024", "source.citation": "Test fixture", grade: "U" });
    await page.waitForSelector('#add-report[data-state="ok"] li:has-text("edge test-recycler -> cobalt-refined")');
    await page.waitForSelector('#inspect[data-node="cobalt-refined"]');
    expect(await page.locator("#inspect").textContent()).toContain("Test Recycler");
    await screenshot(page, "26-add-form");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("refuses what chokepoint add refuses, with its messages, and changes nothing", async () => {
    const { page, errors } = await openPage(app);
    const order = Number(await page.evaluate(() => document.body.dataset["nodeCount"]));
    await page.locator("#add-panel summary").click();
    const loaded = loadDataset(files);
    if (!loaded.ok) throw new Error("bundled data must load");
    const graph = buildGraph(loaded.dataset);

    await fill(page, "node", "country", { id: "CN", label: "China again" });
    await page.waitForSelector('#add-report[data-state="error"]');
    const duplicate = refusal("node", { kind: "country", id: "CN", label: "China again" }, { graph, dataset: loaded.dataset })!;
    expect(await page.locator("#add-report li").allTextContents()).toEqual([`refusing to add: ${duplicate}`, "nothing was added"]);

    await fill(page, "edge", "supplies", { from: "CN", to: "cobalt-refind" });
    await page.waitForFunction(() => document.querySelector("#add-report li")?.textContent?.includes("cobalt-refind"));
    expect(await page.locator("#add-report li").first().textContent()).toContain("did you mean 'cobalt-refined'");

    // A share over 1 passes the refusals and fails the schema: the loader's message for the changed file.
    const edge = { kind: "supplies", from: "CD", to: "tungsten-mined", share: 1.5 };
    const target = defaultFileOf("edge", edge, loaded.dataset)!;
    const changed = files.map((f) => (f.path === target ? { path: f.path, text: insertEntry(f.text, "edges", edge).text } : f));
    const result = loadDataset(changed);
    expect(result.ok).toBe(false);
    await fill(page, "edge", "supplies", { from: "CD", to: "tungsten-mined", share: "1.5" });
    await page.waitForFunction(() => document.querySelector("#add-report li")?.textContent?.includes("share"));
    expect(await page.locator("#add-report li").allTextContents()).toEqual([...(result.ok ? [] : result.issues.map(formatIssue)), "nothing was added"]);

    expect(Number(await page.evaluate(() => document.body.dataset["nodeCount"]))).toBe(order);
    await page.close();
    expect(errors).toEqual([]);
  });
});
