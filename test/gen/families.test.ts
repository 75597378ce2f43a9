// The bench's graph families: seeded, simple (no self-loop, no repeated arc), the sizes asked for,
// and the structure each is named after.
import { describe, expect, it } from "vitest";
import { barabasiAlbert, erdosRenyi, FAMILIES, generateFamily, supplyChain } from "../../src/gen/families.ts";

const simple = (arcs: { order: number; from: Int32Array; to: Int32Array }) => {
  const seen = new Set<number>();
  for (let i = 0; i < arcs.from.length; i++) {
    const u = arcs.from[i]!;
    const v = arcs.to[i]!;
    if (u === v || u < 0 || v < 0 || u >= arcs.order || v >= arcs.order) return false;
    const key = u * arcs.order + v;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
};

describe("graph families", () => {
  it.each(FAMILIES)("%s: the same seed gives the same arcs, another seed others; no loops or repeats", (family) => {
    const a = generateFamily(family, 2000, 7);
    const b = generateFamily(family, 2000, 7);
    const c = generateFamily(family, 2000, 8);
    expect(a.from).toEqual(b.from);
    expect(a.to).toEqual(b.to);
    expect(a.to).not.toEqual(c.to);
    expect(simple(a)).toBe(true);
  });

  it("Erdos-Renyi has exactly 5n arcs", () => {
    expect(erdosRenyi(3000).from.length).toBe(15_000);
  });

  it("Barabasi-Albert: 5 links per node after the core (15 in the 6-clique, 5 x (n - 6) after)", () => {
    const arcs = barabasiAlbert(1000);
    expect(arcs.from.length).toBe(15 + 5 * 994);
    // Heavy tail: the best-linked node has far more than the mean degree of 10.
    const degree = new Int32Array(1000);
    for (let i = 0; i < arcs.from.length; i++) degree[arcs.from[i]!]!++, degree[arcs.to[i]!]!++;
    expect(Math.max(...degree)).toBeGreaterThan(50);
  });

  it("supply chain: 5n arcs, about 3% pointing back to an earlier tier, hubs with thousands of dependents", () => {
    const n = 20_000;
    const arcs = supplyChain(n);
    expect(arcs.from.length).toBe(5 * n);
    // Tiers are contiguous index ranges growing along the chain, so a feedback arc goes to a lower index.
    let back = 0;
    for (let i = 0; i < arcs.from.length; i++) if (arcs.to[i]! < arcs.from[i]!) back++;
    expect(back / arcs.from.length).toBeGreaterThan(0.02);
    expect(back / arcs.from.length).toBeLessThan(0.04);
    const out = new Int32Array(n);
    for (let i = 0; i < arcs.from.length; i++) out[arcs.from[i]!]!++;
    expect(Math.max(...out)).toBeGreaterThan(1000);
  });
});
