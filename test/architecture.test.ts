// Keeps the one-way data flow visible in the folders: data -> schema -> load -> model -> engine ->
// (report -> cli) | web | io. Each rule names the layers a folder may import from.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../src");

/** For each top folder of src/: the other src folders it may import from. */
const ALLOWED: Record<string, string[]> = {
  schema: [],
  load: ["schema"],
  model: ["schema"],
  engine: ["model", "schema"],
  report: ["engine", "model", "schema"],
  io: ["model", "schema", "load"],
  node: ["load", "model", "schema", "engine", "io", "report"],
  cli: ["node", "load", "model", "schema", "engine", "io", "report"],
  web: ["load", "model", "schema", "engine", "io"],
  ".": ["engine", "load", "model", "schema", "node", "io", "report"],
  gen: ["schema"],
  bench: ["gen", "node", "load", "model", "schema", "engine", "io", "report"],
};

/** Packages only some layers may use. */
const PACKAGE_RULES: { pattern: RegExp; allowed: string[] }[] = [
  { pattern: /^node:/, allowed: ["node", "cli", "bench"] },
  { pattern: /^zod$/, allowed: ["schema", "load"] },
  { pattern: /^sigma/, allowed: ["web"] },
  { pattern: /^vite$/, allowed: ["node", "bench"] },
  { pattern: /^playwright/, allowed: ["bench"] },
];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|js)$/.test(entry.name)) yield path;
  }
}

const layerOf = (file: string) => {
  const rel = relative(SRC, file).split("/");
  return rel.length === 1 ? "." : rel[0]!;
};

function violations(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const layer = layerOf(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      const spec = match[1] ?? match[2]!;
      const where = `${relative(SRC, file)} imports ${spec}`;
      if (spec.startsWith(".")) {
        const target = layerOf(resolve(file, "..", spec));
        if (target !== layer && !(ALLOWED[layer] ?? []).includes(target)) out.push(`${where} (${layer}/ may not import ${target}/)`);
        continue;
      }
      for (const rule of PACKAGE_RULES) {
        if (rule.pattern.test(spec) && !rule.allowed.includes(layer)) out.push(`${where} (only ${rule.allowed.join(", ")} may)`);
      }
    }
  }
  return out;
}

const ENGINE = join(SRC, "engine");
/** Engine sub-folders, each after the ones it may build on. */
const ENGINE_ROOMS = ["structure", "metrics", "propagation", "perspective", "uncertainty"];

/** Every relative import of every source file, as absolute paths. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const targets: string[] = [];
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      const spec = match[1] ?? match[2]!;
      if (spec.startsWith(".")) targets.push(resolve(file, "..", spec));
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The engine sub-folder a file lives in, "." for engine/ itself, undefined outside the engine. */
function roomOf(file: string): string | undefined {
  const rel = relative(ENGINE, file);
  if (rel.startsWith("..")) return undefined;
  const parts = rel.split("/");
  return parts.length === 1 ? "." : parts[0];
}

/** Engine sub-folders are entered through their index.ts only, and only in ENGINE_ROOMS order. */
function roomViolations(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph) {
    const from = roomOf(file);
    for (const target of targets) {
      const to = roomOf(target);
      if (to === undefined || to === from) continue;
      const where = `${relative(SRC, file)} imports ${relative(SRC, target)}`;
      if (to === "." && from !== undefined) out.push(`${where} (a sub-folder may not import engine/ itself)`);
      else if (to === "." && !target.endsWith("/engine/index.ts")) out.push(`${where} (outside the engine, use engine/index.ts)`);
      else if (to !== "." && !target.endsWith(`/engine/${to}/index.ts`)) out.push(`${where} (enter ${to}/ through its index.ts)`);
      if (from !== undefined && from !== "." && to !== "." && ENGINE_ROOMS.indexOf(to) > ENGINE_ROOMS.indexOf(from)) {
        out.push(`${where} (${from}/ comes before ${to}/)`);
      }
    }
  }
  return out;
}

/** Import cycles (type-only imports included), each as its files in order (Tarjan's components). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(relative(SRC, w));
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe("architecture", () => {
  it("every import follows the one-way data flow", () => {
    expect(violations()).toEqual([]);
  });

  it("engine sub-folders are entered through their index and depend on each other one way", () => {
    expect(roomViolations(importGraph())).toEqual([]);
  });

  it("the rules catch a sub-folder reached past its index, a backward room and a cycle", () => {
    const a = join(ENGINE, "structure", "a.ts");
    const b = join(ENGINE, "propagation", "b.ts");
    const graph = new Map([
      [a, [join(ENGINE, "propagation", "index.ts")]],
      [b, [join(ENGINE, "metrics", "concentration.ts"), a]],
      [join(SRC, "cli", "c.ts"), [join(ENGINE, "analyze.ts")]],
    ]);
    expect(roomViolations(graph)).toEqual([
      "engine/structure/a.ts imports engine/propagation/index.ts (structure/ comes before propagation/)",
      "engine/propagation/b.ts imports engine/metrics/concentration.ts (enter metrics/ through its index.ts)",
      "engine/propagation/b.ts imports engine/structure/a.ts (enter structure/ through its index.ts)",
      "cli/c.ts imports engine/analyze.ts (outside the engine, use engine/index.ts)",
    ]);
    expect(cycles(new Map([[a, [b]], [b, [a]]]))).toEqual([["engine/propagation/b.ts", "engine/structure/a.ts"]]);
  });

  it("there are no import cycles, type-only imports included", () => {
    expect(cycles(importGraph())).toEqual([]);
  });
});
