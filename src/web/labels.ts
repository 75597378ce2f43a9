// Node labels that overlap neither each other nor another node's disc. Sigma's label grid picks the
// candidates and draws forced labels last; this drawer only collects them during sigma's label pass
// and lays them out after the frame (afterRender), most important first: the selection, the hovered
// node, its direct suppliers and dependents, every sector, then the rest of the chain, then the rest. Each label tries the right of its
// disc, then the left, above, below and the four corners, and is skipped when no place is free. Long labels are
// shortened on the canvas; the panels show them whole. Canvas text is never parsed as HTML, so
// untrusted labels are safe here.
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { RenderEdge, RenderNode } from "./render-graph.ts";

type DrawLabel = NodeLabelDrawingFunction<RenderNode, RenderEdge>;
type Settings = Parameters<DrawLabel>[2];

export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * The selected or hovered node's label: sigma draws it on its hover layer, whole, on an opaque
   * white box over whatever lies beneath, so it is always legible. The other labels keep clear of it.
   */
  highlight?: true;
}

/** A node's disc in viewport pixels: what a label must not cover. */
export interface Disc {
  node: string;
  x: number;
  y: number;
  r: number;
}

/** Label priority, lower first (RenderNode.labelRank, set by the reducers). */
export const LABEL_RANK = { selected: 0, hovered: 1, neighbour: 2, sector: 3, chain: 4, other: 9 } as const;

export const MAX_LABEL_CHARS = 24;

export const shortLabel = (label: string) => (label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label);

export interface LabelDrawer {
  /** Sigma's defaultDrawNodeLabel: collects the candidate. */
  draw: DrawLabel;
  /** Call at the start of each frame (sigma's beforeRender). */
  reset(): void;
  /** Lays out and draws the frame's candidates inside `view`, avoiding `discs` (sigma's afterRender). */
  flush(discs: () => Disc[], view: { width: number; height: number }): void;
  /** The boxes drawn in the current frame, in viewport pixels. */
  boxes(): LabelBox[];
  /** Candidates of the last frame that found no free place (for tests and the bench). */
  skipped(): string[];
}

interface Candidate {
  node: string;
  text: string;
  x: number;
  y: number;
  size: number;
  rank: number;
  order: number;
  /** Drawn by sigma's hover layer (full label): only its box is reserved here. */
  highlight: { label: string } | undefined;
}

const boxesOverlap = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function discOverlaps(box: LabelBox, disc: Disc): boolean {
  const nx = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  return (nx - disc.x) ** 2 + (ny - disc.y) ** 2 < disc.r ** 2;
}

/** Discs bucketed by 64-px cells, so each box checks only the discs near it. */
class DiscGrid {
  private cells = new Map<string, Disc[]>();
  private static CELL = 64;
  constructor(discs: Disc[]) {
    for (const d of discs) this.cover(d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r, (key) => this.bucket(key).push(d));
  }
  private bucket(key: string): Disc[] {
    let list = this.cells.get(key);
    if (!list) this.cells.set(key, (list = []));
    return list;
  }
  private cover(x0: number, y0: number, x1: number, y1: number, visit: (key: string) => void): void {
    const c = DiscGrid.CELL;
    for (let i = Math.floor(x0 / c); i <= Math.floor(x1 / c); i++) for (let j = Math.floor(y0 / c); j <= Math.floor(y1 / c); j++) visit(`${i},${j}`);
  }
  hits(box: LabelBox): boolean {
    let hit = false;
    this.cover(box.x, box.y, box.x + box.width, box.y + box.height, (key) => {
      if (!hit) hit = (this.cells.get(key) ?? []).some((d) => d.node !== box.node && discOverlaps(box, d));
    });
    return hit;
  }
}

/** Where a label may go around its disc: right, left, above, below (text origin + box). */
function placements(c: Candidate, width: number, fontSize: number): { tx: number; ty: number; box: LabelBox }[] {
  const gap = 3;
  const h = fontSize + 4;
  const at = (tx: number, ty: number) => ({ tx, ty, box: { node: c.node, x: tx - 2, y: ty - fontSize, width: width + 4, height: h } });
  const baseline = c.y + fontSize / 3;
  return [
    at(c.x + c.size + gap, baseline),
    at(c.x - c.size - gap - width, baseline),
    at(c.x - width / 2, c.y - c.size - gap - 2),
    at(c.x - width / 2, c.y + c.size + gap + fontSize),
    // Then the four corners, for a node whose sides are taken.
    at(c.x + c.size, c.y - c.size - gap - 2),
    at(c.x + c.size, c.y + c.size + gap + fontSize),
    at(c.x - c.size - width, c.y - c.size - gap - 2),
    at(c.x - c.size - width, c.y + c.size + gap + fontSize),
  ];
}

/** The box sigma's drawDiscNodeHover fills: a disc of the node's size plus the whole label. */
function highlightBox(c: Candidate, textWidth: number, fontSize: number): LabelBox {
  const height = Math.round(fontSize + 4);
  const radius = Math.max(c.size, fontSize / 2) + 2;
  return { node: c.node, x: c.x - radius, y: c.y - Math.max(radius, height / 2), width: 2 * radius + Math.round(textWidth + 5), height: Math.max(2 * radius, height), highlight: true };
}

export function createLabelDrawer(): LabelDrawer {
  let drawn: LabelBox[] = [];
  let skipped: string[] = [];
  let candidates: Candidate[] = [];
  let context: CanvasRenderingContext2D | undefined;
  let settings: Settings | undefined;

  const draw: DrawLabel = (ctx, data, s) => {
    if (!data.label) return;
    context = ctx;
    settings = s;
    const node = (data as { key?: string }).key ?? "";
    const rank = data.labelRank ?? (data.forceLabel ? LABEL_RANK.chain : LABEL_RANK.other);
    const highlight = data.highlighted ? { label: data.label } : undefined;
    candidates.push({ node, text: shortLabel(data.label), x: data.x, y: data.y, size: data.size, rank, order: candidates.length, highlight });
  };

  const flush = (discs: () => Disc[], view: { width: number; height: number }) => {
    if (!context || !settings || candidates.length === 0) return;
    const ctx = context;
    const size = settings.labelSize;
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    ctx.lineWidth = 3;
    ctx.lineJoin = "round";
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    ctx.fillStyle = settings.labelColor.color ?? "#1d2430";
    const grid = new DiscGrid(discs());
    const sorted = candidates.slice().sort((a, b) => Number(!a.highlight) - Number(!b.highlight) || a.rank - b.rank || a.order - b.order);
    for (const c of sorted) {
      if (c.highlight) {
        drawn.push(highlightBox(c, ctx.measureText(c.highlight.label).width, size));
        continue;
      }
      const width = ctx.measureText(c.text).width;
      const inside = (b: LabelBox) => b.x >= 0 && b.y >= 0 && b.x + b.width <= view.width && b.y + b.height <= view.height;
      const place = placements(c, width, size).find((p) => inside(p.box) && !drawn.some((b) => boxesOverlap(p.box, b)) && !grid.hits(p.box));
      if (!place) {
        skipped.push(c.node);
        continue;
      }
      drawn.push(place.box);
      ctx.strokeText(c.text, place.tx, place.ty);
      ctx.fillText(c.text, place.tx, place.ty);
    }
    candidates = [];
  };

  return {
    draw,
    reset: () => {
      drawn = [];
      skipped = [];
      candidates = [];
    },
    flush,
    boxes: () => drawn.slice(),
    skipped: () => skipped.slice(),
  };
}
