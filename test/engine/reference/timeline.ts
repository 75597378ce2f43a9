// An independent month-by-month reference for runTimeline, written straight from issue 13's rules
// on the graphology graph (no propagation model, no typed arrays): per month each node is
//   own = 1 - severity of its node cut,
//   hosts = mean availability of a company's hosts (located_in targets), least of a constellation's operators,
//   supply = 1 - sum over supplies edges of share x (1 - a(supplier) x (1 - edge cut severity)),
//            unlisted shares splitting what the listed ones leave,
//   need_j = 1 - dependence_j x (1 - subst_j(t)) x (1 - a_j),  subst_j ramping 0 -> substitutability
//            linearly over substitutionMonths from the month input j first fell short,
//   produced = min(own, hosts, supply, min_j need_j),  a = min(1, produced + stock left),
// iterated in node insertion order until nothing moves; the stock then drops by what it covered.
import type { ChokepointGraph } from "../../../src/model/graph.ts";

export interface ReferenceCut {
  node?: string;
  edge?: { from: string; to: string };
  severity: number;
  start?: number;
  duration?: number;
  recoveryMonths?: number;
}

function severity(cut: ReferenceCut, t: number): number {
  const start = cut.start ?? 0;
  const end = start + (cut.duration ?? Number.POSITIVE_INFINITY);
  if (t < start) return 0;
  if (t < end) return cut.severity;
  const r = cut.recoveryMonths ?? 0;
  if (r === 0) return 0;
  // Severity falls by severity / (r + 1) a month, reaching 0 r months after the end.
  return Math.max(0, cut.severity - (cut.severity * (t - end + 1)) / (r + 1));
}

/** Availability per month of every node. */
export function timelineReference(graph: ChokepointGraph, cuts: ReferenceCut[], months: number, tolerance = 1e-12): Map<string, number[]> {
  const nodes = graph.nodes();
  const out = new Map(nodes.map((v) => [v, [] as number[]]));
  const stock = new Map(nodes.map((v) => [v, (graph.getNodeAttribute(v, "stock" as never) as { months: number } | undefined)?.months ?? 0]));
  const since = new Map<string, number>(); // input edge key -> first month short
  const isCompanyOrCountry = (v: string) => ["company", "country"].includes(graph.getNodeAttribute(v, "kind"));
  for (let t = 0; t < months; t++) {
    const own = new Map(nodes.map((v) => [v, 1]));
    const edgeCut = new Map<string, number>(); // supplies edge key -> severity
    for (const cut of cuts) {
      const s = severity(cut, t);
      if (s <= 0) continue;
      if (cut.node) own.set(cut.node, Math.min(own.get(cut.node)!, 1 - s));
      if (cut.edge) {
        const { from, to } = cut.edge;
        graph.forEachInEdge(to, (key, attrs, source) => {
          if (attrs.kind !== "supplies") return;
          const viaHost = isCompanyOrCountry(source) && graph.someOutEdge(source, (_k, e, _s, target) => (e.kind === "located_in" && target === from));
          const viaOperator = graph.getNodeAttribute(source, "kind") === "constellation" && graph.someInEdge(source, (_k, e, s2) => e.kind === "operates" && s2 === from);
          if (source === from || viaHost || viaOperator) edgeCut.set(key, Math.max(edgeCut.get(key) ?? 0, s));
        });
      }
    }
    const a = new Map(nodes.map((v) => [v, Math.min(1, own.get(v)! + stock.get(v)!)]));
    const produced = new Map<string, number>();
    for (let sweep = 0; sweep < 10000; sweep++) {
      let moved = 0;
      for (const v of nodes) {
        let x = own.get(v)!;
        const hosts: number[] = [];
        graph.forEachOutEdge(v, (_k, e, _s, target) => { if (e.kind === "located_in") hosts.push(a.get(target)!); });
        graph.forEachInEdge(v, (_k, e, source) => { if (e.kind === "operates") hosts.push(a.get(source)!); });
        // A company is split between its hosts; a constellation needs every operator.
        const allRequired = graph.getNodeAttribute(v, "kind") === "constellation";
        if (hosts.length > 0) x = Math.min(x, allRequired ? Math.min(...hosts) : hosts.reduce((p, q) => p + q, 0) / hosts.length);
        const sup = graph.filterInEdges(v, (_k, e) => e.kind === "supplies");
        if (sup.length > 0) {
          const listed = sup.reduce((s, k) => s + (graph.getEdgeAttribute(k, "share" as never) ?? 0), 0);
          const unlisted = sup.filter((k) => graph.getEdgeAttribute(k, "share" as never) === undefined).length;
          let lost = 0;
          for (const k of sup) {
            const share = (graph.getEdgeAttribute(k, "share" as never) as number | undefined) ?? Math.max(0, 1 - listed) / unlisted;
            lost += share * (1 - a.get(graph.source(k))! * (1 - (edgeCut.get(k) ?? 0)));
          }
          if (lost > 0) x = Math.min(x, Math.max(0, 1 - lost));
        }
        graph.forEachInEdge(v, (k, e, source) => {
          if (e.kind !== "input") return;
          const m = e.substitutionMonths ?? 0;
          const first = since.get(k);
          const reached = m === 0 ? 1 : first === undefined ? 0 : Math.min(1, (t - first) / m);
          x = Math.min(x, 1 - (e.dependence ?? 1) * (1 - e.substitutability * reached) * (1 - a.get(source)!));
        });
        produced.set(v, x);
        const next = Math.min(1, x + stock.get(v)!);
        moved = Math.max(moved, Math.abs(next - a.get(v)!));
        a.set(v, next);
      }
      if (moved < tolerance) break;
    }
    for (const v of nodes) {
      out.get(v)!.push(a.get(v)!);
      stock.set(v, Math.max(0, stock.get(v)! - (a.get(v)! - produced.get(v)!)));
    }
    graph.forEachEdge((k, e, source) => {
      if (e.kind === "input" && !since.has(k) && a.get(source)! < 1 - tolerance) since.set(k, t);
    });
  }
  return out;
}
