// Hostile files through "Open data..." (issue 11): every problem is listed, the graph is unchanged,
// no dialog opens, nothing reaches the console, and the page still answers. A file with an id
// named `constructor` and a byte-order mark is valid and loads (the view hung at "Loading...").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledGraph, HAS_CHROMIUM, openPage, startApp, type App } from "./harness.ts";

const bytes = (name: string, buffer: Buffer) => ({ name, mimeType: "application/json", buffer });
const text = (name: string, content: string) => bytes(name, Buffer.from(content));
const deep = 20_000;

const HOSTILE = [
  text("deep.json", `{"nodes": [{"kind": "company", "id": "deep", "label": ${"[".repeat(deep)}${"]".repeat(deep)}}]}`),
  text("dup.json", '{\n  "nodes": [],\n  "edges": [{"kind": "input", "from": "a", "to": "b"}],\n  "edges": []\n}\n'),
  bytes("utf8.json", Buffer.concat([Buffer.from('{"nodes": [{"kind": "company", "id": "u", "label": "'), Buffer.from([0xff]), Buffer.from('"}]}')])),
  text(
    "labels.json",
    JSON.stringify({
      nodes: [
        { kind: "company", id: "markup", label: "<img src=x onerror=alert(1)>\u001b[31m\u0007", source: { citation: "x", url: "javascript:alert(1)" } },
      ],
    }),
  ),
];

describe.skipIf(!HAS_CHROMIUM)("hostile files in the explorer", () => {
  let app: App;
  let order: number;
  beforeAll(async () => {
    const bundled = await bundledGraph();
    order = bundled.order;
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("lists every problem, changes nothing, no dialog, no console error, still responsive", async () => {
    const { page, errors } = await openPage(app);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.locator("#data-input").setInputFiles(HOSTILE);
    await page.waitForSelector("#data-report[data-state='error']", { timeout: 60_000 });
    const items = await page.locator("#data-report li").allTextContents();
    // A file that cannot be decoded stops the set before loading: its error alone is listed first.
    expect(items).toHaveLength(1);
    expect(items.find((t) => t.startsWith("utf8.json"))).toMatch(/not valid UTF-8: byte 0xff at byte offset 52 \(line 1\)/);
    await page.locator("#data-input").setInputFiles(HOSTILE.filter((f) => f.name !== "utf8.json"));
    // The first report (utf8.json alone) also says "problem": wait for the second set's report, not that one.
    await page.waitForFunction(
      () => [...document.querySelectorAll("#data-report li")].some((li) => li.textContent?.startsWith("deep.json")),
      undefined,
      { timeout: 60_000 },
    );
    const all = await page.locator("#data-report li").allTextContents();
    expect(all.some((t) => /^deep\.json:1:55 \$\.nodes\[0\]\.label/.test(t))).toBe(true);
    expect(all.some((t) => t.startsWith("dup.json:4:3 $.edges: duplicate key 'edges' at 4:3, first at 3:3"))).toBe(true);
    expect(all.some((t) => t.startsWith("labels.json") && t.includes("$.nodes[0].source.url: must be an http(s) URL"))).toBe(true);
    expect(Number(await page.evaluate(() => document.body.dataset["nodeCount"]))).toBe(order);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("a valid file with a BOM and a `constructor` id loads", async () => {
    const { page, errors } = await openPage(app);
    const data = {
      nodes: [{ kind: "component", id: "constructor", label: "Constructor part" }],
      edges: [{ kind: "supplies", from: "CN", to: "constructor", share: 0.5 }],
    };
    await page.locator("#data-input").setInputFiles(bytes("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(data))])));
    await page.waitForSelector("#data-report[data-state='ok']", { timeout: 60_000 });
    expect(Number(await page.evaluate(() => document.body.dataset["nodeCount"]))).toBe(order + 1);
    await page.close();
    expect(errors).toEqual([]);
  });
});
