// Global options: --quiet, colour (--no-color, NO_COLOR, only on a terminal), progress only on a
// terminal, --data and --no-bundled.
import { describe, expect, it } from "vitest";
import { fixture, only, runBin, runIn } from "./helpers.ts";

const BOLD = "\u001b[1m";

describe("global options", () => {
  it("colours the table header only when stdout is a terminal, and never with --no-color or NO_COLOR", async () => {
    const tty = { stdoutIsTTY: true };
    expect((await runIn(["risk", ...only("mini")], { io: tty })).stdout.startsWith(`${BOLD}#`)).toBe(true);
    expect((await runIn(["risk", ...only("mini"), "--no-color"], { io: tty })).stdout).not.toContain("\u001b[");
    expect((await runIn(["risk", ...only("mini")], { io: { ...tty, env: { NO_COLOR: "1" } } })).stdout).not.toContain("\u001b[");
    expect((await runIn(["risk", ...only("mini")])).stdout).not.toContain("\u001b[");
    // JSON is never coloured.
    expect((await runIn(["risk", ...only("mini"), "--json"], { io: tty })).stdout).not.toContain("\u001b[");
  });

  it("shows knock-out progress on stderr only when stderr is a terminal and not --quiet", async () => {
    const tty = await runIn(["knockouts", ...only("mini"), "--json"], { io: { stderrIsTTY: true } });
    expect(tty.stderr).toMatch(/\rknockouts 11\/11 \(100%\)/);
    expect(() => JSON.parse(tty.stdout)).not.toThrow();
    expect((await runIn(["knockouts", ...only("mini"), "--json", "--quiet"], { io: { stderrIsTTY: true } })).stderr).toBe("");
    expect((await runIn(["knockouts", ...only("mini"), "--json"])).stderr).toBe("");
  });

  it("--quiet drops notes but keeps errors", async () => {
    const crma = await runIn(["crma", ...only("mini"), "--all-materials", "--fail-on", "breach", "--quiet"]);
    expect(crma.code).toBe(1);
    expect(crma.stderr).toBe("");
    const bad = await runIn(["validate", ...only("ten-mistakes"), "--quiet"]);
    expect(bad.stderr.split("\n").length).toBeGreaterThan(10);
  });

  it("--data is repeatable and --no-bundled leaves data/ out (subprocess)", async () => {
    const r = await runBin(["validate", "--no-bundled", "--data", fixture("mini/countries.json"), "--data", fixture("mini/chain.json"), "--json", "-q"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ nodes: 22, edges: 21 });
    expect(JSON.parse(r.stdout).files).toHaveLength(2);
  });
});
