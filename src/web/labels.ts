// Node labels that overlap neither each other nor another node's disc. Sigma's label grid picks the
// candidates and draws forced labels last; this drawer only collects them during sigma's label pass
// and lays them out after the frame (afterRender), most important first: the selection, the hovered
// node, its direct suppliers and dependents, every sector, then the rest of the chain, then the rest. Each label tries the right of its
// disc, then the left, above, below and the four corners, and is skipped when no place is free. Long labels are
// shortened on the canvas; the panels show them whole. Canvas text is never parsed as HTML, so
// untrusted labels are safe here.
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import { discOverlaps, gridOccupancy, type Box, type Disc } from "./label-grid.ts";
import type { RenderEdge, RenderNode } from "./render-graph.ts";

type DrawLabel = NodeLabelDrawingFunction<RenderNode, RenderEdge>;
type Settings = Parameters<DrawLabel>[2];

export interface LabelBox extends Box {
  /**
   * The selected or hovered node's label: sigma draws it on its hover layer, whole, on an opaque
   * white box over whatever lies beneath, so it is always legible. The other labels keep clear of it.
   */
  highlight?: true;
}

export { discOverlaps, type Disc };

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

/**
 * Where a label may go around its disc: right, left, above, below, then the four corners, for a
 * node whose sides are taken. Writes place `i`'s text origin and box into `out` (no allocation:
 * most candidates try all eight).
 */
function placement(c: Candidate, i: number, width: number, fontSize: number, out: Place): void {
  const gap = 3;
  const baseline = c.y + fontSize / 3;
  const above = c.y - c.size - gap - 2;
  const below = c.y + c.size + gap + fontSize;
  const corner = i >= 4 && i % 2 === 0 ? above : below;
  if (i === 0) set(out, c.x + c.size + gap, baseline);
  else if (i === 1) set(out, c.x - c.size - gap - width, baseline);
  else if (i === 2) set(out, c.x - width / 2, above);
  else if (i === 3) set(out, c.x - width / 2, below);
  else set(out, i < 6 ? c.x + c.size : c.x - c.size - width, corner);
  const { tx, ty } = out;
  out.box.node = c.node;
  out.box.x = tx - 2;
  out.box.y = ty - fontSize;
  out.box.width = width + 4;
  out.box.height = fontSize + 4;
}

const PLACES = 8;

function set(out: Place, tx: number, ty: number): void {
  out.tx = tx;
  out.ty = ty;
}

interface Place {
  tx: number;
  ty: number;
  box: LabelBox;
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
  // Label widths by text, for the font they were measured in: the next frame offers mostly the same
  // labels (a recolour, a camera that settles), and measureText took 4-7 ms of a 10k-node frame.
  let widthFont = "";
  const widths = new Map<string, number>();
  const widthOf = (ctx: CanvasRenderingContext2D, text: string) => {
    if (ctx.font !== widthFont) {
      widths.clear();
      widthFont = ctx.font;
    }
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = ctx.measureText(text).width));
    return width;
  };

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
    const taken = gridOccupancy(discs(), view);
    const sorted = candidates.slice().sort((a, b) => Number(!a.highlight) - Number(!b.highlight) || a.rank - b.rank || a.order - b.order);
    const place: Place = { tx: 0, ty: 0, box: { node: "", x: 0, y: 0, width: 0, height: 0 } };
    const inside = (b: LabelBox) => b.x >= 0 && b.y >= 0 && b.x + b.width <= view.width && b.y + b.height <= view.height;
    for (const c of sorted) {
      if (c.highlight) {
        const box = highlightBox(c, widthOf(ctx, c.highlight.label), size);
        drawn.push(box);
        taken.add(box);
        continue;
      }
      // Each place's box only grows with the text's width (it is anchored at the disc), so a place
      // blocked for an empty text is blocked for any: most candidates are ruled out before the
      // text is measured, and only the places left are tried at full width.
      let free = 0;
      for (let i = 0; i < PLACES; i++) {
        placement(c, i, 0, size, place);
        if (inside(place.box) && !taken.blocked(place.box)) free |= 1 << i;
      }
      let i = free === 0 ? PLACES : 0;
      if (free !== 0) {
        const width = widthOf(ctx, c.text);
        for (; i < PLACES; i++) {
          if (!(free & (1 << i))) continue;
          placement(c, i, width, size, place);
          if (inside(place.box) && !taken.blocked(place.box)) break;
        }
      }
      if (i === PLACES) {
        skipped.push(c.node);
        continue;
      }
      const box = { ...place.box };
      drawn.push(box);
      taken.add(box);
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
