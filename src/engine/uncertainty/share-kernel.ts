// A compiled share model for the Monte Carlo of the ranking and of HHI: per supplied node, its
// suppliers' input slots and the countries each folds into (the engine's own fold, run once), and
// its sector reach, which no drawn value changes. A draw is then arithmetic on typed arrays, with
// no graph to copy. Tested against rankRisks at the point values.
import type { ChokepointGraph } from "../../model/graph.ts";
import { edgeKey } from "../../model/graph.ts";
import { resolveSettings } from "../../schema/settings.ts";
import { foldToCountries, resolvedShares } from "../metrics/index.ts";
import { rankRisks } from "../metrics/index.ts";
import type { UncertainInput } from "./ranges.ts";

interface NodeModel {
  node: string;
  reach: number;
  /** Per supplier: the input slot of its share, or -1 when unlisted (splits the remainder). */
  slots: Int32Array;
  /** Per supplier: countries (local index) and fractions of its share each gets. */
  folds: { country: Int32Array; fraction: Float64Array }[];
  countries: number;
  /** Country ids by local index. */
  countryIds: string[];
}

export interface ShareKernel {
  nodes: NodeModel[];
}

/** Compiles the model from a graph (under a perspective: pass the perspective graph) and its inputs. */
export function compileShareKernel(graph: ChokepointGraph, inputs: readonly UncertainInput[]): ShareKernel {
  const slotOf = new Map<string, number>();
  inputs.forEach((x, i) => x.kind === "share" && slotOf.set(x.ref, i));
  const ranking = rankRisks(graph, resolveSettings());
  const nodes = ranking.map((r): NodeModel => {
    const local = new Map<string, number>();
    const entries = resolvedShares(graph, r.node);
    const folds = entries.map((e) => {
      const { countries } = foldToCountries(graph, [{ id: e.id, share: 1, listed: true, ...(e.site !== undefined ? { site: e.site } : {}) }]);
      const idx = countries.map((c) => local.get(c.id) ?? (local.set(c.id, local.size), local.size - 1));
      return { country: Int32Array.from(idx), fraction: Float64Array.from(countries, (c) => c.share) };
    });
    // Every listed share is an input (ranges.ts keeps fixed ones too), so each listed supplier has a slot.
    const slots = Int32Array.from(entries, (e) => (e.listed ? slotOf.get(edgeKey(e.id, r.node))! : -1));
    return { node: r.node, reach: r.reach, slots, folds, countries: local.size, countryIds: [...local.keys()] };
  });
  return { nodes };
}

/** Country shares (by local index, see countryIds) of kernel node n for one vector of input values. */
export function kernelCountryShares(kernel: ShareKernel, values: Float64Array, n: number): Float64Array {
  const m = kernel.nodes[n]!;
  let listed = 0;
  let unlisted = 0;
  for (let s = 0; s < m.slots.length; s++) {
    const slot = m.slots[s]!;
    if (slot === -1) unlisted++;
    else listed += values[slot]!;
  }
  const split = unlisted > 0 ? Math.max(0, 1 - listed) / unlisted : 0;
  const byCountry = new Float64Array(m.countries);
  for (let s = 0; s < m.slots.length; s++) {
    const slot = m.slots[s]!;
    const v = slot === -1 ? split : values[slot]!;
    const f = m.folds[s]!;
    for (let k = 0; k < f.country.length; k++) byCountry[f.country[k]!]! += v * f.fraction[k]!;
  }
  return byCountry;
}

/** Country HHI (0..10,000) of every node for one vector of input values. */
export function kernelHhi(kernel: ShareKernel, values: Float64Array): Float64Array {
  const out = new Float64Array(kernel.nodes.length);
  for (let n = 0; n < kernel.nodes.length; n++) {
    let h = 0;
    for (const c of kernelCountryShares(kernel, values, n)) h += (c * 100) ** 2;
    out[n] = h;
  }
  return out;
}

/** Scores (hhi / 10,000 x reach) and ranks (1 = highest), ordered as rankRisks orders them. */
export function kernelRanking(kernel: ShareKernel, hhi: Float64Array): { score: Float64Array; rank: Int32Array } {
  const score = Float64Array.from(kernel.nodes, (m, n) => (hhi[n]! / 10_000) * m.reach);
  const order = kernel.nodes.map((_, n) => n);
  order.sort((a, b) => score[b]! - score[a]! || hhi[b]! - hhi[a]! || (kernel.nodes[a]!.node < kernel.nodes[b]!.node ? -1 : 1));
  const rank = new Int32Array(order.length);
  order.forEach((n, i) => (rank[n] = i + 1));
  return { score, rank };
}
