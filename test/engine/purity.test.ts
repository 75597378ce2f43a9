// Nothing in the engine mutates its input graph, and the library entry exports the whole engine.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.ts";
import { company, constellation, country, graphOf, input, locatedIn, material, operates, sector, service, supplies } from "./_graphs.ts";

const sample = () =>
  graphOf(
    [country("CN", { governance: { wgi: -0.5 } }), country("JP", { blocs: ["G7"] }), country("US", { partner: true }), company("jsr"), material("photoresist", { material: "photoresist" }), material("co"), constellation("gps"), service("pnt"), sector("chips"), sector("nav")],
    [
      locatedIn("jsr", "JP"),
      supplies("jsr", "photoresist", 0.9),
      supplies("CN", "co", 0.7),
      supplies("US", "co"),
      input("co", "photoresist", 0.2),
      input("photoresist", "chips"),
      operates("US", "gps"),
      supplies("gps", "pnt"),
      input("pnt", "gps", 0.5),
      input("pnt", "nav"),
    ],
  );

describe("purity", () => {
  it("leaves the graph exactly as it was after every engine function", () => {
    const g = sample();
    const before = JSON.stringify(g.export());
    const settings = api.resolveSettings();
    api.analyze(g);
    api.concentrationAll(g, settings);
    api.governanceWeighted(g, "co", settings);
    api.supplyRiskBottlenecks(g);
    api.partnerExposure(g, "co", settings);
    api.partnerSet(g);
    api.crmaCheck(g, settings, { coalition: true });
    api.coalitionView(g);
    api.computeCentrality(g);
    api.runScenario(g, [{ node: "CN", severity: 1 }, { edge: { from: "JP", to: "photoresist" }, severity: 0.5 }]);
    api.runKnockouts(g, settings);
    api.dependencies(g, "co");
    api.dominatorsAll(g);
    api.dominators(g, "chips");
    api.rankRisks(g, settings);
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it("exports the engine and loading from src/index.ts for scripts", () => {
    for (const name of ["loadData", "analyze", "runScenario", "runKnockouts", "dependencies", "dominators", "crmaCheck", "coalitionView", "SCENARIO_PRESETS", "presetCuts", "buildGraph"]) {
      expect(api, name).toHaveProperty(name);
    }
  });
});
