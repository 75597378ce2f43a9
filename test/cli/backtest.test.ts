// `chokepoint backtest` on the bundled episodes (each must come out as its file marks it: a
// change that makes a failing episode pass, or a passing one fail, shows here), a hand-checked
// episode on the mini fixture, and bad episode files.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { only, runIn } from "./helpers.ts";

interface Row { id: string; model: number | null; low: number; high: number; within: boolean; status: string; lacks: string | null; problem: string | null }

describe("backtest", () => {
  it("runs every bundled episode; each comes out as marked, failing ones say what the model lacks", async () => {
    const r = await runIn(["backtest", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      expect(row.within, row.id).toBe(row.status === "passing");
      if (row.status === "failing") expect(row.lacks, row.id).toMatch(/\w/);
    }
    const table = await runIn(["backtest"]);
    // Ukraine's neon share cut (since the calibration, not the two share-less company nodes): the
    // fabs' stock runs out in month 4 and the model loses chips the record did not.
    expect(table.stdout).toMatch(/neon-2022-ukraine +mature-node-chips worst-loss +[1-9]\d?\.\d% +0\.0%-5\.0% +outside +failing/);
    expect(table.stdout).toMatch(/chip-shortage-2021-automotive +automotive mean-loss +\d+\.\d% +8\.7%-11\.5% +outside +failing/);
    // Thailand 2011 runs since the hard-disk-drive node: the cut takes 0.6 of Thailand's 40% of
    // world drives, 24% at worst (no stock, no substitute for drives), a point under the record.
    expect(table.stdout).toMatch(/thailand-2011-hdd +hard-disk-drive worst-loss +24\.0% +25\.0%-30\.0% +outside +failing/);
  });

  // Mini fixture: CN cut for 2 of 4 months -> electric vehicles lose 0.75 in months 0 and 1: worst 0.75, mean 0.375.
  it("computes worst and mean loss over the episode's months", async () => {
    const dir = mkdtempSync(join(tmpdir(), "episodes-"));
    const episode = (id: string, measure: string, low: number, high: number) => ({
      id, label: id, period: "2020", months: 4, cuts: [{ node: "CN", severity: 1, duration: 2 }],
      outcome: { node: "electric-vehicles", measure, low, high, description: "test", year: 2020, source: { citation: "test" }, grade: "U" },
      status: "passing",
    });
    writeFileSync(join(dir, "a.episode.json"), JSON.stringify(episode("worst", "worst-loss", 0.7, 0.8)));
    writeFileSync(join(dir, "b.episode.json"), JSON.stringify(episode("mean", "mean-loss", 0.4, 0.5)));
    const r = await runIn(["backtest", "--episodes", dir, ...only("mini"), "--json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.map((x) => [x.id, x.model, x.within])).toEqual([["worst", 0.75, true], ["mean", 0.375, false]]);
  });

  it("names file and JSON path of a bad episode and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "episodes-"));
    writeFileSync(join(dir, "bad.episode.json"), JSON.stringify({ id: "bad", label: "x", period: "x", months: 3, cuts: [{ node: "CN", severity: 2 }], status: "failing" }));
    const r = await runIn(["backtest", "--episodes", dir, ...only("mini")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.episode\.json.*\$\.cuts\[0\]\.severity/);
    expect(r.stderr).toMatch(/\$\.outcome/);
    // A failing episode that does not say what the model lacks is refused too.
    const ok = { id: "nolacks", label: "x", period: "x", months: 3, cuts: [{ node: "CN", severity: 1 }], status: "failing",
      outcome: { node: "CN", measure: "worst-loss", low: 0, high: 1, description: "x", year: 2020, source: { citation: "x" }, grade: "U" } };
    writeFileSync(join(dir, "bad.episode.json"), JSON.stringify(ok));
    const lacks = await runIn(["backtest", "--episodes", dir, ...only("mini")]);
    expect(lacks.code).toBe(1);
    expect(lacks.stderr).toMatch(/\$\.lacks: a failing episode says what the model lacks/);
  });
});
