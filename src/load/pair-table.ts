// A hash table from ordered pairs of node indices to a number (the first edge with that pair), in
// typed arrays: the duplicate-edge check runs once per edge, and at 500k edges a Map keyed by
// `from\0to` strings spent most of the merge building and hashing those strings.

const EMPTY = -1;

export class PairTable {
  private from: Int32Array;
  private to: Int32Array;
  private value: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.from = new Int32Array(capacity).fill(EMPTY);
    this.to = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The value stored for (from, to), or `value` stored now and -1 returned when the pair is new. Indices are >= 0. */
  getOrSet(from: number, to: number, value: number): number {
    let slot = this.slotOf(from, to);
    for (;;) {
      const f = this.from[slot]!;
      if (f === EMPTY) break;
      if (f === from && this.to[slot] === to) return this.value[slot]!;
      slot = (slot + 1) & this.mask;
    }
    this.from[slot] = from;
    this.to[slot] = to;
    this.value[slot] = value;
    if (++this.count * 2 > this.mask) this.grow();
    return -1;
  }

  private slotOf(from: number, to: number): number {
    const h = Math.imul(from, 0x9e3779b1) ^ Math.imul(to ^ (to >>> 15), 0x85ebca6b);
    return (h ^ (h >>> 16)) & this.mask;
  }

  private grow(): void {
    const { from, to, value } = this;
    const capacity = from.length * 2;
    this.from = new Int32Array(capacity).fill(EMPTY);
    this.to = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < from.length; i++) {
      if (from[i] === EMPTY) continue;
      let slot = this.slotOf(from[i]!, to[i]!);
      while (this.from[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.from[slot] = from[i]!;
      this.to[slot] = to[i]!;
      this.value[slot] = value[i]!;
    }
  }
}
