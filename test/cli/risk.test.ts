import { describe, expect, it } from "vitest";
import { only, runBin, runIn } from "./helpers.ts";

// Mini fixture by hand: euv-scanner NL 100% (HHI 10,000, 2 of 3 sectors), advanced-chip TW 90%
// via tsmc (8,100, 2/3), li-ion-cell CN 75/KR 15/JP 5 (5,875, 1/3), cobalt-refined CN 74/FI 10
// (5,576, 1/3), gnss-timing GPS/Galileo unlisted halves (5,000, 1/3), cobalt-mined CD 70 (4,900, 1/3).
describe("chokepoint risk", () => {
  it("ranks the mini fixture (subprocess, exact JSON of the top two)", async () => {
    const r = await runBin(["risk", ...only("mini"), "--by", "concentration", "--format", "json", "--top", "2"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.map((e: { node: string; score: number; hhiCountry: number }) => [e.node, e.hhiCountry, e.score])).toEqual([
      ["euv-scanner", 10000, 2 / 3],
      ["advanced-chip", 8100, 0.54],
    ]);
    expect(json[1]).toEqual({
      rank: 2,
      node: "advanced-chip",
      label: "Advanced chip",
      kind: "component",
      score: 0.54,
      hhiCountry: 8100,
      hhiSupplier: 8100,
      topCountry: { id: "TW", share: 0.9 },
      coverage: 0.9,
      flags: { topShare: true, hhi: true },
      countries: [{ id: "TW", share: 0.9, listed: true }],
      sectorsDownstream: ["electronics", "telecom"],
      reach: 2 / 3,
      source: null,
      explanation: "Taiwan supplies 90% of Advanced chip; HHI 8,100, a lower bound: 90% of supply listed; reaches 2 of 3 sectors",
    });
  });

  // By hand, each top supplier withholding for 6 months: euv-scanner NL (ASML) 100% -> advanced-chip 0 ->
  // electronics and telecom lose 1 each for 6 months = 12; advanced-chip TW 90% -> both lose 0.9 x 6 = 10.8;
  // li-ion-cell CN 75% -> electric vehicles 0.75 x 6 = 4.5; cobalt-refined CN 74% -> 0.74 x 6 = 4.44.
  it("ranks by propagated loss by default (exact output-months on the mini fixture)", async () => {
    const r = await runIn(["risk", ...only("mini"), "--json", "--top", "4"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { node: string; supplier: string; outputMonthsLost: number; months: number; explanation: string }[];
    expect(rows.map((e) => e.node)).toEqual(["euv-scanner", "advanced-chip", "li-ion-cell", "cobalt-refined"]);
    const expected = [12, 10.8, 4.5, 4.44];
    rows.forEach((e, i) => expect(e.outputMonthsLost).toBeCloseTo(expected[i]!, 9));
    expect(rows[1]!.explanation).toMatch(/^TW supplies 90% of Advanced chip; withheld for 6 months it costs the sectors 10\.80 output-months/);
    const three = JSON.parse((await runIn(["risk", ...only("mini"), "--json", "--top", "1", "--months", "3"])).stdout);
    expect(three[0].outputMonthsLost).toBeCloseTo(6, 9);
  });

  it("keeps the intervals for the composite: --uncertainty with --by loss is a usage error", async () => {
    const r = await runIn(["risk", ...only("mini"), "--by", "loss", "--uncertainty", "--draws", "10"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--by concentration/);
  });

  it("keeps --json as an alias and filters by --kind", async () => {
    const r = await runIn(["risk", ...only("mini"), "--by", "concentration", "--json", "--kind", "material"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((e: { node: string }) => e.node)).toEqual(["cobalt-refined", "cobalt-mined"]);
  });

  it("prints csv and markdown", async () => {
    const csv = await runIn(["risk", ...only("mini"), "--by", "concentration", "--format", "csv", "--top", "1"]);
    expect(csv.stdout).toBe("#,node,kind,top country,top share,HHI,flags,sectors,score,source\n1,euv-scanner,component,NL,1,10000,>=65% HHI,2,0.6666666666666666,-\n");
    const md = await runIn(["risk", ...only("mini"), "--by", "concentration", "--format", "md", "--top", "1"]);
    expect(md.stdout.split("\n")[2]).toBe("| 1 | euv-scanner | component | NL | 100.0% | 10,000 | >=65% HHI | 2 | 0.667 | - |");
  });

  it("prints a table (concentration)", async () => {
    const r = await runIn(["risk", ...only("mini"), "--by", "concentration"]);
    expect(r.stdout.split("\n")[2]).toMatch(/^1\s+euv-scanner\s+component\s+NL\s+100\.0%\s+10,000/);
  });

  it("rejects a bad --top, --kind or --format with exit 2 and a hint", async () => {
    for (const args of [["--top", "zero"], ["--kind", "metal"], ["--format", "xml"]]) {
      const r = await runIn(["risk", ...only("mini"), ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/e\.g\. --/);
    }
  });

  it("runs on the bundled data (smoke)", async () => {
    const r = await runIn(["risk", "--json"]);
    expect(r.code).toBe(0);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });
});
