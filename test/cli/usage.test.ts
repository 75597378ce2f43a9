import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.ts";
import { runBin, runIn } from "./helpers.ts";

describe("usage errors and help", () => {
  it("an unknown command exits 2 and suggests the closest (subprocess)", async () => {
    const r = await runBin(["rsik"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/unknown command 'rsik'\. did you mean 'chokepoint risk'\?/);
  });

  it("an unknown option exits 2 and points at --help", async () => {
    const r = await runIn(["risk", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--bogus'.*Try 'chokepoint risk --help'/);
  });

  it("an unknown --kind exits 2 with the kinds and an example, before any data is read", async () => {
    const risk = await runIn(["risk", "--kind", "mineral"]);
    expect(risk.code).toBe(2);
    expect(risk.stdout).toBe("");
    expect(risk.stderr).toContain("--kind must be one of country, company, material, component, constellation, service, sector, not 'mineral'; e.g. --kind material");
    const centrality = await runIn(["centrality", "--kind", "firm"]);
    expect(centrality.code).toBe(2);
    expect(centrality.stderr).toContain("not 'firm'; e.g. --kind company");
  });

  it("no command prints help on stderr and exits 2; --help exits 0", async () => {
    const none = await runIn([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage: chokepoint <command>/);
    const help = await runIn(["--help"]);
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.stdout).toContain(`  ${c.name}`);
  });

  it("every command has a working --help", async () => {
    for (const c of COMMANDS) {
      const r = await runIn([c.name, "--help"]);
      expect(r.code, c.name).toBe(0);
      expect(r.stdout).toContain(`Usage: chokepoint ${c.name}`);
      expect(r.stdout).toContain("--data PATH");
    }
    expect((await runIn(["help", "risk"])).stdout).toContain("Usage: chokepoint risk");
  });
});
