// Where a label may not go: the labels placed so far and the node discs, bucketed in square cells
// over the view so each candidate place is checked against what lies near it only. At 10k nodes a
// frame offers ~400 candidate labels, most of which find no free place and so try all eight of
// theirs; checking each against every placed label and a 64-px grid of discs (string cell keys)
// took 29-110 ms of a frame. The cells here are numbered (no strings), the discs sit in one
// 16-px grid built in two passes over flat arrays, and the placed labels in 64-px cells.
// The answer is the all-pairs one (test/web/labels.test.ts checks it on random layouts): an item is
// put in every cell its bounding box touches, and cell numbers are clamped to the view, so
// something partly off-screen lands in the border cells that hold its on-screen part.

/** A label's box in viewport pixels. */
export interface Box {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node's disc in viewport pixels. */
export interface Disc {
  node: string;
  x: number;
  y: number;
  r: number;
}

/** What the label drawer asks: is this place taken (by a placed label or another node's disc)? */
export interface Occupancy {
  blocked(box: Box): boolean;
  add(box: Box): void;
}

export const boxesOverlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function discOverlaps(box: Box, disc: Disc): boolean {
  const nx = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  return (nx - disc.x) ** 2 + (ny - disc.y) ** 2 < disc.r ** 2;
}

const DISC_CELL = 16;
const LABEL_CELL = 64;

/** Cell columns and rows over a view, and the clamped cell range of an extent. */
class Cells {
  readonly cols: number;
  readonly rows: number;
  constructor(
    readonly size: number,
    view: { width: number; height: number },
  ) {
    this.cols = Math.max(1, Math.ceil(view.width / size));
    this.rows = Math.max(1, Math.ceil(view.height / size));
  }
  col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor(x / this.size)));
  }
  row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(y / this.size)));
  }
}

/** Discs in 16-px cells: each cell's disc indices in one Int32Array (counted, then filled). */
class DiscCells {
  private readonly cells: Cells;
  private readonly start: Int32Array;
  private readonly members: Int32Array;
  constructor(
    private readonly discs: readonly Disc[],
    view: { width: number; height: number },
  ) {
    const cells = (this.cells = new Cells(DISC_CELL, view));
    const count = new Int32Array(cells.cols * cells.rows + 1);
    const fill = (visit: (cell: number, index: number) => void) => {
      for (let k = 0; k < discs.length; k++) {
        const d = discs[k]!;
        const c0 = cells.col(d.x - d.r);
        const c1 = cells.col(d.x + d.r);
        const r1 = cells.row(d.y + d.r);
        for (let r = cells.row(d.y - d.r); r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * cells.cols + c, k);
      }
    };
    fill((cell) => count[cell + 1]!++);
    for (let i = 1; i < count.length; i++) count[i]! += count[i - 1]!;
    this.start = count.slice();
    this.members = new Int32Array(count[count.length - 1]!);
    fill((cell, index) => (this.members[count[cell]!++] = index));
  }
  hits(box: Box): boolean {
    const { cells, start, members, discs } = this;
    // Plain locals, no tuple: this runs up to eight times per candidate label.
    const c0 = cells.col(box.x);
    const c1 = cells.col(box.x + box.width);
    const r1 = cells.row(box.y + box.height);
    for (let r = cells.row(box.y); r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * cells.cols + c;
        for (let i = start[cell]!; i < start[cell + 1]!; i++) {
          const d = discs[members[i]!]!;
          if (d.node !== box.node && discOverlaps(box, d)) return true;
        }
      }
    }
    return false;
  }
}

/** Placed labels in 64-px cells, filled as the drawer places them. */
class BoxCells {
  private readonly cells: Cells;
  private readonly lists: (Box[] | undefined)[];
  constructor(view: { width: number; height: number }) {
    this.cells = new Cells(LABEL_CELL, view);
    this.lists = new Array<Box[] | undefined>(this.cells.cols * this.cells.rows);
  }
  add(box: Box): void {
    const { cells } = this;
    const c0 = cells.col(box.x);
    const c1 = cells.col(box.x + box.width);
    const r1 = cells.row(box.y + box.height);
    for (let r = cells.row(box.y); r <= r1; r++) for (let c = c0; c <= c1; c++) (this.lists[r * cells.cols + c] ??= []).push(box);
  }
  hits(box: Box): boolean {
    const { cells } = this;
    const c0 = cells.col(box.x);
    const c1 = cells.col(box.x + box.width);
    const r1 = cells.row(box.y + box.height);
    for (let r = cells.row(box.y); r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const list = this.lists[r * cells.cols + c];
        if (list) for (const b of list) if (boxesOverlap(box, b)) return true;
      }
    }
    return false;
  }
}

/** The drawer's default occupancy: both grids over the view. */
export function gridOccupancy(discs: readonly Disc[], view: { width: number; height: number }): Occupancy {
  const discCells = new DiscCells(discs, view);
  const boxCells = new BoxCells(view);
  return { blocked: (box) => boxCells.hits(box) || discCells.hits(box), add: (box) => boxCells.add(box) };
}
