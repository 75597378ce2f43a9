// Brandes' betweenness with 32 sources per search (multi-source BFS in the style of Then et al.
// 2014, "The more the merrier", extended to path counts and dependencies). Each node carries a
// 32-bit mask per level: bit b set when the node is at that distance from the batch's source b.
// An arc v -> w is read once per level at which v is on some source's frontier, for all those
// sources at once, instead of once per source: on the 10k families that is 3.8-8.7x fewer arc
// reads (README). Path counts and dependencies stay per source (sigma and acc hold 32 slots per
// node, w * 32 + b), touched only on the shortest-path arcs, so what remains is the per-source
// work on the DAG itself. Same sums as brandesSums up to the order of floating-point additions.
//
// Folding (foldSingleOut) enters through the targets' weights: source s's dependencies count
// each target t with tau(t) = weight(s) - [t folded into s], so one accumulation gives
// weight(s) x delta(v) minus the folded targets' own share (brandesSums runs two for it).

/**
 * batchSums' working arrays, kept by the caller from call to call (betweenness.ts batchScratch;
 * each worker thread keeps its own). Fresh ones are zeroed and page-faulted in on every call: at
 * 10k nodes the slots are 2.5 MiB and the rest ~1.7 MiB; reusing the slots took a call on our 10k
 * network 0.95 of the time, the rest (with two smaller changes) 0.95 again (README). A call takes the arrays out, grows what is too
 * small and puts them back as it must find them (seen and next all 0, bitOf all -1) when it
 * returns, so one that throws leaves the scratch empty, never dirty.
 */
export interface BatchScratch {
  slots?: Float64Array;
  seen?: Int32Array;
  next?: Int32Array;
  nextList?: Int32Array;
  sinkList?: Int32Array;
  recNode?: Int32Array;
  recMask?: Int32Array;
  dagStart?: Int32Array;
  dagTo?: Int32Array;
  dagMask?: Int32Array;
  foldInto?: Int32Array;
  bitOf?: Int32Array;
}

/**
 * Dependency sums (unscaled) of the batches first, first + stride, ... of 32 consecutive
 * sources, added into `centrality`; weights, folded, foldStart and foldOf as in brandesSums.
 * Self-contained (no imports, no closures, no nested functions): src/node/betweenness-workers.ts
 * ships its source text to worker threads.
 */
