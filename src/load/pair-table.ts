// A hash table from ordered pairs of node indices to a number (the first edge with that pair), in
// typed arrays: the duplicate-edge check (first-edges.ts, for the edges it cannot settle by runs)
// runs once per edge, and at 500k edges a Map keyed by `from\0to` strings spent most of the merge
// building and hashing those strings. One slot's from, to and value sit side by side (mostly one
// cache line per probe): three separate arrays cost three cache misses per probe.

/** Int32s per slot: from + 1 (0: an empty slot, so a new table needs no fill), to, value. */
const STRIDE = 3;

export class PairTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * STRIDE);
    this.mask = capacity - 1;
  }

  /** The value stored for (from, to), or `value` stored now and -1 returned when the pair is new. Indices are >= 0. */
  getOrSet(from: number, to: number, value: number): number {
    const slots = this.slots;
    let slot = this.slotOf(from, to);
    for (;;) {
      const at = slot * STRIDE;
      const f = slots[at]!;
      if (f === 0) break;
      if (f === from + 1 && slots[at + 1] === to) return slots[at + 2]!;
      slot = (slot + 1) & this.mask;
    }
    const at = slot * STRIDE;
    slots[at] = from + 1;
    slots[at + 1] = to;
    slots[at + 2] = value;
    if (++this.count * 2 > this.mask) this.grow();
    return -1;
  }

  private slotOf(from: number, to: number): number {
    const h = Math.imul(from, 0x9e3779b1) ^ Math.imul(to ^ (to >>> 15), 0x85ebca6b);
    return (h ^ (h >>> 16)) & this.mask;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * STRIDE);
    this.mask = capacity - 1;
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at] === 0) continue;
      let slot = this.slotOf(old[at]! - 1, old[at + 1]!);
      while (this.slots[slot * STRIDE] !== 0) slot = (slot + 1) & this.mask;
      this.slots.set(old.subarray(at, at + STRIDE), slot * STRIDE);
    }
  }
}
