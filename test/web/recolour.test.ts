// Which nodes a scenario result repaints (issue 15 item 10): only those whose colour changed.
import { describe, expect, it } from "vitest";
import { changedColours } from "../../src/web/recolour.ts";

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
