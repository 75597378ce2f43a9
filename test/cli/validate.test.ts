import { describe, expect, it } from "vitest";
import { fixture, only, runBin, runIn } from "./helpers.ts";

describe("chokepoint validate", () => {
  it("accepts the mini fixture (subprocess)", async () => {
    const r = await runBin(["validate", ...only("mini"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, nodes: 22, edges: 21 });
    expect(r.stderr).toBe("");
  });

  it("reports ten different mistakes as ten messages, exit 1, nothing on stdout (subprocess)", async () => {
    const r = await runBin(["validate", ...only("ten-mistakes")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/10 problem\(s\)/);
    const issues = lines.slice(1);
    expect(issues).toHaveLength(10);
    const expected: [string, RegExp][] = [
      ["$.nodes[0].kind", /unknown kind "metal"/],
      ["$.nodes[1].label", /missing required field 'label'/],
      ["$.nodes[3]", /unknown field 'colour'/],
      ["$.nodes[4].id", /ISO 3166-1/],
      ["$.nodes[5].id", /kebab-case/],
      ["$.edges[0].share", /between 0 and 1/],
      ["$.nodes[2].id", /duplicate id 'cobalt-mined'.*a-base\.json/],
      ["$.edges[2].share", /sum to 1\.2, over 1/],
      ["$.edges[3].to", /'unobtainium', a node that does not exist/],
      ["$.edges[4].from", /'located_in' edge cannot start at material/],
    ];
    for (const [path, message] of expected) {
      const line = issues.find((l) => l.includes(` ${path}: `));
      expect(line, path).toBeDefined();
      expect(line).toMatch(/b-mistakes\.json:\d+:\d+ /);
      expect(line).toMatch(message);
    }
  });

  it("names line and column of invalid JSON", async () => {
    const r = await runIn(["validate", ...only("invalid-json")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/broken\.json:4:25 \$: invalid JSON: expected ',' or '}'/);
  });

  it("the same bad data makes every data command exit 1 with nothing on stdout", async () => {
    const r = await runIn(["risk", ...only("ten-mistakes")]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr.trim().split("\n")).toHaveLength(11);
  });

  it("takes paths as arguments too", async () => {
    const r = await runIn(["validate", fixture("mini"), "--no-bundled"]);
    expect(r).toMatchObject({ code: 0, stdout: "ok: 2 file(s), 22 nodes, 21 edges\n" });
  });

  it("reports a --data path that does not exist as a usage error (issue 11: it exited 1)", async () => {
    const r = await runIn(["validate", "--no-bundled", "--data", "no/such/dir"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("chokepoint: --data no/such/dir: no such file or folder\n");
  });

  it("validates the bundled data (smoke)", async () => {
    const r = await runBin(["validate", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });
});
