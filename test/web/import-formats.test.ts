// Issue 15 part 8: the view opens GEXF, GraphML and a nodes + edges CSV pair through the same
// adapters as `chokepoint import`, validated by the same loader with the same messages; a broken
// file gets the CLI's "cannot import" message. Expected messages are computed here in node from the
// adapters and the loader on the same text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCsv, exportGexf, exportGraphml, FormatError, importGexf } from "../../src/io/index.ts";
import { importFiles } from "../../src/io/import-files.ts";
import { formatIssue } from "../../src/load/issues.ts";
import { loadDataset } from "../../src/load/load-dataset.ts";
import type { Edge } from "../../src/schema/edges.ts";
import type { Node } from "../../src/schema/nodes.ts";
import { HAS_CHROMIUM, openPage, screenshot, startApp, type App } from "./harness.ts";

// Self-contained: a graph format carries no edge to a node outside the file.
const nodes = [
  { kind: "company", id: "test-smelter", label: "Test Smelter" },
  { kind: "material", id: "testium-mined", label: "Testium (mined)", material: "testium", stage: "mining" },
] as Node[];
const edges = [
  { kind: "supplies", from: "test-smelter", to: "testium-mined", share: 0.5, year: 2024, source: { citation: "Test fixture" }, grade: "U" },
] as Edge[];

const upload = (name: string, text: string) => ({ name, mimeType: "application/octet-stream", buffer: Buffer.from(text, "utf8") });

describe("import adapters shared with the CLI", () => {
  it("turns GEXF, GraphML and CSV into the same two nodes and edges; refuses unknown names", () => {
    const csv = exportCsv({ nodes, edges });
    for (const files of [
      [{ name: "g.gexf", text: exportGexf({ nodes, edges }) }],
      [{ name: "g.graphml", text: exportGraphml({ nodes, edges }) }],
      [{ name: "nodes.csv", text: csv.nodes }, { name: "edges.csv", text: csv.edges }],
    ]) {
      const out = importFiles(files);
      if (!out.ok) throw new Error(JSON.stringify(out.problems));
      expect(out.files).toHaveLength(1);
      const data = JSON.parse(out.files[0]!.text) as { nodes: unknown[]; edges: unknown[] };
      expect(data.nodes).toEqual(nodes);
      expect(data.edges).toEqual(edges);
    }
    const bad = importFiles([{ name: "notes.txt", text: "x" }, { name: "table.csv", text: "id\n" }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.file)).toEqual(["notes.txt", "table.csv"]);
  });

  it("reports a loader issue's code for duplicates, not only its message", () => {
    const text = JSON.stringify({ nodes: [nodes[0], nodes[0]], edges: [] });
    const result = loadDataset([{ path: "d.json", text }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(["duplicate-id"]);
  });
});

describe.skipIf(!HAS_CHROMIUM)("opening GEXF, GraphML and CSV in the view", () => {
  let app: App;
  let order: number;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const [format, make] of [
    ["GEXF", () => [upload("firms.gexf", exportGexf({ nodes, edges }))]],
    ["GraphML", () => [upload("firms.graphml", exportGraphml({ nodes, edges }))]],
    ["CSV", () => [upload("nodes.csv", exportCsv({ nodes, edges }).nodes), upload("edges.csv", exportCsv({ nodes, edges }).edges)]],
  ] as const) {
    it(`adds a ${format} file on top of the bundled data`, async () => {
      const { page, errors } = await openPage(app);
      order = Number(await page.evaluate(() => document.body.dataset["nodeCount"]));
      await page.locator("#data-input").setInputFiles(make());
      await page.waitForFunction((n) => document.body.dataset["nodeCount"] === String(n), order + 2);
      expect(await page.locator("#data-report").getAttribute("data-state")).toBe("ok");
      expect(await page.locator("#data-report").textContent()).toContain("+2 nodes");
      await page.keyboard.press("/");
      await page.keyboard.type("test smelter");
      await page.locator('#search [role=option][data-node="test-smelter"]').click();
      await page.waitForSelector('#inspect[data-node="test-smelter"]');
      if (format === "GEXF") await screenshot(page, "23-gexf-opened");
      await page.close();
      expect(errors).toEqual([]);
    });
  }

  it("shows the CLI's messages: a broken GEXF, and the loader's problems in an imported file", async () => {
    const { page, errors } = await openPage(app);
    const broken = "<gexf><graph>";
    let expected = "";
    try {
      importGexf(broken);
    } catch (error) {
      expected = `broken.gexf $: cannot import: ${(error as FormatError).message}`;
    }
    expect(expected).toContain("GEXF");
    // An edge to a node that does not exist, in GraphML.
    const dangling = exportGraphml({ nodes, edges: [{ ...edges[0]!, share: 1.5 } as Edge] });
    await page.locator("#data-input").setInputFiles([upload("broken.gexf", broken)]);
    await page.waitForSelector('#data-report[data-state="error"]');
    expect(await page.locator("#data-report li").allTextContents()).toEqual([expected]);

    const converted = importFiles([{ name: "dangling.graphml", text: dangling }]);
    if (!converted.ok) throw new Error("the GraphML must convert");
    const loaded = loadDataset([{ path: converted.files[0]!.path, text: converted.files[0]!.text }, ...[]]);
    // A share over 1: alone it fails, and on top of the bundled data the same message comes.
    expect(loaded.ok).toBe(false);
    const message = loaded.ok ? "" : formatIssue(loaded.issues[0]!);
    expect(message).toMatch(/^dangling\.graphml\.json:\d+:\d+ \$\.edges\[0\]\.share: /);
    await page.locator("#data-input").setInputFiles([upload("dangling.graphml", dangling)]);
    await page.waitForFunction(() => document.querySelector("#data-report li")?.textContent?.includes("dangling.graphml.json:"));
    expect(await page.locator("#data-report li").allTextContents()).toContain(message);
    await screenshot(page, "24-import-problems");
    await page.close();
    expect(errors).toEqual([]);
  });
});
