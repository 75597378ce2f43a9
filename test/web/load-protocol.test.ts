// The load worker's results travel as JSON text (load-protocol.ts): what the page decodes must be
// what the worker computed, including maps and their order, every number equal (===; JSON writes
// -0 as 0); a number JSON cannot write (NaN, Infinity) sends the value itself instead.
import { describe, expect, it } from "vitest";
import { bundledGraph } from "./harness.ts";
import { flowLayout } from "../../src/web/layouts/flow.ts";
import { decode, decodeAnalysis, encode, encodeAnalysis, encodePositions, RANKING_BLOCK } from "../../src/web/load-protocol.ts";
import { analyseForView } from "../../src/web/session.ts";

describe("load protocol", () => {
  it("round-trips the bundled data's analysis and flow layout through JSON text", async () => {
    const graph = await bundledGraph();
    const analysis = analyseForView(graph);
    const encoded = encodeAnalysis(analysis);
    expect("json" in encoded.centrality && encoded.ranking.every((block) => "json" in block)).toBe(true);
    // 92 ranked nodes: one block; the blocks are joined in order.
    expect(encoded.ranking.length).toBe(Math.ceil(analysis.ranking.length / RANKING_BLOCK));
    const steps = decodeAnalysis(structuredClone(encoded));
    let step = steps.next();
    while (!step.done) step = steps.next();
    const back = step.value;
    expect(back).toEqual(analysis);
    expect([...back.centrality.keys()]).toEqual([...analysis.centrality.keys()]);
    expect(back.ranking.map((e) => e.node)).toEqual(analysis.ranking.map((e) => e.node));
    const flow = flowLayout(graph);
    const positions = new Map(decode(encodePositions(flow)));
    // -0 (a layer at y = 0 centred by negation) arrives as 0: the same place.
    const zeroed = [...flow].map(([id, p]) => [id, { x: p.x === 0 ? 0 : p.x, y: p.y === 0 ? 0 : p.y }]);
    expect([...positions]).toEqual(zeroed);
  });

  it("sends a value holding NaN or Infinity as itself, not as JSON's null", () => {
    const value = { a: Number.NaN, b: [1, Number.POSITIVE_INFINITY] };
    const encoded = encode(value);
    expect("json" in encoded).toBe(false);
    const back = decode(structuredClone(encoded));
    expect(Number.isNaN(back.a)).toBe(true);
    expect(back.b[1]).toBe(Number.POSITIVE_INFINITY);
    expect(decode(encode({ a: 1 }))).toEqual({ a: 1 });
  });
});

describe("load protocol, ranking blocks", () => {
  it("splits a long ranking into blocks and joins them back in order", async () => {
    const graph = await bundledGraph();
    const analysis = analyseForView(graph);
    // The bundled ranking repeated past two blocks, renumbered: the order is what is checked.
    const ranking = Array.from({ length: 2 * RANKING_BLOCK + 7 }, (_, i) => ({ ...analysis.ranking[i % analysis.ranking.length]!, rank: i + 1 }));
    const encoded = encodeAnalysis({ ...analysis, ranking });
    expect(encoded.ranking.length).toBe(3);
    const steps = decodeAnalysis(encoded);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) [pauses, step] = [pauses + 1, steps.next()];
    expect(pauses).toBe(3);
    expect(step.value.ranking.map((e) => e.rank)).toEqual(ranking.map((e) => e.rank));
  });
});

