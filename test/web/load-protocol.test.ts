// The load worker's results travel as JSON text (load-protocol.ts): what the page decodes must be
// what the worker computed, including maps and their order, every number equal (===; JSON writes
// -0 as 0); a number JSON cannot write (NaN, Infinity) sends the value itself instead.
import { describe, expect, it } from "vitest";
import { bundledGraph } from "./harness.ts";
import { flowLayout } from "../../src/web/layouts/flow.ts";
import { decode, decodeAnalysis, encode, encodeAnalysis, encodePositions } from "../../src/web/load-protocol.ts";
import { analyseForView } from "../../src/web/session.ts";

describe("load protocol", () => {
  it("round-trips the bundled data's analysis and flow layout through JSON text", async () => {
    const graph = await bundledGraph();
    const analysis = analyseForView(graph);
    const encoded = encodeAnalysis(analysis);
    expect("json" in encoded).toBe(true);
    const back = decodeAnalysis(structuredClone(encoded));
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
