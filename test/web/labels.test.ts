// The label drawer in node, with a stand-in canvas context (10 px per character): labels go to the
// first free place around their disc, most important first, never over another label or disc.
import { describe, expect, it } from "vitest";
import { createLabelDrawer, discOverlaps, LABEL_RANK, type Disc } from "../../src/web/labels.ts";

interface Drawn {
  text: string;
  x: number;
  y: number;
}

function fakeContext(drawn: Drawn[]) {
  return {
    font: "",
    lineWidth: 0,
    lineJoin: "",
    strokeStyle: "",
    fillStyle: "",
    measureText: (text: string) => ({ width: text.length * 10 }),
    strokeText: () => {},
    fillText: (text: string, x: number, y: number) => drawn.push({ text, x, y }),
  } as unknown as CanvasRenderingContext2D;
}

const settings = { labelSize: 12, labelWeight: "normal", labelFont: "x", labelColor: { color: "#000" } } as never;
const VIEW = { width: 400, height: 300 };

function node(key: string, x: number, y: number, extra: Record<string, unknown> = {}) {
  return { key, label: key, x, y, size: 5, ...extra } as never;
}

describe("label drawer", () => {
  it("puts each label right of its disc when that place is free", () => {
    const drawn: Drawn[] = [];
    const ctx = fakeContext(drawn);
    const labels = createLabelDrawer();
    labels.reset();
    // "aaaa" at (100,100) takes x 106..150; "bb" at (160,100) has its right side free.
    labels.draw(ctx, node("aaaa", 100, 100), settings);
    labels.draw(ctx, node("bb", 160, 100), settings);
    const discs: Disc[] = [
      { node: "aaaa", x: 100, y: 100, r: 5 },
      { node: "bb", x: 160, y: 100, r: 5 },
    ];
    labels.flush(() => discs, VIEW);
    const boxes = labels.boxes();
    expect(boxes.map((b) => b.node)).toEqual(["aaaa", "bb"]);
    // aaaa right of its disc: text at x = 100 + 5 + 3 = 108, box from 106, 40 + 4 wide.
    expect(boxes[0]).toEqual({ node: "aaaa", x: 106, y: 100 + 4 - 12, width: 44, height: 16 });
    // bb's right side is free: text at 168.
    expect(drawn[1]).toEqual({ text: "bb", x: 168, y: 104 });
    for (const b of boxes) for (const d of discs) if (d.node !== b.node) expect(discOverlaps(b, d)).toBe(false);
  });

  it("draws the most important first: a sector takes the place an ordinary label wanted", () => {
    const labels = createLabelDrawer();
    const ctx = fakeContext([]);
    labels.reset();
    // Both want the same spot to the right of nearly the same point; sigma offers the ordinary one first.
    labels.draw(ctx, node("other", 100, 100), settings);
    labels.draw(ctx, node("sector", 100, 101, { labelRank: LABEL_RANK.sector }), settings);
    labels.flush(() => [], VIEW);
    const boxes = labels.boxes();
    expect(boxes[0]!.node).toBe("sector");
    expect(boxes[0]!.x).toBe(106);
    // "other" found a place elsewhere (left of its disc): x = 100 - 5 - 3 - 50 - 2.
    expect(boxes[1]).toMatchObject({ node: "other", x: 40 });
  });

  it("skips a label with no free place, and never leaves the viewport", () => {
    const labels = createLabelDrawer();
    const ctx = fakeContext([]);
    labels.reset();
    labels.draw(ctx, node("edge-of-screen-label", 395, 150), settings);
    // Discs all round leave no place.
    const ring: Disc[] = [];
    for (let dx = -60; dx <= 60; dx += 10) for (let dy = -30; dy <= 30; dy += 10) ring.push({ node: `d${dx},${dy}`, x: 200 + dx, y: 100 + dy, r: 6 });
    labels.draw(ctx, node("boxed", 200, 100), settings);
    labels.flush(() => ring, VIEW);
    const boxes = labels.boxes();
    expect(boxes.map((b) => b.node)).toEqual(["edge-of-screen-label"]);
    expect(boxes[0]!.x + boxes[0]!.width).toBeLessThanOrEqual(VIEW.width);
    expect(labels.skipped()).toEqual(["boxed"]);
  });
});
