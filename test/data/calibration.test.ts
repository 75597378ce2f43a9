// Guards the calibration of the bundled inputs (issue 13, item 5): every input into a sector says how
// much of the sector needs it (dependence) and why, with a source or a labelled judgement; every
// stock names its source, year and grade.
import { beforeAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/load/index.ts";
import { loadData } from "../../src/node/load-data.ts";
import type { Edge, InputEdge } from "../../src/schema/edges.ts";
import type { Node } from "../../src/schema/nodes.ts";

let nodes: Node[];
let edges: Edge[];

beforeAll(async () => {
  const loaded = await loadData();
  if (!loaded.ok) throw new Error(`bundled data does not load:\n${loaded.issues.map(formatIssue).join("\n")}`);
  nodes = loaded.dataset.nodes;
  edges = loaded.dataset.edges;
});

const sectorInputs = (): InputEdge[] => {
  const sectors = new Set(nodes.filter((n) => n.kind === "sector").map((n) => n.id));
  return edges.filter((e): e is InputEdge => e.kind === "input" && sectors.has(e.to));
};
// A dependence judgement names the word: a substitutability judgement alone does not explain it.
const explainsDependence = (e: InputEdge) => e.source !== undefined || /Judgement: dependence [0-9.]+/.test(e.note ?? "");

describe("inputs into sectors", () => {
  it("are the 88 the issue counted, each with a dependence in 0..1", () => {
    const inputs = sectorInputs();
    expect(inputs).toHaveLength(88);
    const missing = inputs.filter((e) => e.dependence === undefined).map((e) => `${e.from}->${e.to}`);
    expect(missing).toEqual([]);
  });

  it("each dependence has a source or a 'Judgement: dependence X' note that gives the value used", () => {
    const bad = sectorInputs()
      .filter((e) => !explainsDependence(e) || (e.source === undefined && !(e.note ?? "").includes(`dependence ${e.dependence}`)))
      .map((e) => `${e.from}->${e.to}`);
    expect(bad).toEqual([]);
  });

  it("do not all count fully: most sectors lean on some inputs only in part", () => {
    const partial = sectorInputs().filter((e) => (e.dependence ?? 1) < 1);
    // A sector's loss through an input is at most its dependence; an all-1 calibration would repeat the old model.
    expect(partial.length).toBeGreaterThan(40);
  });

  it("a substitution ramp has a judgement or source for its months", () => {
    const bad = edges
      .filter((e): e is InputEdge => e.kind === "input" && e.substitutionMonths !== undefined)
      .filter((e) => e.source === undefined && !(e.note ?? "").includes(`substitution over ${e.substitutionMonths} months`))
      .map((e) => `${e.from}->${e.to}`);
    expect(bad).toEqual([]);
  });
});

describe("stocks", () => {
  it("every stock names its source, year and grade, and a C grade says why", () => {
    const stocked = nodes.filter((n) => "stock" in n && n.stock !== undefined);
    expect(stocked.length).toBeGreaterThan(0);
    const bad = stocked.filter((n) => {
      const s = (n as { stock: NonNullable<Extract<Node, { kind: "material" }>["stock"]> }).stock;
      return s.source === undefined || s.year === undefined || s.grade === undefined || (s.grade === "C" && !/^(Grade C|Judgement):/.test(s.note ?? ""));
    });
    expect(bad.map((n) => n.id)).toEqual([]);
  });
});
