// Concentration reads suppliers, kinds and hosts from the compact view unless an id is an array
// index (graphology then orders neighbours differently and the graphology path is used). Both
// paths give the same hand-computed numbers on the same graph.
import { describe, expect, it } from "vitest";
import { compactGraph } from "../../src/engine/structure/compact.ts";
import { computeConcentration, resolvedShares, suppliedNodes } from "../../src/engine/metrics/concentration.ts";
import { resolveSettings } from "../../src/schema/settings.ts";
import { company, constellation, country, graphOf, locatedIn, material, operates, supplies } from "./_graphs.ts";

const settings = resolveSettings();

/**
 * cobalt: firm F (located in CN and CD) 0.4, CD 0.2, constellation S (operated by US) unlisted,
 * hostless firm H unlisted. Unlisted split (1 - 0.6) / 2 = 0.2 each.
 * Countries: CN 0.2, CD 0.2 + 0.2 = 0.4, US 0.2, H 0.2 (unresolved).
 * HHI country = 40^2 + 3 x 20^2 = 2,800; HHI supplier = 40^2 + 3 x 20^2 = 2,800.
 */
function graph(firm: string) {
  return graphOf(
    [country("CN"), country("CD"), country("US"), company(firm), company("hostless"), constellation("sat"), material("cobalt")],
    [
      locatedIn(firm, "CN"),
      locatedIn(firm, "CD"),
      operates("US", "sat"),
      supplies("CD", "cobalt", 0.2),
      supplies(firm, "cobalt", 0.4),
      supplies("sat", "cobalt"),
      supplies("hostless", "cobalt"),
    ],
  );
}

describe("concentration on the compact view and on graphology", () => {
  for (const firm of ["firm", "2024"]) {
    it(`the same numbers with firm id '${firm}' (${firm === "2024" ? "graphology path" : "compact view"})`, () => {
      const g = graph(firm);
      expect(compactGraph(g).indexLikeIds).toBe(firm === "2024");
      expect(suppliedNodes(g)).toEqual(["cobalt"]);
      // In graphology's order: an array-index id comes first, whatever the edge order.
      const shares = resolvedShares(g, "cobalt");
      expect(shares.map((e) => [e.id, e.listed])).toEqual(
        firm === "2024"
          ? [["2024", true], ["CD", true], ["sat", false], ["hostless", false]]
          : [["CD", true], ["firm", true], ["sat", false], ["hostless", false]],
      );
      expect(shares.map((e) => e.share)).toEqual(
        (firm === "2024" ? [0.4, 0.2, 0.2, 0.2] : [0.2, 0.4, 0.2, 0.2]).map((x) => expect.closeTo(x, 12)),
      );
      const c = computeConcentration(g, "cobalt", settings);
      expect(c.countries.map((e) => [e.id, e.listed])).toEqual([["CD", true], ["CN", true], ["US", false], ["hostless", false]]);
      expect(c.countries.map((e) => e.share)).toEqual([0.4, 0.2, 0.2, 0.2].map((x) => expect.closeTo(x, 12)));
      expect(c.unresolved).toEqual(["hostless"]);
      expect(c.hhiCountry).toBeCloseTo(2800, 6);
      expect(c.hhiSupplier).toBeCloseTo(2800, 6);
      expect(c.coverage).toBeCloseTo(1, 12);
    });
  }
});
