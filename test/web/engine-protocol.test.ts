// The engine worker's results travel with every node's availability packed into one transferred
// Float64Array (engine-protocol.ts): unpacked, they are the engine's results, map order included.
import { describe, expect, it } from "vitest";
import { runScenario, runTimeline, SCENARIO_PRESETS } from "../../src/engine/index.ts";
import { BAND_BLOCK, decodeIntervals, encodeIntervals, pack, packAvailability, unpack, unpackAvailability } from "../../src/web/engine-protocol.ts";
import { bundledGraph } from "./harness.ts";

describe("engine protocol", () => {
  it("packs and unpacks a scenario's steady state and its months as the engine gives them", async () => {
    const graph = await bundledGraph();
    const preset = Object.values(SCENARIO_PRESETS)[0]!;
    const steady = runScenario(graph, preset.cuts);
    const months = runTimeline(graph, preset.cuts.map((c) => ({ ...c, duration: 3, recoveryMonths: 2 })), { months: 12 });
    for (const result of [steady, months] as const) {
      const { packed, transfer } = pack(result);
      expect(transfer).toHaveLength(1);
      // What postMessage does with a transfer list: the buffer moves, the rest is cloned.
      const back = unpack(structuredClone(packed, { transfer }));
      expect(back).toEqual(result);
      expect([...back.availability.keys()]).toEqual([...result.availability.keys()]);
    }
    expect(packAvailability(months.availability)!.months).toBe(12);
  });

  it("sends a map it cannot pack (months of unequal length) as it is", () => {
    const uneven = new Map([["a", [1, 0.5]], ["b", [1]]]);
    expect(packAvailability(uneven)).toBeUndefined();
    const { packed, transfer } = pack({ availability: uneven, months: 2 });
    expect(transfer).toEqual([]);
    expect(unpack(packed).availability).toBe(uneven);
    const single = new Map([["x", 0.25], ["y", 1]]);
    expect([...unpackAvailability(packAvailability(single)!)]).toEqual([...single]);
  });
});

describe("engine protocol, band intervals", () => {
  it("sends intervals in blocks of keys and joins them back in order", () => {
    const intervals = Object.fromEntries(Array.from({ length: 2 * BAND_BLOCK + 3 }, (_, i) => [`n${i}`, { point: i / 4, p5: i / 10, median: i / 5, p95: i / 2, mean: i / 3 }]));
    const blocks = encodeIntervals(intervals);
    expect(blocks).toHaveLength(3);
    const steps = decodeIntervals(structuredClone(blocks));
    let pauses = 0;
    let step = steps.next();
    while (!step.done) [pauses, step] = [pauses + 1, steps.next()];
    expect(pauses).toBe(3);
    expect(step.value).toEqual(intervals);
    expect(Object.keys(step.value)).toEqual(Object.keys(intervals));
  });
});

