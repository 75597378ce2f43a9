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

describe("architecture", () => {
  it("every import follows the one-way data flow", () => {
    expect(violations()).toEqual([]);
  });
});
