// Which nodes a scenario result repaints (issue 15 item 10): only those whose colour changed.
import { describe, expect, it } from "vitest";
import { changedColours, Unpainted } from "../../src/web/recolour.ts";

describe("changedColours", () => {
  const all = () => true;
  it("lists nodes that gained, changed or lost a colour, and no others", () => {
    const before = new Map([
      ["a", "#111"],
      ["b", "#222"],
      ["c", "#333"],
    ]);
    const after = new Map([
      ["a", "#111"],
      ["b", "#999"],
      ["d", "#444"],
    ]);
    expect(changedColours(before, after, all).sort()).toEqual(["b", "c", "d"]);
  });
  it("the first result repaints every coloured node, clearing repaints every one that had a colour", () => {
    const colours = new Map([
      ["a", "#111"],
      ["b", "#222"],
    ]);
    expect(changedColours(undefined, colours, all).sort()).toEqual(["a", "b"]);
    expect(changedColours(colours, undefined, all).sort()).toEqual(["a", "b"]);
    expect(changedColours(colours, colours, all)).toEqual([]);
    expect(changedColours(colours, new Map(colours), all)).toEqual([]);
  });
  it("skips nodes the renderer does not hold", () => {
    const after = new Map([
      ["a", "#111"],
      ["gone", "#222"],
    ]);
    expect(changedColours(new Map([["gone2", "#000"]]), after, (n) => !n.startsWith("gone"))).toEqual(["a"]);
  });
});

describe("Unpainted", () => {
  const all = () => true;
  it("keeps a superseded result's nodes for the next repaint (the months arriving before the steady state was repainted)", () => {
    // Drawn: no scenario colours. The steady state recolours a and b; the month, arriving before
    // that repaint, keeps a's colour and changes b's. Both must be repainted, a included.
    const steady = new Map([
      ["a", "#111"],
      ["b", "#222"],
    ]);
    const month = new Map([
      ["a", "#111"],
      ["b", "#999"],
    ]);
    const unpainted = new Unpainted();
    unpainted.mark(undefined, steady, all);
    unpainted.mark(steady, month, all);
    expect(unpainted.take().sort()).toEqual(["a", "b"]);
    expect(unpainted.take()).toEqual([]);
  });
  it("a full refresh leaves nothing to repaint", () => {
    const unpainted = new Unpainted();
    unpainted.mark(undefined, new Map([["a", "#111"]]), all);
    unpainted.clear();
    expect(unpainted.take()).toEqual([]);
  });
});
