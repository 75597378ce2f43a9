// Random mutations of the bundled data files fed to the pure loader: it never throws, never
// hangs, and never accepts a file that breaks a schema rule or repeats a key. The oracle is
// independent of the loader: the DataFile zod schema on JSON.parse's value, and a key check on a
// fresh tokenizer below. Short by default; CHOKEPOINT_PROPERTY_RUNS=10000 for a long run.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/load/index.ts";
import { DataFile } from "../../src/schema/dataset.ts";

const DATA = join(import.meta.dirname, "../../data");
const FILES = readdirSync(DATA)
  .filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json"))
  .map((n) => ({ path: `data/${n}`, text: readFileSync(join(DATA, n), "utf8") }));
const RUNS = Number(process.env["CHOKEPOINT_PROPERTY_RUNS"] ?? 150);

type Json = unknown;
const HUGE = [1e308, -1e308, 1e400, 2 ** 53 + 1, -0, 1e-320, 123456789012345678901234567890];

/** One mutation of a parsed file, applied at a random place in it; returns text (may be invalid JSON). */
const mutation = fc.record({
  op: fc.constantFrom("delete", "duplicate", "swap", "unicode", "truncate", "deep", "huge", "rename"),
  pick: fc.nat(),
  depth: fc.integer({ min: 1, max: 20_000 }),
  text: fc.string({ unit: "grapheme", maxLength: 8 }),
  cut: fc.double({ min: 0, max: 1, noNaN: true }),
});

function containers(value: Json): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (!Array.isArray(v)) out.push(v as Record<string, unknown>);
    stack.push(...Object.values(v as object));
  }
  return out;
}

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  if (m.op === "truncate") return text.slice(0, Math.floor(text.length * m.cut));
  const root = JSON.parse(text) as Json;
  const objects = containers(root);
  const target = objects[m.pick % objects.length]!;
  const keys = Object.keys(target);
  const key = keys[m.pick % Math.max(1, keys.length)] ?? "kind";
  const swaps: Json[] = [null, 1, "x", true, [], {}, [1], { a: 1 }];
  switch (m.op) {
    case "delete":
      delete target[key];
      return JSON.stringify(root, null, 1);
    case "duplicate": {
      // A repeated key, spliced into the text: JSON.stringify cannot write one.
      const marker = "__dup_marker__";
      target[marker] = 0;
      const first = JSON.stringify(target[key] ?? null);
      return JSON.stringify(root, null, 1).replace(`"${marker}": 0`, `${JSON.stringify(key)}: ${first}`);
    }
    case "swap":
      target[key] = swaps[m.pick % swaps.length];
      return JSON.stringify(root, null, 1);
    case "unicode":
      target[key] = typeof target[key] === "string" ? `${target[key] as string}${m.text}` : m.text;
      return JSON.stringify(root, null, 1);
    case "rename":
      target[`${key}${m.text}`] = target[key];
      delete target[key];
      return JSON.stringify(root, null, 1);
    case "huge":
      return JSON.stringify(root, null, 1).replace(/(\d+(\.\d+)?)/, String(HUGE[m.pick % HUGE.length]));
    case "deep":
    default: {
      target[key] = "__deep__";
      return JSON.stringify(root).replace('"__deep__"', `${"[".repeat(m.depth)}${"]".repeat(m.depth)}`);
    }
  }
}

/** Independent duplicate-key check: a small tokenizer with one key set per open object. */
function repeatsAKey(text: string): boolean {
  const sets: (Set<string> | null)[] = [];
  const re = /"(?:[^"\\]|\\.)*"|[{}[\]:]/g;
  let last: string | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    if (t === "{") sets.push(new Set());
    else if (t === "[") sets.push(null);
    else if (t === "}" || t === "]") sets.pop();
    else if (t === ":" && last !== undefined) {
      const set = sets[sets.length - 1];
      const key = JSON.parse(last) as string;
      if (set?.has(key)) return true;
      set?.add(key);
    }
    last = t.startsWith('"') ? t : undefined;
  }
  return false;
}

describe("the loader under random mutations of the bundled files", () => {
  it(`never throws, never accepts a schema break or a repeated key (${RUNS} runs)`, () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.nat({ max: FILES.length - 1 }), mutation, (f, m) => {
        const file = FILES[f]!;
        const text = mutate(file.text, m);
        const others = FILES.filter((o) => o !== file);
        const result = loadDataset([...others, { path: file.path, text }]);
        checked++;
        if (!result.ok) {
          for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
          return;
        }
        let parsed: unknown;
        expect(() => (parsed = JSON.parse(text.replace(/^\uFEFF/, "")))).not.toThrow();
        expect(DataFile.safeParse(parsed).success).toBe(true);
        expect(repeatsAKey(text)).toBe(false);
      }),
      { numRuns: RUNS, seed: process.env["CHOKEPOINT_PROPERTY_SEED"] ? Number(process.env["CHOKEPOINT_PROPERTY_SEED"]) : undefined },
    );
    expect(checked).toBeGreaterThanOrEqual(RUNS);
  }, 600_000);
});
