// The merge's id table (id-table.ts) answers as a Map of the same ids: every id's position, and
// undefined for ids not in it (prefixes, other cases, near misses).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdTable } from "../../src/load/id-table.ts";

describe("IdTable", () => {
  it("finds each id's position and nothing else, as a Map does", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), (ids, others) => {
        const table = new IdTable(ids);
        const map = new Map(ids.map((id, v) => [id, v]));
        for (const id of [...ids, ...others]) expect(table.get(id)).toBe(map.get(id));
      }),
      { numRuns: 500, seed: 16 },
    );
  });

  it("tells apart generated-style ids that differ in one character", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `g-company-${String(i).padStart(7, "0")}`);
    const table = new IdTable(ids);
    expect(ids.every((id, v) => table.get(id) === v)).toBe(true);
    expect(table.get("g-company-0020000")).toBeUndefined();
    expect(table.get("g-company-000001")).toBeUndefined();
    expect(table.get("")).toBeUndefined();
  });
});
