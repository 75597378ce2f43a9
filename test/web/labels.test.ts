// The label drawer in node, with a stand-in canvas context (10 px per character): labels go to the
// first free place around their disc, most important first, never over another label or disc.
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/engine/structure/seeded-random.ts";
import { boxesOverlap, type Box } from "../../src/web/label-grid.ts";
import { createLabelDrawer, discOverlaps, LABEL_RANK, shortLabel, type Disc } from "../../src/web/labels.ts";

interface Drawn {
  text: string;
  x: number;
  y: number;
}

function fakeContext(drawn: Drawn[], perChar = 10) {
  return {
    font: "",
    lineWidth: 0,
    lineJoin: "",
    strokeStyle: "",
    fillStyle: "",
    measureText: (text: string) => ({ width: text.length * perChar }),
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

/**
 * The rule written out plainly, as the drawer ran before its grids: most important first, each
 * label measured, its eight places tried in order against every label placed so far and every disc.
 */
function allPairs(nodes: { key: string; label: string; x: number; y: number; size: number; labelRank: number; highlighted?: true }[], discs: readonly Disc[], view: { width: number; height: number }, perChar: number) {
  const fontSize = 12;
  const boxes: Box[] = [];
  const drawn: Drawn[] = [];
  const skipped: string[] = [];
  const order = nodes.map((n, i) => ({ n, i })).sort((a, b) => Number(!a.n.highlighted) - Number(!b.n.highlighted) || a.n.labelRank - b.n.labelRank || a.i - b.i);
  for (const { n } of order) {
    if (n.highlighted) {
      const radius = Math.max(n.size, fontSize / 2) + 2;
      const h = fontSize + 4;
      boxes.push({ node: n.key, x: n.x - radius, y: n.y - Math.max(radius, h / 2), width: 2 * radius + Math.round(n.label.length * perChar + 5), height: Math.max(2 * radius, h), highlight: true } as Box);
      continue;
    }
    const text = shortLabel(n.label);
    const w = text.length * perChar;
    const [gap, base, above, below] = [3, n.y + fontSize / 3, n.y - n.size - 3 - 2, n.y + n.size + 3 + fontSize];
    const origins = [
      [n.x + n.size + gap, base], [n.x - n.size - gap - w, base], [n.x - w / 2, above], [n.x - w / 2, below],
      [n.x + n.size, above], [n.x + n.size, below], [n.x - n.size - w, above], [n.x - n.size - w, below],
    ] as const;
    const free = origins
      .map(([tx, ty]) => ({ tx, ty, box: { node: n.key, x: tx - 2, y: ty - fontSize, width: w + 4, height: fontSize + 4 } }))
      .find(({ box: b }) => b.x >= 0 && b.y >= 0 && b.x + b.width <= view.width && b.y + b.height <= view.height && !boxes.some((o) => boxesOverlap(b, o)) && !discs.some((d) => d.node !== n.key && discOverlaps(b, d)));
    if (!free) skipped.push(n.key);
    else {
      boxes.push(free.box);
      drawn.push({ text, x: free.tx, y: free.ty });
    }
  }
  return { drawn, boxes, skipped };
}

/** A random frame: discs spread a little past the view's edges, candidate labels on some of them. */
function randomFrame(seed: number) {
  const rnd = seededRandom(seed);
  const view = { width: 200 + Math.floor(rnd() * 600), height: 150 + Math.floor(rnd() * 450) };
  const discs: Disc[] = [];
  const count = 50 + Math.floor(rnd() * 400);
  for (let i = 0; i < count; i++) discs.push({ node: `n${i}`, x: rnd() * (view.width + 80) - 40, y: rnd() * (view.height + 80) - 40, r: 1 + rnd() * 12 });
  const ranks = Object.values(LABEL_RANK);
  const nodes = discs.filter(() => rnd() < 0.4).map((d) => {
    const label = "x".repeat(1 + Math.floor(rnd() * 30));
    const labelRank = ranks[Math.floor(rnd() * ranks.length)]!;
    return { key: d.node, label, x: d.x, y: d.y, size: d.r, labelRank, ...(rnd() < 0.02 ? { highlighted: true as const } : {}) };
  });
  return { view, discs, nodes, perChar: 5 + rnd() * 4 };
}

describe("label grids", () => {
  it("place every label where the plain all-pairs rule places it, on random frames", () => {
    let placed = 0;
    let skipped = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const frame = randomFrame(seed);
      const drawn: Drawn[] = [];
      const ctx = fakeContext(drawn, frame.perChar);
      const labels = createLabelDrawer();
      labels.reset();
      for (const n of frame.nodes) labels.draw(ctx, n as never, settings);
      labels.flush(() => frame.discs, frame.view);
      const grid = { drawn, boxes: labels.boxes(), skipped: labels.skipped() };
      expect(grid, `seed ${seed}`).toEqual(allPairs(frame.nodes, frame.discs, frame.view, frame.perChar));
      placed += grid.drawn.length;
      skipped += grid.skipped.length;
    }
    // Both outcomes occur often: the frames are neither empty nor hopelessly crowded.
    expect(placed).toBeGreaterThan(500);
    expect(skipped).toBeGreaterThan(500);
  });
});
