// Node positions by id for the merge's edge loop: an open-addressing table of (hash, position) in
// one typed array, beside the Map the dataset keeps. At a million nodes the loop looks up five
// million edge ends (the other five million mostly repeat the previous edge's `to`), and a Map
// lookup of a freshly parsed string cost about 1 microsecond there: hashing the string, then
// walking a bucket chain that reads each candidate key's string (cache and TLB misses). Here a
// probe compares the stored hash first, and a string is compared only when the hashes match.

/** FNV-1a over the UTF-16 code units. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class IdTable {
  /** Per slot: the id's hash, then its position + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `ids[v]` is the id of position v; ids must be distinct. */
  constructor(private readonly ids: readonly string[]) {
    let capacity = 16;
    while (capacity < ids.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let v = 0; v < ids.length; v++) {
      const h = hashOf(ids[v]!);
      let slot = this.slotOf(h);
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = h;
      this.slots[slot * 2 + 1] = v + 1;
    }
  }

  /** The position of `id`, or undefined. */
  get(id: string): number | undefined {
    const h = hashOf(id);
    for (let slot = this.slotOf(h); ; slot = (slot + 1) & this.mask) {
      const v = this.slots[slot * 2 + 1]!;
      if (v === 0) return undefined;
      if (this.slots[slot * 2] === h && this.ids[v - 1] === id) return v - 1;
    }
  }

  private slotOf(h: number): number {
    return Math.imul(h ^ (h >>> 16), 0x45d9f3b) & this.mask;
  }
}
