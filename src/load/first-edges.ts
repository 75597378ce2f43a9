// The duplicate-edge check of the merge: for each edge in order, the first earlier edge with the
// same (from, to), if any. A hash table of every pair (PairTable) answers it, but at five million
// edges that table is 200 MB read at random, a cache and TLB miss per edge (about 2 s of the 1m
// merge). Data files list a node's suppliers together, so most edges come in runs that share
// their `to`; while a `to` is in its first run, a duplicate can only be in that same run, and a
// per-node stamp (the last edge from each node) finds it. A `to` that comes back in a later run
// gets its earlier edges put in the hash table once, which answers for it from then on: the
// answers are exact for any order, and the cost stays linear.
import { PairTable } from "./pair-table.ts";

/** A `to` not seen yet, seen in runs answered by the stamps, or answered by the hash table. */
const UNSEEN = 0;
const STAMPED = 1;
const HASHED = 2;

export class FirstEdges {
  /** Per node: the last edge from it (checked against the run's start). */
  private readonly lastFrom: Int32Array;
  private readonly state: Uint8Array;
  /** Edges into each node, newest first: lastInto[to], then previousInto[edge] down to -1. */
  private readonly lastInto: Int32Array;
  private readonly previousInto: Int32Array;
  private readonly table = new PairTable();
  private runTo = -1;
  private runStart = 0;

  /** `from[e]` of every edge e added so far (the merge's own array of edge ends). */
  constructor(
    nodes: number,
    edges: number,
    private readonly from: Int32Array,
  ) {
    this.lastFrom = new Int32Array(nodes).fill(-1);
    this.state = new Uint8Array(nodes);
    this.lastInto = new Int32Array(nodes).fill(-1);
    this.previousInto = new Int32Array(edges);
  }

  /**
   * The first edge before `edge` from `from` to `to`, or -1 after recording `edge` as one
   * (then edge + 1 is the next to add; after a duplicate, `edge` is offered again).
   */
  firstOf(from: number, to: number, edge: number): number {
    if (to !== this.runTo) this.startRun(to, edge);
    if (this.state[to] === HASHED) {
      const first = this.table.getOrSet(from, to, edge);
      if (first >= 0) return first;
    } else {
      // Set only in this kind of run: at or after the run's start, it is this run's edge from `from`,
      // the one edge of the pair (duplicates are not recorded).
      const last = this.lastFrom[from]!;
      if (last >= this.runStart) return last;
      this.lastFrom[from] = edge;
    }
    this.previousInto[edge] = this.lastInto[to]!;
    this.lastInto[to] = edge;
    return -1;
  }

  private startRun(to: number, edge: number): void {
    this.runTo = to;
    this.runStart = edge;
    if (this.state[to] === UNSEEN) this.state[to] = STAMPED;
    else if (this.state[to] === STAMPED) {
      this.state[to] = HASHED;
      for (let e = this.lastInto[to]!; e >= 0; e = this.previousInto[e]!) this.table.getOrSet(this.from[e]!, to, e);
    }
  }
}
