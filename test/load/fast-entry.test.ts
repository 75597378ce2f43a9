// The loader's fast path (src/load/fast-entry.ts) must never accept what zod rejects, and must
// return exactly zod's output (same keys, same order, defaults filled in) for what it accepts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateNetwork, networkToSources } from "../../src/gen/index.ts";
import { fastEntry } from "../../src/load/fast-entry.ts";
import { loadDataset } from "../../src/load/index.ts";
import { EDGE_SCHEMAS } from "../../src/schema/edges.ts";
import { NODE_SCHEMAS } from "../../src/schema/nodes.ts";

/** Values valid for some field and invalid for others, and plain bad ones. */
const value = fc.constantFrom<unknown>(
  "cobalt-mined", "CN", "ZZ", "Cobalt", "", "a--b", "-a", 0, 1, 0.5, -0.1, 1.5, 2024, 1899, 2024.5, 12, true, false, null,
  [], {}, ["EU"], { citation: "USGS" }, "mining", "refining", "production", "A", "Z", "x".repeat(3),
);
const FIELDS = [
  "id", "label", "description", "from", "to", "share", "basis", "site", "low", "high", "substitutability", "dependence",
  "substitutionMonths", "ranges", "year", "unit", "note", "estimate", "grade", "source", "material", "stage", "strategic",
  "critical", "eolRir", "substitutionIndex", "stock", "aliases", "figures", "blocs", "governance", "partner", "weight",
] as const;
const entry = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 7 });
const CASES = [
  ...Object.entries(NODE_SCHEMAS).map(([kind, schema]) => ({ list: "nodes" as const, kind, schema })),
  ...Object.entries(EDGE_SCHEMAS).map(([kind, schema]) => ({ list: "edges" as const, kind, schema })),
];

describe("the loader's fast path", () => {
  it("accepts only what zod accepts, and returns zod's output key for key", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...CASES), entry, fc.boolean(), ({ list, kind, schema }, fields, typical) => {
        // Half the entries start from a valid one, so the fast path is exercised, not only refused.
        const base = list === "nodes" ? { id: "a-b", label: "A" } : { from: "a-b", to: "CN" };
        const raw: Record<string, unknown> = { kind, ...(typical ? base : {}), ...fields };
        const fast = fastEntry(list, kind, raw);
        if (fast === undefined) return;
        accepted++;
        const zod = (schema as { safeParse(x: unknown): { success: boolean; data?: unknown } }).safeParse(raw);
        expect(zod.success).toBe(true);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
      }),
      { numRuns: 20_000, seed: 16 },
    );
    expect(accepted).toBeGreaterThan(1000);
  });

  it("takes the generated network's entries (so the speed-up is real) and they load as before", () => {
    const network = generateNetwork({ nodes: 2000, seed: 3 });
    let fast = 0;
    let total = 0;
    for (const file of network.files) {
      for (const list of ["nodes", "edges"] as const) {
        for (const e of (file.data as unknown as Record<string, Record<string, unknown>[] | undefined>)[list] ?? []) {
          total++;
          if (fastEntry(list, e["kind"] as string, e) !== undefined) fast++;
        }
      }
    }
    // Countries (about 200) are left to zod on purpose.
    expect(fast).toBeGreaterThan(total - 300);
    expect(loadDataset(networkToSources(network)).ok).toBe(true);
  });

  it("reports a bad record in a large file with zod's message and its path", () => {
    const network = generateNetwork({ nodes: 20_000, seed: 5 });
    const sources = networkToSources(network);
    const big = sources.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const data = JSON.parse(big.text) as { edges: Record<string, unknown>[] };
    const at = data.edges.findIndex((e, i) => i > data.edges.length / 2 && e["kind"] === "supplies" && e["share"] !== undefined);
    data.edges[at]!["share"] = 1.7;
    data.edges[at + 1] = { ...data.edges[at + 1], kind: "input", substitutability: "high" };
    const bad = sources.map((s) => (s === big ? { path: s.path, text: JSON.stringify(data) } : s));
    const result = loadDataset(bad);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
    expect(issues).toContain(`${big.path} $.edges[${at}].share: a share must be between 0 and 1 (a fraction, not a percent)`);
    expect(issues.some((m) => m.startsWith(`${big.path} $.edges[${at + 1}].substitutability: `))).toBe(true);
  });

  it("leaves fields named like Object.prototype's members to zod, which reports them", () => {
    // JSON.parse makes own "__proto__" and "constructor" keys; the checks must not find Object's members.
    for (const key of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      const entry = JSON.parse(`{"kind":"company","id":"a-b","label":"A","${key}":1}`) as Record<string, unknown>;
      expect(fastEntry("nodes", "company", entry)).toBeUndefined();
      const result = loadDataset([{ path: "a.json", text: `{"nodes":[${JSON.stringify(entry)}]}` }]);
      expect(result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([`$.nodes[0]: unknown field '${key}'`]);
    }
  });

  it("returns the entry itself when its keys stand in the schema's order, else zod's ordered copy", () => {
    const inOrder = { kind: "supplies", from: "a-b", to: "c-d", share: 0.5 };
    expect(fastEntry("edges", "supplies", inOrder)).toBe(inOrder);
    const reordered = { share: 0.5, kind: "supplies", to: "c-d", from: "a-b" };
    const copy = fastEntry("edges", "supplies", reordered);
    expect(copy).not.toBe(reordered);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(EDGE_SCHEMAS.supplies.parse(reordered)));
    // A missing default (input's substitutability) is filled in on a copy.
    const input = { kind: "input", from: "a-b", to: "c-d" };
    expect(fastEntry("edges", "input", input)).toEqual({ kind: "input", from: "a-b", to: "c-d", substitutability: 0 });
    expect(input).not.toHaveProperty("substitutability");
  });
});
