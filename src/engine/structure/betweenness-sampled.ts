// Betweenness with a guarantee: Riondato & Kornaropoulos (2016), "Fast approximation of
// betweenness centrality through sampling". Draw r ordered pairs (s, t), s != t, uniformly; for
// each, pick one shortest s-t path uniformly among all of them and add 1/r to every interior node.
// With r = (c / eps^2) (floor(log2(VD - 2)) + 1 + ln(1/delta)), c = 0.5 and VD an upper bound on
// the vertex diameter (nodes on the longest shortest path), every node's estimate is within eps of
// its betweenness normalised by n(n-1), all nodes at once, with probability at least 1 - delta.
// Our scale divides by (n-1)(n-2) instead, n/(n-2) times larger, so the sampler runs at
// eps x (n-2)/n and the bound holds for the scores as reported.
//
// Each pair is searched by a balanced bidirectional BFS (expand the side whose frontier has fewer
// arcs), which touches a small part of the graph when s reaches t; the path is then drawn by walking
// from the meeting layer back to s and on to t, each step picked in proportion to path counts.
// Same graph, edge-length rule and direction as betweenness.ts (up relation, every step length 1).
import type { CompactGraph } from "./compact.ts";
import { seededRandom } from "./seeded-random.ts";
import { vertexDiameterBound } from "./vertex-diameter.ts";

export interface SampledBetweennessOptions {
  /** Largest additive error on the 0..1 scale; default 0.01. */
  eps?: number;
  /** Probability that some node's error exceeds eps; default 0.1. */
  delta?: number;
  /** PRNG seed of the pair sample; default 1. */
  seed?: number;
}

export interface SampledBetweenness {
  /** Estimates in compact index order, on betweennessScores' scale (divided by (n-1)(n-2)). */
  scores: Float64Array;
  eps: number;
  delta: number;
  samples: number;
  /** The vertex-diameter bound the sample size came from. */
  vertexDiameter: number;
  /** Pairs where s reaches t (the others add nothing). */
  connected: number;
}

/** Riondato-Kornaropoulos sample size for additive error eps with probability 1 - delta. */
export function sampleSize(eps: number, delta: number, vertexDiameter: number): number {
  const log = vertexDiameter > 3 ? Math.floor(Math.log2(vertexDiameter - 2)) : 0;
  return Math.ceil((0.5 / (eps * eps)) * (log + 1 + Math.log(1 / delta)));
}

export function sampledBetweenness(view: CompactGraph, options: SampledBetweennessOptions = {}): SampledBetweenness {
  const { eps = 0.01, delta = 0.1, seed = 1 } = options;
  if (!(eps > 0 && eps < 1) || !(delta > 0 && delta < 1)) {
    throw new Error(`chokepoint betweenness: eps and delta must lie strictly between 0 and 1, got eps ${eps}, delta ${delta}`);
  }
  const n = view.order;
  const scores = new Float64Array(n);
  if (n <= 2) return { scores, eps, delta, samples: 0, vertexDiameter: n, connected: 0 };
  const vertexDiameter = vertexDiameterBound(view);
  const samples = sampleSize((eps * (n - 2)) / n, delta, vertexDiameter);
  const sampler = new PathSampler(view, seed);
  let connected = 0;
  for (let i = 0; i < samples; i++) {
    const s = sampler.random.int(n);
    let t = sampler.random.int(n - 1);
    if (t >= s) t++;
    if (sampler.samplePath(s, t, scores)) connected++;
  }
  // Each interior hit counted 1; the estimate of b / (n(n-1)) is hits / r, ours is n/(n-2) of that.
  const scale = n / (n - 2) / samples;
  for (let v = 0; v < n; v++) scores[v]! *= scale;
  return { scores, eps, delta, samples, vertexDiameter, connected };
}

