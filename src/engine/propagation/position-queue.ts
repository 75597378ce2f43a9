// The sweep loop's queue (sweep-loop.ts): sweep positions as a two-level bitset, popped in
// ascending order (it replaced a binary heap: the same order, cheaper).

/** A queue of sweep positions 0..n-1: bits, and one summary bit per non-empty word; pops ascend. */
export function createPositionQueue(n: number) {
  const words = new Int32Array((n + 31) >>> 5);
  const summary = new Int32Array((words.length + 31) >>> 5);
  /** The first non-empty word at index >= w, or -1. */
  const wordFrom = (w: number): number => {
    let s = w >>> 5;
    if (s >= summary.length) return -1;
    let bits = summary[s]! & (-1 << (w & 31));
    while (bits === 0) {
      if (++s >= summary.length) return -1;
      bits = summary[s]!;
    }
    return (s << 5) + (31 - Math.clz32(bits & -bits));
  };
  return {
    push(p: number) {
      const w = p >>> 5;
      words[w]! |= 1 << (p & 31);
      summary[w >>> 5]! |= 1 << (w & 31);
    },
    /** Removes and returns the smallest queued position >= from, or -1. */
    popFrom(from: number): number {
      let w = from >>> 5;
      if (w >= words.length) return -1;
      let bits = words[w]! & (-1 << (from & 31));
      if (bits === 0) {
        w = wordFrom(w + 1);
        if (w < 0) return -1;
        bits = words[w]!;
      }
      const low = bits & -bits;
      words[w]! ^= low;
      if (words[w] === 0) summary[w >>> 5]! &= ~(1 << (w & 31));
      return (w << 5) + (31 - Math.clz32(low));
    },
  };
}