export function batchSums(
  start: Int32Array,
  to: Int32Array,
  sources: Int32Array,
  first: number,
  stride: number,
  centrality: Float64Array,
  weights?: Float64Array,
  folded?: Float64Array,
  foldStart?: Int32Array,
  foldOf?: Int32Array,
  scratch?: BatchScratch,
): void {
  const W = 32; // sources per batch: one bit each in a 32-bit mask (JavaScript's bitwise operators are 32-bit)
  const n = start.length - 1;
  const kept: BatchScratch = scratch ?? {};
  // sigma(v, b) in slot v * 32 + b, replaced by coef(v, b) = (tau(b) + delta(v, b)) / sigma(v, b)
  // once (v, b) is final. Slots are never cleared: a slot's first write in a batch multiplies the
  // old value by 0 (it is always finite), so kept slots (any finite contents) serve as well as fresh ones.
  const sig = kept.slots !== undefined && kept.slots.length >= n * W ? kept.slots : new Float64Array(n * W);
  // Sources that reached the node at this level or before, and those reaching it at the level being built.
  const seen = kept.seen !== undefined && kept.seen.length >= n ? kept.seen : new Int32Array(n);
  const next = kept.next !== undefined && kept.next.length >= n ? kept.next : new Int32Array(n);
  // One slot spare: the arc loops write the next entry before deciding whether to keep it.
  const nextList = kept.nextList !== undefined && kept.nextList.length > n ? kept.nextList : new Int32Array(n + 1);
  // Sinks (no arc out) get no record: once their level is complete their coefficients are final,
  // tau / sigma, and only the list of them is kept, to clear `seen` after the batch.
  let sinkList = kept.sinkList ?? new Int32Array(n);
  // Records (node, mask) in BFS order, level after level; record r's shortest-path arcs are
  // (dagTo[e], dagMask[e]) for e in dagStart[r]..dagStart[r+1], dagMask the sources they serve.
  // Each grows when a batch needs more.
  let recNode = kept.recNode ?? new Int32Array(Math.max(64, 2 * n));
  let recMask = kept.recMask !== undefined && kept.recMask.length === recNode.length ? kept.recMask : new Int32Array(recNode.length);
  let dagStart = kept.dagStart !== undefined && kept.dagStart.length === recNode.length + 1 ? kept.dagStart : new Int32Array(recNode.length + 1);
  let dagTo = kept.dagTo ?? new Int32Array(Math.max(64, to.length));
  let dagMask = kept.dagMask !== undefined && kept.dagMask.length === dagTo.length ? kept.dagMask : new Int32Array(dagTo.length);
  const foldInto = kept.foldInto !== undefined && kept.foldInto.length >= n ? kept.foldInto : new Int32Array(n);
  foldInto.fill(-1, 0, n);
  if (foldStart && foldOf) for (let u = 0; u < n; u++) for (let k = foldStart[u]!; k < foldStart[u + 1]!; k++) foldInto[foldOf[k]!] = u;
  // Bit of a node in the current batch, -1 if not a source.
  const bitOf = kept.bitOf !== undefined && kept.bitOf.length >= n ? kept.bitOf : new Int32Array(n).fill(-1);
  kept.slots = kept.seen = kept.next = kept.nextList = kept.sinkList = kept.recNode = kept.recMask = undefined;
  kept.dagStart = kept.dagTo = kept.dagMask = kept.foldInto = kept.bitOf = undefined;
  const src = new Int32Array(W);
  const tau = new Float64Array(W);
  const acc = new Float64Array(W); // one record's sums of its successors' coefficients, per source
  const reached = new Float64Array(W);
  const reachedFolds = new Float64Array(W);
  const batches = Math.ceil(sources.length / W);
  for (let batch = first; batch < batches; batch += stride) {
    const lo = batch * W;
    const size = Math.min(W, sources.length - lo);
    let records = 0;
    let sinks = 0;
    for (let b = 0; b < size; b++) {
      const s = sources[lo + b]!;
      src[b] = s;
      bitOf[s] = b;
      tau[b] = weights ? weights[s]! : 1;
      reached[b] = 0;
      reachedFolds[b] = 0;
      sig[s * W + b] = 1;
      seen[s] = 1 << b;
      recNode[records] = s;
      recMask[records++] = 1 << b;
    }
    let from = 0;
    let edges = 0;
    // Forward: level by level, each frontier node's arcs read once for all its sources.
    while (from < records) {
      const until = records;
      let count = 0;
      if (edges + (to.length > 0 ? to.length : 1) > dagTo.length) {
        const grownTo = new Int32Array(2 * dagTo.length + to.length);
        grownTo.set(dagTo.subarray(0, edges));
        dagTo = grownTo;
        const grownMask = new Int32Array(grownTo.length);
        grownMask.set(dagMask.subarray(0, edges));
        dagMask = grownMask;
      }
      for (let r = from; r < until; r++) {
        const v = recNode[r]!;
        const f = recMask[r]!;
        const vb = v * W;
        dagStart[r] = edges;
        const end = start[v + 1]!;
        if ((f & (f - 1)) === 0) {
          // One source (28-67% of the records at 10k): x is f or nothing, sigma(v) stays in a register.
          // Without branches: xb is 1 when w is new to the source, and every write is kept or undone by
          // arithmetic on it (sig times 1 and plus 0 when not). Whether w is new is a coin toss on our
          // networks, so the branches were mispredicted often: this loop and the next, written so,
          // took our 10k network 3-8% faster (the supply chain family 4% slower, BA 2% faster).
          const b = 31 - Math.clz32(f);
          const sv = sig[vb + b]!;
          for (let k = start[v]!; k < end; k++) {
            const w = to[k]!;
            const xb = (~seen[w]! >>> b) & 1;
            const had = next[w]!;
            const hb = (had >>> b) & 1;
            nextList[count] = w;
            count += (((had | -had) >>> 31) ^ 1) & xb;
            next[w] = had | (xb << b);
            dagTo[edges] = w; // a one-source record's entries need no mask: the backward pass reads its own
            edges += xb;
            const wb = w * W + b;
            sig[wb] = sig[wb]! * (1 - xb + xb * hb) + sv * xb;
          }
          continue;
        }
        for (let k = start[v]!; k < end; k++) {
          const w = to[k]!;
          let x = f & ~seen[w]!;
          const had = next[w]!;
          const some = (x | -x) >>> 31;
          nextList[count] = w;
          count += (((had | -had) >>> 31) ^ 1) & some;
          next[w] = had | x;
          dagTo[edges] = w;
          dagMask[edges] = x;
          edges += some;
          if (x === 0) continue;
          const wb = w * W;
          do {
            const b = 31 - Math.clz32(x & -x);
            x &= x - 1;
            sig[wb + b] = sig[vb + b]! + sig[wb + b]! * ((had >>> b) & 1);
          } while (x !== 0);
        }
      }
      if (records + count + 1 > recNode.length) {
        const size2 = Math.max(2 * recNode.length, records + count + 1);
        const grownNode = new Int32Array(size2);
        grownNode.set(recNode.subarray(0, records));
        recNode = grownNode;
        const grownMask = new Int32Array(size2);
        grownMask.set(recMask.subarray(0, records));
        recMask = grownMask;
        const grownStart = new Int32Array(size2 + 1);
        grownStart.set(dagStart.subarray(0, records));
        dagStart = grownStart;
      }
      if (sinks + count > sinkList.length) {
        const grown = new Int32Array(2 * sinkList.length + count);
        grown.set(sinkList.subarray(0, sinks));
        sinkList = grown;
      }
      for (let j = 0; j < count; j++) {
        const w = nextList[j]!;
        const m = next[w]!;
        next[w] = 0;
        seen[w]! |= m;
        if (start[w + 1] === start[w]) {
          sinkList[sinks++] = w;
          const wb = w * W;
          let y = m;
          do {
            const b = 31 - Math.clz32(y & -y);
            y &= y - 1;
            sig[wb + b] = tau[b]! / sig[wb + b]!;
            reached[b]!++;
          } while (y !== 0);
          continue;
        }
        recNode[records] = w;
        recMask[records++] = m;
      }
      from = until;
    }
    dagStart[records] = edges;
    // Backward, farthest records first (a level's records all come after the level before):
    // acc(b) sums coef(w, b) over the shortest-path arcs v -> w of source b; then
    // delta = sigma x acc and coef = (tau + delta) / sigma.
    for (let r = records - 1; r >= 0; r--) {
      const v = recNode[r]!;
      const m = recMask[r]!;
      const last = dagStart[r + 1]!;
      if ((m & (m - 1)) === 0) {
        // One source: its sum stays in a register.
        const b = 31 - Math.clz32(m);
        let sum = 0;
        for (let e = dagStart[r]!; e < last; e++) sum += sig[dagTo[e]! * W + b]!;
        const folds = foldInto[v]! >= 0 && foldInto[v] === src[b] ? 1 : 0;
        reachedFolds[b]! += folds;
        reached[b]!++;
        const vb = v * W + b;
        const sv = sig[vb]!;
        const d = sv * sum;
        sig[vb] = (tau[b]! - folds + d) / sv;
        if (r >= size) centrality[v]! += d;
        continue;
      }
      for (let e = dagStart[r]!; e < last; e++) {
        const wb = dagTo[e]! * W;
        let x = dagMask[e]!;
        do {
          const b = 31 - Math.clz32(x & -x);
          x &= x - 1;
          acc[b]! += sig[wb + b]!;
        } while (x !== 0);
      }
      // A folded node is a target of reduced weight for the source it folds into.
      const owner = foldInto[v]!;
      const ownerBit = owner >= 0 ? bitOf[owner]! : -1;
      const foldBit = ownerBit >= 0 ? (m >>> ownerBit) & 1 : 0;
      if (foldBit !== 0) reachedFolds[ownerBit]!++;
      const vb = v * W;
      let y = m;
      let sum = 0;
      do {
        const b = 31 - Math.clz32(y & -y);
        y &= y - 1;
        const sv = sig[vb + b]!;
        const d = sv * acc[b]!;
        acc[b] = 0;
        sig[vb + b] = (tau[b]! - (foldBit !== 0 && b === ownerBit ? 1 : 0) + d) / sv;
        sum += d;
        reached[b]!++;
      } while (y !== 0);
      if (r >= size) centrality[v]! += sum;
    }
    for (let r = 0; r < records; r++) seen[recNode[r]!] = 0;
    for (let j = 0; j < sinks; j++) seen[sinkList[j]!] = 0;
    for (let b = 0; b < size; b++) {
      const s = src[b]!;
      bitOf[s] = -1;
      if (folded) centrality[s]! += folded[s]! * (reached[b]! - 1) - reachedFolds[b]!;
    }
  }
  // Back for the next call; entries beyond 2^21 (8 MiB an array) are not kept (a dense graph's DAG).
  kept.slots = sig;
  kept.seen = seen;
  kept.next = next;
  kept.nextList = nextList;
  kept.sinkList = sinkList;
  kept.recNode = recNode;
  kept.recMask = recMask;
  kept.dagStart = dagStart;
  if (dagTo.length <= 1 << 21) {
    kept.dagTo = dagTo;
    kept.dagMask = dagMask;
  }
  kept.foldInto = foldInto;
  kept.bitOf = bitOf;
}

