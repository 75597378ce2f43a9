// GEXF with the explorer's layout, colours, sizes and metrics: Gephi reads viz and attributes,
// and importing it back gives the data alone.
import { describe, expect, it } from "vitest";
import { exportGexfWithView, type GexfNodeView } from "../../src/io/gexf-view.ts";
import { importGexf } from "../../src/io/index.ts";
import { parseXml } from "../../src/io/xml.ts";
import { comparable, loadDraft, loadFixture } from "./helpers.ts";

/** xmldom's node lists are not iterable: copy one into an array. */
const all = (root: { getElementsByTagName(tag: string): { length: number; item(i: number): Element | null } }, tag: string) => {
  const list = root.getElementsByTagName(tag);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
};

describe("exportGexfWithView", () => {
  it("writes viz position, colour, size and share-based thickness, and metrics as attributes; import drops them", async () => {
    const dataset = await loadFixture("mini");
    const view = new Map<string, GexfNodeView>(
      dataset.nodes.map((n, i) => [n.id, { x: i * 10, y: -i, size: 3 + i, color: "#0072b2", metrics: { pagerank: i / 100, availability: 0.25 } }]),
    );
    const text = exportGexfWithView(dataset, view);
    const doc = parseXml(text, "GEXF", "gexf") as unknown as Document;
    const first = dataset.nodes[1]!;
    const node = all(doc, "node").find((n) => n.getAttribute("id") === first.id)!;
    const position = all(node, "viz:position")[0]!;
    expect([position.getAttribute("x"), position.getAttribute("y")]).toEqual(["10", "-1"]);
    expect(all(node, "viz:size")[0]!.getAttribute("value")).toBe("4");
    const color = all(node, "viz:color")[0]!;
    expect(color.getAttribute("hex")).toBe("#0072b2"); // GEXF 1.3 writes colours as hex
    const titles = all(doc, "attribute").map((a) => a.getAttribute("title"));
    expect(titles).toContain("metric.pagerank");
    expect(titles).toContain("metric.availability");
    // CN -> cobalt-refined has share 0.74: thickness 1 + 4 x 0.74 = 3.96.
    const edge = all(doc, "edge").find((e) => e.getAttribute("source") === "CN" && e.getAttribute("target") === "cobalt-refined")!;
    expect(Number(all(edge, "viz:thickness")[0]!.getAttribute("value"))).toBeCloseTo(3.96, 12);
    expect(comparable(loadDraft(importGexf(text)))).toEqual(comparable(dataset));
  });
});
