// `add` on throw-away copies of the mini fixture: what lands, what is refused, and that a refused
// or failed add leaves every file byte for byte as it was.
import { afterEach, describe, expect, it } from "vitest";
import { checksums, copyFixture, readText, ROOT, runBin, runIn } from "./helpers.ts";
import { join } from "node:path";

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function mini() {
  const copy = await copyFixture("mini");
  cleanup = copy.cleanup;
  return { dir: copy.dir, opts: ["--no-bundled", "--data", copy.dir] };
}

/** The lines of `after` not in `before`, and those of `before` not in `after` (one contiguous change). */
function lineDiff(before: string, after: string) {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

describe("chokepoint add", () => {
  it("adds a node from flags: the diff is its line (and the comma the line before it needs) (subprocess)", async () => {
    const { dir, opts } = await mini();
    const before = await readText(join(dir, "chain.json"));
    const countries = await readText(join(dir, "countries.json"));
    const r = await runBin(["add", "node", "--kind", "material", "--id", "nickel-refined", "--label", "Nickel (refined)", "--material", "nickel", ...opts]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/added node 'nickel-refined' to .*chain\.json \(line 17\)/);
    const after = await readText(join(dir, "chain.json"));
    expect(lineDiff(before, after)).toEqual({
      removed: ['    { "kind": "sector", "id": "telecom", "label": "Telecom" }'],
      added: [
        '    { "kind": "sector", "id": "telecom", "label": "Telecom" },',
        '    { "kind": "material", "id": "nickel-refined", "label": "Nickel (refined)", "material": "nickel" }',
      ],
    });
    expect(await readText(join(dir, "countries.json"))).toBe(countries);
    expect((await runIn(["validate", ...opts])).code).toBe(0);
  });

  it("adds a country in block style: a pure addition; an edge goes to its 'to' node's file", async () => {
    const { dir, opts } = await mini();
    const before = await readText(join(dir, "countries.json"));
    expect((await runIn(["add", "node", "--kind", "country", "--id", "DE", "--label", "Germany", "--blocs", "EU,G7", "--wgi", "1.3", ...opts])).code).toBe(0);
    const diff = lineDiff(before, await readText(join(dir, "countries.json")));
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([
      "    },",
      "    {",
      '      "kind": "country",',
      '      "id": "DE",',
      '      "label": "Germany",',
      '      "blocs": ["EU", "G7"],',
      '      "governance": { "wgi": 1.3 }',
    ]);
    const edge = await runIn(["add", "edge", "--kind", "supplies", "--from", "DE", "--to", "li-ion-cell", "--share", "0.02", "--year", "2024", "--source", "Test", "--url", "https://example.org/x", ...opts]);
    expect(edge.stderr).toMatch(/added edge DE -> li-ion-cell to .*chain\.json/);
    const chain = JSON.parse(await readText(join(dir, "chain.json")));
    expect(chain.edges.at(-1)).toEqual({ kind: "supplies", from: "DE", to: "li-ion-cell", share: 0.02, year: 2024, source: { citation: "Test", url: "https://example.org/x" } });
  });

  it("reads JSON from stdin, several entries at once, and --dry-run prints the diff and writes nothing (subprocess)", async () => {
    const { dir, opts } = await mini();
    const sums = await checksums(dir);
    const stdin = JSON.stringify([
      { kind: "company", id: "catl", label: "CATL" },
      { kind: "located_in", from: "catl", to: "CN" },
    ]);
    const twoNodes = JSON.stringify([
      { kind: "company", id: "catl", label: "CATL" },
      { kind: "company", id: "byd", label: "BYD" },
    ]);
    const node = await runBin(["add", "node", "--dry-run", ...opts], { stdin: twoNodes });
    expect(node.code).toBe(0);
    expect(node.stdout).toMatch(/^--- a\/.*chain\.json\n\+\+\+ b\/.*chain\.json\n@@ -13,7 \+13,9 @@\n/);
    expect(node.stdout).toContain(
      '\n+    { "kind": "company", "id": "catl", "label": "CATL" },\n+    { "kind": "company", "id": "byd", "label": "BYD" }\n',
    );
    expect(node.stderr).toMatch(/would add node 'catl' to .*; node 'byd' to .*; nothing written/);
    expect(await checksums(dir)).toEqual(sums);
    const mixed = await runIn(["add", "node", ...opts], { stdin });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/a node needs a kind, one of country, .*; got "located_in"/);
  });

  it("refuses a duplicate id, a duplicate edge and a dangling end; no file changes", async () => {
    const { dir, opts } = await mini();
    const sums = await checksums(dir);
    const dup = await runIn(["add", "node", "--kind", "company", "--id", "tsmc", "--label", "TSMC again", ...opts]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/refusing to add: node 'tsmc' already exists \(.*chain\.json at \$\.nodes\[0\]\)/);
    const pair = await runIn(["add", "edge", "--kind", "supplies", "--from", "CN", "--to", "li-ion-cell", "--share", "0.1", ...opts]);
    expect(pair.code).toBe(1);
    expect(pair.stderr).toMatch(/an edge CN -> li-ion-cell already exists/);
    const dangling = await runIn(["add", "edge", "--kind", "supplies", "--from", "CN", "--to", "li-ion-cel", ...opts]);
    expect(dangling.code).toBe(1);
    expect(dangling.stderr).toMatch(/edge to 'li-ion-cel': no such node \(did you mean 'li-ion-cell'\?\); add it first with 'chokepoint add node/);
    expect(dangling.stdout).toBe("");
    expect(await checksums(dir)).toEqual(sums);
  });

  it("an invalid entry (share 1.7, shares over 1, bad id) exits 1 with the file and line; no file changes (subprocess)", async () => {
    const { dir, opts } = await mini();
    const sums = await checksums(dir);
    const share = await runBin(["add", "edge", "--kind", "supplies", "--from", "US", "--to", "li-ion-cell", "--share", "1.7", ...opts]);
    expect(share.code).toBe(1);
    expect(share.stdout).toBe("");
    expect(share.stderr).toMatch(/chain\.json:40:\d+ \$\.edges\[21\]\.share: a share must be between 0 and 1/);
    expect(share.stderr).toMatch(/nothing was written/);
    const sum = await runIn(["add", "edge", "--kind", "supplies", "--from", "US", "--to", "li-ion-cell", "--share", "0.3", ...opts]);
    expect(sum.stderr).toMatch(/shares of the suppliers of 'li-ion-cell' sum to 1\.25, over 1/);
    const id = await runIn(["add", "node", "--kind", "company", "--id", "Big_Co", "--label", "Big", ...opts]);
    expect(id.code).toBe(1);
    expect(id.stderr).toMatch(/\$\.nodes\[\d+\]\.id: must be kebab-case/);
    expect(await checksums(dir)).toEqual(sums);
  });

  it("creates a new file given with --file, with $schema only inside data/", async () => {
    const { dir, opts } = await mini();
    const target = join(dir, "extra", "new.json");
    const r = await runIn(["add", "node", "--kind", "sector", "--id", "defence", "--label", "Defence", "--file", target, ...opts]);
    expect(r.code).toBe(0);
    expect(await readText(target)).toBe('{\n  "nodes": [\n    {\n      "kind": "sector",\n      "id": "defence",\n      "label": "Defence"\n    }\n  ],\n  "edges": []\n}\n');
  });

  it("keeps the bundled files' own style (on a copy of data/)", async () => {
    const { cp, mkdtemp, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const base = await mkdtemp(join(tmpdir(), "chokepoint-data-"));
    cleanup = () => rm(base, { recursive: true, force: true });
    await cp(join(ROOT, "data"), join(base, "data"), { recursive: true });
    const opts = ["--no-bundled", "--data", join(base, "data")];
    const r = await runIn(["add", "node", "--kind", "company", "--id", "test-co", "--label", "Test Co", "--dry-run", ...opts]);
    expect(r.code).toBe(0);
    const plus = r.stdout.split("\n").filter((l) => l.startsWith("+") && !l.startsWith("+++"));
    const minus = r.stdout.split("\n").filter((l) => l.startsWith("-") && !l.startsWith("---"));
    expect(plus.at(-1)).toMatch(/^\+\s+\{ ?"kind": ?"company", ?"id": ?"test-co", ?"label": ?"Test Co" ?\}$/);
    // At most the previous last entry, re-emitted with its comma.
    expect(minus.length).toBeLessThanOrEqual(1);
    if (minus.length === 1) expect(plus[0]).toBe(`+${minus[0]!.slice(1)},`);
  });

  it("usage errors exit 2 with a hint", async () => {
    const { opts } = await mini();
    for (const [args, message] of [
      [["add"], /say what to add: 'chokepoint add node/],
      [["add", "node"], /give the node as flags \(--kind \.\.\.\) or pipe JSON/],
      [["add", "node", "--kind", "company", "--id", "x", "--label", "X", "--share", "0.5"], /--share is not for 'add node'/],
      [["add", "edge", "--kind", "supplies", "--from", "CN", "--to", "x", "--share", "half"], /--share needs a number, not 'half'/],
    ] as const) {
      const r = await runIn([...args, ...opts]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
