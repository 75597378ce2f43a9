// `chokepoint scenario --cut FROM:MATERIAL`: one supplier withholds every stage of a material.
import { describe, expect, it } from "vitest";
import { only, runIn } from "./helpers.ts";

const mini = only("mini");

describe("scenario --cut FROM:MATERIAL", () => {
  it("cuts the stages the supplier supplies, and nothing else it supplies", async () => {
    // CN refines 74% of cobalt (mines none): cobalt-refined 0.26. CN still makes its 75% of cells,
    // so li-ion-cell = min(supply 1, input 0.26) = 0.26, and EVs 0.26 (a whole-CN cut gives 0.25).
    const r = await runIn(["scenario", "--cut", "CN:cobalt", "--steady-state", ...mini, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.cuts).toEqual([{ edge: { from: "CN", to: "cobalt-refined" }, severity: 1 }]);
    expect(out.sectors[0].sector).toBe("electric-vehicles");
    expect(out.sectors[0].availability).toBeCloseTo(0.26, 12);
    // CD mines 70%, cut half: cobalt-mined 0.3 + 0.7 x 0.5 = 0.65, and so down the chain.
    const half = JSON.parse((await runIn(["scenario", "--cut", "CD:cobalt=50%", "--steady-state", ...mini, "--json"])).stdout);
    expect(half.sectors[0].availability).toBeCloseTo(0.65, 12);
  });

  it("says which materials exist, or which stages there are, as a usage error", async () => {
    const unknown = await runIn(["scenario", "--cut", "CN:gold", ...mini]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--cut CN:gold: no material "gold" in the graph; materials are .*cobalt/);
    const none = await runIn(["scenario", "--cut", "JP:cobalt", ...mini]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/JP supplies no stage of cobalt \(cobalt-mined, cobalt-refined\)/);
  });
});
