// Node labels that never overlap: sigma's label grid picks candidates, and this drawer skips any
// label whose box would cross one already drawn in the same frame (forced labels, the selection's,
// are always drawn). Long labels are shortened on the canvas; the panels show them whole. Canvas
// text is never parsed as HTML, so untrusted labels are safe here.
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { RenderEdge, RenderNode } from "./render-graph.ts";

type DrawLabel = NodeLabelDrawingFunction<RenderNode, RenderEdge>;

export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MAX_LABEL_CHARS = 24;

export const shortLabel = (label: string) => (label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label);

export interface LabelDrawer {
  draw: DrawLabel;
  /** Call at the start of each frame (sigma's beforeRender). */
  reset(): void;
  /** The boxes drawn in the current frame, in viewport pixels. */
  boxes(): LabelBox[];
}

export function createLabelDrawer(): LabelDrawer {
  let drawn: LabelBox[] = [];
  const overlaps = (a: LabelBox) =>
    drawn.some((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height);

  const draw: DrawLabel = (context, data, settings) => {
    if (!data.label) return;
    const text = shortLabel(data.label);
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 3;
    const y = data.y + size / 3;
    const box = { node: (data as { key?: string }).key ?? "", x: x - 2, y: y - size, width: context.measureText(text).width + 4, height: size + 4 };
    if (!data.forceLabel && overlaps(box)) return;
    drawn.push(box);
    context.lineWidth = 3;
    context.lineJoin = "round";
    context.strokeStyle = "rgba(255,255,255,0.9)";
    context.strokeText(text, x, y);
    context.fillStyle = settings.labelColor.color ?? "#1d2430";
    context.fillText(text, x, y);
  };
  return { draw, reset: () => (drawn = []), boxes: () => drawn.slice() };
}