/** The engine's seeded generator (seeded-random.ts), with integer draws. */
function createRandom(seed: number) {
  const next = seededRandom(seed);
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** The bidirectional search's state, reused from pair to pair (only what a search touched is reset). */
class PathSampler {
  readonly random;
  private readonly distS: Int32Array;
  private readonly distT: Int32Array;
  private readonly sigmaS: Float64Array;
  private readonly sigmaT: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly frontS: Int32Array;
  private readonly frontT: Int32Array;
  private readonly next: Int32Array;

  constructor(
    private readonly view: CompactGraph,
    seed: number,
  ) {
    const n = view.order;
    this.random = createRandom(seed);
    this.distS = new Int32Array(n).fill(-1);
    this.distT = new Int32Array(n).fill(-1);
    this.sigmaS = new Float64Array(n);
    this.sigmaT = new Float64Array(n);
    this.touched = new Int32Array(2 * n);
    this.frontS = new Int32Array(n);
    this.frontT = new Int32Array(n);
    this.next = new Int32Array(n);
  }

  /** Adds 1 to every interior node of one uniformly drawn shortest s-t path; false when t is unreachable. */
  samplePath(s: number, t: number, hits: Float64Array): boolean {
    const meet = this.search(s, t);
    if (meet >= 0) {
      this.walk(meet, s, hits, true);
      this.walk(meet, t, hits, false);
      if (meet !== s && meet !== t) hits[meet]!++;
    }
    for (let i = 0; i < this.touchedCount; i++) {
      const v = this.touched[i]!;
      this.distS[v] = -1;
      this.distT[v] = -1;
      this.sigmaS[v] = 0;
      this.sigmaT[v] = 0;
    }
    this.touchedCount = 0;
    return meet >= 0;
  }

  /**
   * Balanced bidirectional BFS. Returns a meeting node drawn with probability sigmaS x sigmaT / sigma_st
   * among the nodes of the first layer where the searches meet (each shortest path crosses that layer
   * at exactly one node), or -1 when t is unreachable from s.
   */
  private search(s: number, t: number): number {
    const { upStart, upTo, downStart, downTo } = this.view;
    const { distS, distT, sigmaS, sigmaT, frontS, frontT, next, touched } = this;
    distS[s] = 0;
    sigmaS[s] = 1;
    distT[t] = 0;
    sigmaT[t] = 1;
    touched[this.touchedCount++] = s;
    touched[this.touchedCount++] = t;
    frontS[0] = s;
    frontT[0] = t;
    let sizeS = 1;
    let sizeT = 1;
    let arcsS = upStart[s + 1]! - upStart[s]!;
    let arcsT = downStart[t + 1]! - downStart[t]!;
    for (;;) {
      if (sizeS === 0 || sizeT === 0) return -1;
      const forward = arcsS <= arcsT;
      const front = forward ? frontS : frontT;
      const size = forward ? sizeS : sizeT;
      const start = forward ? upStart : downStart;
      const to = forward ? upTo : downTo;
      const dist = forward ? distS : distT;
      const sigma = forward ? sigmaS : sigmaT;
      const other = forward ? distT : distS;
      const otherSigma = forward ? sigmaT : sigmaS;
      let count = 0;
      let arcs = 0;
      let met = false;
      for (let i = 0; i < size; i++) {
        const u = front[i]!;
        const du = dist[u]! + 1;
        const su = sigma[u]!;
        for (let k = start[u]!, end = start[u + 1]!; k < end; k++) {
          const w = to[k]!;
          const dw = dist[w]!;
          if (dw === -1) {
            dist[w] = du;
            sigma[w] = su;
            next[count++] = w;
            arcs += start[w + 1]! - start[w]!;
            if (other[w] === -1) touched[this.touchedCount++] = w;
            else met = true;
          } else if (dw === du) sigma[w]! += su;
        }
      }
      if (met) {
        // Draw the meeting node among the new layer's nodes the other side has reached.
        let total = 0;
        for (let i = 0; i < count; i++) if (other[next[i]!]! >= 0) total += sigma[next[i]!]! * otherSigma[next[i]!]!;
        let x = this.random.next() * total;
        let last = -1;
        for (let i = 0; i < count; i++) {
          const w = next[i]!;
          if (other[w]! < 0) continue;
          last = w;
          x -= sigma[w]! * otherSigma[w]!;
          if (x < 0) return w;
        }
        return last;
      }
      front.set(next.subarray(0, count));
      if (forward) {
        sizeS = count;
        arcsS = arcs;
      } else {
        sizeT = count;
        arcsT = arcs;
      }
    }
  }

  /** From `from` back to `end` (s when toSource, else on to t), one step at a time by path counts. */
  private walk(from: number, end: number, hits: Float64Array, toSource: boolean): void {
    const { upStart, upTo, downStart, downTo } = this.view;
    // Towards s: predecessors are the arcs into v (down relation); towards t: successors (up relation).
    const start = toSource ? downStart : upStart;
    const to = toSource ? downTo : upTo;
    const dist = toSource ? this.distS : this.distT;
    const sigma = toSource ? this.sigmaS : this.sigmaT;
    let v = from;
    while (v !== end) {
      const dv = dist[v]! - 1;
      let x = this.random.next() * sigma[v]!;
      let pick = -1;
      for (let k = start[v]!, last = start[v + 1]!; k < last; k++) {
        const u = to[k]!;
        if (dist[u] !== dv) continue;
        pick = u;
        x -= sigma[u]!;
        if (x < 0) break;
      }
      v = pick;
      if (v !== end) hits[v]!++;
    }
  }
}
