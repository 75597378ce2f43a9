// `scenario --months` and `knockouts --months` on the mini fixture, worked by hand.
import { describe, expect, it } from "vitest";
import { only, runIn } from "./helpers.ts";

const mini = only("mini");

describe("scenario --months", () => {
  // CN cut fully in months 0-1, half in month 2 (recovery over 1 month), back in month 3. Month 2:
  // cobalt-refined 1 - 0.74 x 0.5 = 0.63, cell supply 1 - 0.75 x 0.5 = 0.625 -> li-ion-cell 0.625.
  it("gives the loss curve, output-months lost, time to survive and to recover", async () => {
    const r = await runIn(["scenario", "--cut", "CN", "--months", "4", "--duration", "2", "--recovery", "1", ...mini, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ months: 4, threshold: 0.95, converged: true, cutsEnd: 2 });
    expect(out.cuts).toEqual([{ node: "CN", severity: 1, duration: 2, recoveryMonths: 1 }]);
    expect(out.sectors[0]).toEqual({
      sector: "electric-vehicles",
      label: "Electric vehicles",
      availability: [0.25, 0.25, 0.625, 1],
      loss: [0.75, 0.75, 0.375, 0],
      worstLoss: 0.75,
      worstMonths: [0, 1],
      outputMonthsLost: 1.875,
      timeToSurvive: 0,
      timeToRecover: 1,
      cause: "CN",
      path: ["CN", "li-ion-cell", "electric-vehicles"],
    });
    expect(out.nodes.find((n: { node: string }) => n.node === "cobalt-refined").availability).toEqual([0.26, 0.26, 0.63, 1]);
  });

  it("prints a table and refuses timing options with --steady-state", async () => {
    const table = await runIn(["scenario", "--cut", "CN", "--months", "3", ...mini]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/electric-vehicles +2\.25 +75\.0% +0,1,2 +0 +- +75 75 75 +CN -> li-ion-cell -> electric-vehicles/);
    const bad = await runIn(["scenario", "--cut", "CN", "--duration", "3", "--steady-state", ...mini]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/are for the months view; drop --steady-state/);
    expect((await runIn(["scenario", "--cut", "CN", "--months", "3", "--steady-state", ...mini])).code).toBe(2);
  });
});

describe("knockouts --months", () => {
  // NL (asml makes every EUV scanner) zeroes electronics and telecom for 2 months: 4 output-months.
  it("ranks by output-months lost and names the sectors that cannot survive", async () => {
    const r = await runIn(["knockouts", "--months", "2", "--top", "1", ...mini, "--json"]);
    expect(r.code).toBe(0);
    const [first] = JSON.parse(r.stdout);
    expect(first).toMatchObject({ rank: 1, outputMonthsLost: 4, worstOutputMonthsLost: 2, worstSectors: ["electronics", "telecom"] });
    expect(first.cannotSurvive).toEqual([
      { sector: "electronics", timeToSurvive: 0 },
      { sector: "telecom", timeToSurvive: 0 },
    ]);
  });
});
