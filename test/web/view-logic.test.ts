// The view's pure helpers, in node: URL hash round trip, safe links, search matching, state actions.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/graph.ts";
import { safeUrl } from "../../src/web/dom.ts";
import { findNodes } from "../../src/web/panels/search.ts";
import { createStore, initialState, type ViewState } from "../../src/web/state.ts";
import { decodeHash, encodeHash } from "../../src/web/url-hash.ts";

describe("URL hash", () => {
  it("round-trips selection, filters and scenario (node and edge cuts)", () => {
    const state: ViewState = {
      ...initialState(),
      selected: "cobalt-refined",
      filters: { hiddenKinds: ["company", "service"], jurisdiction: "bloc:EU", minRisk: 0.25 },
      cuts: [
        { node: "CN", severity: 1 },
        { edge: { from: "JP", to: "photoresist" }, severity: 0.5 },
      ],
      preset: "japan-2019-korea",
    };
    const hash = encodeHash(state);
    expect(hash).toBe("#sel=cobalt-refined&hide=company%2Cservice&jur=bloc%3AEU&risk=0.25&cut=CN%3A1%2CJP%3Ephotoresist%3A0.5&preset=japan-2019-korea");
    expect(decodeHash(hash)).toEqual(state);
    expect(encodeHash(initialState())).toBe("");
  });

  it("treats the hash as untrusted: unknown kinds dropped, numbers clamped, malformed cuts ignored", () => {
    const state = decodeHash("#hide=company,__proto__,robot&risk=7&cut=CN:9,a>b>c:1,:1,TW:x,gps");
    expect(state.filters.hiddenKinds).toEqual(["company"]);
    expect(state.filters.minRisk).toBe(1);
    expect(state.cuts).toEqual([{ node: "CN", severity: 1 }, { node: "gps", severity: 1 }]);
  });
});

describe("safeUrl", () => {
  it("allows http and https only", () => {
    expect(safeUrl("https://www.usgs.gov/x")).toBe("https://www.usgs.gov/x");
    expect(safeUrl("http://example.org")).toBe("http://example.org/");
    for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x", "vbscript:x", "/relative", ""]) {
      expect(safeUrl(bad), bad).toBeUndefined();
    }
  });
});

describe("findNodes", () => {
  const graph = buildGraph({
    nodes: [
      { kind: "material", id: "cobalt-refined", label: "Cobalt (refined)" },
      { kind: "material", id: "cobalt-mined", label: "Cobalt (mined)" },
      { kind: "company", id: "tsmc", label: "TSMC", aliases: ["Taiwan Semiconductor Manufacturing Company"] },
      { kind: "country", id: "CN", label: "China", blocs: [] },
    ],
    edges: [],
  });
  it("matches every word in label, id or alias, best first", () => {
    expect(findNodes(graph, "cobalt ref").map((m) => m.id)).toEqual(["cobalt-refined"]);
    expect(findNodes(graph, "cobalt").map((m) => m.id)).toEqual(["cobalt-mined", "cobalt-refined"]);
    expect(findNodes(graph, "cn")[0]!.id).toBe("CN");
    expect(findNodes(graph, "semiconductor")).toEqual([
      { id: "tsmc", label: "TSMC", kind: "company", via: "Taiwan Semiconductor Manufacturing Company" },
    ]);
    expect(findNodes(graph, "   ")).toEqual([]);
  });
});

describe("store", () => {
  it("named actions notify subscribers; editing a preset's cuts forgets the preset", () => {
    const store = createStore();
    const seen: ViewState[] = [];
    store.subscribe((s) => seen.push(s));
    store.applyPreset("taiwan-blockade", [{ node: "TW", severity: 1 }]);
    expect(store.get().preset).toBe("taiwan-blockade");
    store.setSeverity("TW", 0.4);
    expect(store.get()).toMatchObject({ preset: undefined, cuts: [{ node: "TW", severity: 0.4 }] });
    store.toggleKind("company", false);
    store.toggleKind("company", true);
    expect(store.get().filters.hiddenKinds).toEqual([]);
    store.clearScenario();
    expect(store.get().cuts).toEqual([]);
    expect(seen).toHaveLength(5);
  });
});
