import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { DataFile, type Edge, type Node } from "../../src/schema/index.ts";
import { JSON_SCHEMA_FILE, jsonSchemaText } from "../../src/schema/json-schema.ts";

describe("data/chokepoint.schema.json", () => {
  it("is the JSON Schema generated from the zod schemas (run `npm run schema` when this fails)", () => {
    expect(readFileSync(new URL(`../../data/${JSON_SCHEMA_FILE}`, import.meta.url), "utf8")).toBe(jsonSchemaText());
  });
});

describe("schemas", () => {
  it("fill defaults: a country's blocs and an input's substitutability", () => {
    const parsed = DataFile.parse({
      nodes: [{ kind: "country", id: "NL", label: "Netherlands" }],
      edges: [{ kind: "input", from: "euv-scanner", to: "advanced-logic" }],
    });
    expect(parsed.nodes[0]).toEqual({ kind: "country", id: "NL", label: "Netherlands", blocs: [] });
    expect(parsed.edges[0]).toEqual({ kind: "input", from: "euv-scanner", to: "advanced-logic", substitutability: 0 });
  });

  it("types come from z.infer: a share exists only on supplies edges", () => {
    expectTypeOf<Extract<Edge, { kind: "supplies" }>["share"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Extract<Node, { kind: "country" }>["blocs"]>().toEqualTypeOf<string[]>();
    // @ts-expect-error an input edge has no share
    const noShare: Extract<Edge, { kind: "input" }>["share"] = 1;
    void noShare;
  });

  it("rejects a javascript: URL as a source", () => {
    const result = DataFile.safeParse({
      nodes: [{ kind: "sector", id: "x", label: "X", source: { citation: "c", url: "javascript:alert(1)" } }],
    });
    expect(result.success).toBe(false);
  });
});
