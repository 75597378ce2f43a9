// Hand-built graphs for the engine tests, from plain node and edge tables (graphology's style).
import { buildGraph, type ChokepointGraph } from "../../src/model/graph.ts";
import type { Edge } from "../../src/schema/edges.ts";
import type { Node } from "../../src/schema/nodes.ts";
import { seededRandom } from "../../src/engine/structure/seeded-random.ts";

export const country = (id: string, extra: Partial<Extract<Node, { kind: "country" }>> = {}): Node => ({
  kind: "country",
  id,
  label: id,
  blocs: [],
  ...extra,
});
export const company = (id: string): Node => ({ kind: "company", id, label: id });
export const material = (id: string, extra: Partial<Extract<Node, { kind: "material" }>> = {}): Node => ({
  kind: "material",
  id,
  label: id,
  ...extra,
});
export const component = (id: string): Node => ({ kind: "component", id, label: id });
export const service = (id: string): Node => ({ kind: "service", id, label: id });
export const constellation = (id: string): Node => ({ kind: "constellation", id, label: id });
export const sector = (id: string): Node => ({ kind: "sector", id, label: id });

export const supplies = (from: string, to: string, share?: number): Edge =>
  share === undefined ? { kind: "supplies", from, to } : { kind: "supplies", from, to, share };
export const input = (from: string, to: string, substitutability = 0): Edge => ({ kind: "input", from, to, substitutability });
export const locatedIn = (from: string, to: string): Edge => ({ kind: "located_in", from, to });
export const operates = (from: string, to: string): Edge => ({ kind: "operates", from, to });

export const graphOf = (nodes: Node[], edges: Edge[]): ChokepointGraph => buildGraph({ nodes, edges });

/** DOMAIN.md's worked example, with a sector at the end. */
export function workedExample(): ChokepointGraph {
  return graphOf(
    [country("CN"), country("KR"), country("JP"), country("FI"), material("cobalt-refined"), component("li-ion-cell"), sector("electric-vehicles")],
    [
      supplies("CN", "li-ion-cell", 0.75),
      supplies("KR", "li-ion-cell", 0.15),
      supplies("JP", "li-ion-cell", 0.05),
      supplies("CN", "cobalt-refined", 0.74),
      supplies("FI", "cobalt-refined", 0.1),
      input("cobalt-refined", "li-ion-cell"),
      input("li-ion-cell", "electric-vehicles"),
    ],
  );
}

/** A small seeded PRNG (mulberry32, the engine's) for generated graphs. */
export const rng = (seed: number): (() => number) => seededRandom(seed);

/**
 * A random supply-shaped graph: countries, companies located in them, materials with suppliers
 * (shares summing to <= 1, some unlisted), inputs between materials (cycles allowed), sectors.
 */
export function randomGraph(seed: number): ChokepointGraph {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const countries = ["CN", "US", "JP", "DE", "CD"].slice(0, 2 + Math.floor(r() * 4));
  const companies = Array.from({ length: Math.floor(r() * 4) }, (_, i) => `firm-${i}`);
  const materials = Array.from({ length: 2 + Math.floor(r() * 6) }, (_, i) => `mat-${i}`);
  const sectors = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => `sector-${i}`);
  const nodes: Node[] = [...countries.map((c) => country(c)), ...companies.map(company), ...materials.map((m) => material(m)), ...sectors.map(sector)];
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const add = (e: Edge) => {
    const key = `${e.from}->${e.to}`;
    if (e.from === e.to || seen.has(key)) return;
    seen.add(key);
    edges.push(e);
  };
  for (const c of companies) add(locatedIn(c, pick(countries)));
  for (const m of materials) {
    let left = 1;
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      const from = pick([...countries, ...companies]);
      if (r() < 0.25) add(supplies(from, m));
      else {
        const share = Math.round(r() * left * 100) / 100;
        left -= share;
        add(supplies(from, m, share));
      }
    }
    if (r() < 0.6) add(input(pick(materials), m, r() < 0.5 ? 0 : Math.round(r() * 100) / 100));
  }
  for (const s of sectors) for (let i = 0; i < 1 + Math.floor(r() * 3); i++) add(input(pick(materials), s, r() < 0.7 ? 0 : 0.5));
  return graphOf(nodes, edges);
}
