// Which sectors lie downstream of each node, for all nodes at once: strongly connected components
// of the dependency relation (condensation.ts), then one pass over the condensation from the
// sinks up, OR-ing bitsets of sectors. O((nodes + edges) x sectors / 32) instead of one walk per node.
import type { ChokepointGraph } from "../../model/graph.ts";
import { compactGraph, KIND_CODE } from "./compact.ts";
import { condensation } from "./condensation.ts";

export interface SectorReach {
  /** Sector ids in code-unit order: the order every list below comes in. */
  sectors: string[];
  /** Sectors reachable downstream of `node` (not the node itself), sorted; [] for an unknown node. */
  sectorsBelow(node: string): string[];
}

/** The sector reach of every node of `graph`, from the cached compact view. */
export function sectorReach(graph: ChokepointGraph): SectorReach {
  const view = compactGraph(graph);
  const n = view.order;
  const SECTOR = KIND_CODE.sector;
  const sectorNodes: number[] = [];
  for (let v = 0; v < n; v++) if (view.kinds[v] === SECTOR) sectorNodes.push(v);
  sectorNodes.sort((a, b) => (view.ids[a]! < view.ids[b]! ? -1 : view.ids[a]! > view.ids[b]! ? 1 : 0));
  const bitOf = new Int32Array(n).fill(-1);
  sectorNodes.forEach((v, i) => (bitOf[v] = i));
  const words = Math.max(1, Math.ceil(sectorNodes.length / 32));
  const { component, count, memberStart, members } = condensation(view);
  // reach[c]: the sectors in c and in every component downstream of it. A node's list leaves out
  // only the node itself, which covers both a sector outside any cycle and the members of a cycle.
  // Int32Array, not Uint32Array: a word with bit 31 set is not a small integer to V8 (~1.7x slower).
  const reach = new Int32Array(count * words);
  for (const v of sectorNodes) reach[component[v]! * words + (bitOf[v]! >>> 5)]! |= 1 << (bitOf[v]! & 31);
  // Tarjan numbers sinks first, so every successor component is done before c. Components that
  // reach no sector are skipped (most of the words are zero in a supply graph's upper tiers).
  const empty = new Uint8Array(count);
  const { downStart, downTo } = view;
  for (let c = 0; c < count; c++) {
    const base = c * words;
    for (let k = memberStart[c]!; k < memberStart[c + 1]!; k++) {
      const v = members[k]!;
      for (let e = downStart[v]!; e < downStart[v + 1]!; e++) {
        const d = component[downTo[e]!]!;
        if (d === c || empty[d]) continue;
        const other = d * words;
        for (let w = 0; w < words; w++) reach[base + w]! |= reach[other + w]!;
      }
    }
    let any = 0;
    for (let w = 0; w < words; w++) any |= reach[base + w]!;
    empty[c] = any === 0 ? 1 : 0;
  }
  const sectors = sectorNodes.map((v) => view.ids[v]!);
  return {
    sectors,
    sectorsBelow(node) {
      const v = view.index.get(node);
      if (v === undefined) return [];
      const base = component[v]! * words;
      const out: string[] = [];
      for (let w = 0; w < words; w++) {
        let bits = reach[base + w]!;
        while (bits !== 0) {
          const low = bits & -bits;
          const i = (w << 5) + (31 - Math.clz32(low));
          bits ^= low;
          if (sectorNodes[i] !== v) out.push(sectors[i]!);
        }
      }
      return out;
    },
  };
}
