// export and import through the CLI: files written atomically, round trips back to the same
// dataset, and imports that are wrong write nothing.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseGraphml } from "../../src/io/index.ts";
import { loadDataset } from "../../src/load/index.ts";
import { comparable, loadFixture } from "../io/helpers.ts";
import { checksums, copyFixture, fixture, only, readText, runBin, runIn } from "./helpers.ts";

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function tempDir() {
  const copy = await copyFixture("mini");
  cleanup = copy.cleanup;
  return join(copy.dir, "..");
}

async function loadFile(path: string) {
  const result = loadDataset([{ path, text: await readText(path) }]);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

describe("export and import", () => {
  it("gexf: export to stdout, import back to a file (subprocesses), same dataset", async () => {
    const dir = await tempDir();
    const exported = await runBin(["export", "--format", "gexf", ...only("rich")]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf version="1.3"/);
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, "rich.gexf"), exported.stdout);
    const out = join(dir, "out", "rich.json");
    const imported = await runBin(["import", join(dir, "rich.gexf"), "--no-bundled", "--out", out]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/wrote .*rich\.json: 10 nodes, 10 edges/);
    expect(comparable(await loadFile(out))).toEqual(comparable(await loadFixture("rich")));
  });

  it("csv: export to a folder, import the folder, same dataset", async () => {
    const dir = await tempDir();
    expect((await runIn(["export", "--format", "csv", "--out", join(dir, "csv"), ...only("mini")])).code).toBe(0);
    expect((await readdir(join(dir, "csv"))).sort()).toEqual(["edges.csv", "nodes.csv"]);
    const out = join(dir, "mini.json");
    const r = await runIn(["import", join(dir, "csv"), "--no-bundled", "--out", out, "--title", "Mini again"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(await readText(out)).title).toBe("Mini again");
    expect(comparable(await loadFile(out))).toEqual(comparable(await loadFixture("mini")));
  });

  it("graphml: export, read back by graphology node for node, import back", async () => {
    const dir = await tempDir();
    const path = join(dir, "mini.graphml");
    expect((await runIn(["export", "--format", "graphml", "--out", path, ...only("mini")])).code).toBe(0);
    const graph = parseGraphml(await readText(path));
    const dataset = await loadFixture("mini");
    expect(graph.order).toBe(dataset.nodes.length);
    for (const node of dataset.nodes) expect(graph.getNodeAttributes(node.id)).toMatchObject({ kind: node.kind, label: node.label });
    const r = await runIn(["import", path, "--no-bundled"]);
    expect(r.code).toBe(0);
    const printed = loadDataset([{ path: "stdout.json", text: r.stdout }]);
    expect(printed.ok && comparable(printed.dataset)).toEqual(comparable(dataset));
  });

  it("json and cypher to stdout", async () => {
    const json = await runIn(["export", ...only("mini")]);
    expect(JSON.parse(json.stdout).nodes).toHaveLength(22);
    const cypher = await runIn(["export", "--format", "cypher", ...only("mini")]);
    expect(cypher.stdout.split("\n").filter((l) => l.startsWith("CREATE (:Chokepoint"))).toHaveLength(22);
    expect(cypher.stdout.split("\n").filter((l) => l.startsWith("MATCH"))).toHaveLength(21);
  });

  it("an import with data mistakes exits 1 with every issue and writes nothing", async () => {
    const dir = await tempDir();
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, "nodes.csv"), "id,kind,label,governance.wgi\nCN,country,China,-0.5\nxx,metal,X,\n");
    await writeFile(join(dir, "edges.csv"), "from,to,kind,share\nCN,nowhere,supplies,1.7\n");
    const sums = await checksums(dir);
    const r = await runIn(["import", "--nodes", join(dir, "nodes.csv"), "--edges", join(dir, "edges.csv"), "--no-bundled", "--out", join(dir, "new.json")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/new\.json:\d+:\d+ \$\.nodes\[1\]\.kind: unknown kind "metal"/);
    expect(r.stderr).toMatch(/\$\.edges\[0\]\.share: a share must be between 0 and 1/);
    expect(await checksums(dir)).toEqual(sums);
  });

  it("usage and format errors", async () => {
    const dir = await tempDir();
    expect((await runIn(["export", "--format", "csv", ...only("mini")])).stderr).toMatch(/give a folder, e\.g\. --out export\//);
    expect((await runIn(["export", "--format", "xls", ...only("mini")])).code).toBe(2);
    const existing = join(fixture("mini"), "chain.json");
    const clobber = await runIn(["export", "--out", existing, ...only("mini")]);
    expect(clobber.code).toBe(2);
    expect(clobber.stderr).toMatch(/exists; add --force to overwrite it/);
    expect((await runIn(["import", join(dir, "missing.gexf")])).stderr).toMatch(/cannot read .*missing\.gexf: no such file/);
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, "bad.csv"), 'id,kind,label\n"CN,country,China\n');
    const broken = await runIn(["import", "--nodes", join(dir, "bad.csv"), "--no-bundled"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/cannot import: nodes CSV: a quoted cell opened on line 2 is never closed/);
  });

  it("exports the bundled data as graphml that graphology reads (smoke)", async () => {
    const r = await runIn(["export", "--format", "graphml"]);
    expect(r.code).toBe(0);
    const graph = parseGraphml(r.stdout);
    const validated = JSON.parse((await runIn(["validate", "--json"])).stdout);
    expect(graph.order).toBe(validated.nodes);
    expect(graph.size).toBe(validated.edges);
  });
});
