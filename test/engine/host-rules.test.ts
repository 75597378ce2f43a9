// Issue 13 item 7: a constellation needs every operator (it falls with either of two), a company
// in two jurisdictions is split between them; ties for the worst sector are reported as ties.
import { describe, expect, it } from "vitest";
import { runKnockouts, runScenario, runTimeline } from "../../src/engine/index.ts";
import { company, constellation, country, graphOf, input, locatedIn, operates, sector, service, supplies } from "./_graphs.ts";

const g = graphOf(
  [country("FR"), country("GB"), constellation("oneweb"), service("broadband"), company("dual"), service("launch"), sector("telecom"), sector("space")],
  [
    operates("FR", "oneweb"),
    operates("GB", "oneweb"),
    supplies("oneweb", "broadband", 1),
    locatedIn("dual", "FR"),
    locatedIn("dual", "GB"),
    supplies("dual", "launch", 1),
    input("broadband", "telecom"),
    input("launch", "space"),
  ],
);

describe("hosts and operators", () => {
  it("a constellation falls with either operator; a two-host company loses half", () => {
    const r = runScenario(g, [{ node: "GB", severity: 1 }]);
    expect(r.availability.get("oneweb")).toBe(0);
    expect(r.availability.get("broadband")).toBe(0);
    expect(r.availability.get("dual")).toBe(0.5);
    expect(r.availability.get("launch")).toBe(0.5);
    // A partial cut of one operator: the constellation is as available as its least available operator.
    expect(runScenario(g, [{ node: "FR", severity: 0.3 }]).availability.get("oneweb")).toBeCloseTo(0.7, 15);
    expect(runTimeline(g, [{ node: "GB", severity: 1 }], { months: 2 }).availability.get("oneweb")).toEqual([0, 0]);
  });

  it("ties for the worst sector are all named", () => {
    const tie = graphOf(
      [country("CN"), service("a"), service("b"), sector("s1"), sector("s2"), sector("s3")],
      [supplies("CN", "a", 0.5), supplies("CN", "b", 0.5), input("a", "s1"), input("b", "s2"), input("a", "s3", 0.5)],
    );
    const [cn] = runKnockouts(tie);
    expect(cn).toMatchObject({ node: "CN", worstLoss: 0.5, worstSector: "s1", worstSectors: ["s1", "s2"] });
  });
});