/**
 * The sources in the order of a breadth-first search against the arcs (from a node to the nodes
 * with an arc into it), started from the sinks first, then from every other node in index order.
 * Sources next to each other then tend to feed the same nodes, so their distances to the rest
 * agree and a batch's masks share levels: at 10k, 26-29% fewer shared arc reads on the supply
 * chain and BA than in index order, 5% on ER, 40% on our network (README).
 */
export function batchOrder(start: Int32Array, revStart: Int32Array, revTo: Int32Array, sources: Int32Array): Int32Array {
  const n = start.length - 1;
  const isSource = new Uint8Array(n);
  for (let i = 0; i < sources.length; i++) isSource[sources[i]!] = 1;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n + 1); // one spare: the loop writes before it decides
  const ordered = new Int32Array(sources.length);
  let tail = 0;
  let placed = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (let root = 0; root < n; root++) {
      if (seen[root] === 1 || (pass === 0 && start[root + 1] !== start[root])) continue;
      seen[root] = 1;
      queue[tail++] = root;
      for (let head = tail - 1; head < tail; head++) {
        const v = queue[head]!;
        if (isSource[v] === 1) ordered[placed++] = v;
        for (let k = revStart[v]!; k < revStart[v + 1]!; k++) {
          const u = revTo[k]!;
          queue[tail] = u; // kept only when u is new (no branch on it)
          tail += 1 - seen[u]!;
          seen[u] = 1;
        }
      }
    }
  }
  return ordered;
}

