// Sourcing layers, import reliance, events and production sites (issue 12's schema): what loads,
// where it ends up, and the cross-file checks with their paths.
import { describe, expect, it } from "vitest";
import { loadDataset, type LoadIssue } from "../../src/load/index.ts";
import { buildGraph, layersOf } from "../../src/model/index.ts";
import { CD, CN, COBALT, file, source } from "./helpers.ts";

const NL = { kind: "country", id: "NL", label: "Netherlands", blocs: ["EU"] };
const FI = { kind: "country", id: "FI", label: "Finland", blocs: ["EU"] };
const UMICORE = { kind: "company", id: "umicore", label: "Umicore" };
const cited = { year: 2022, source, grade: "A" };
const sourcing = (importer: string, from: string, share: number) => ({ importer, node: "cobalt-mined", from, share, basis: "trade-value", ...cited });
const base = { nodes: [CN, CD, NL, FI, COBALT, UMICORE] };

function issuesOf(...files: Parameters<typeof loadDataset>[0]): Pick<LoadIssue, "path" | "message">[] {
  const result = loadDataset(files);
  if (result.ok) throw new Error("expected the data to be rejected");
  return result.issues.map(({ path, message }) => ({ path, message }));
}

describe("layers beside nodes and edges", () => {
  it("load into the dataset with their origins and reach the graph as attributes", () => {
    const event = { id: "cn-cobalt", label: "Cobalt licences", kind: "export-control", imposer: "CN", nodes: ["cobalt-mined"], start: "2025-02", ...cited };
    const result = loadDataset([
      file("a.json", { ...base, edges: [{ kind: "supplies", from: "umicore", to: "cobalt-mined", share: 0.1, site: "FI", basis: "refinery-production" }] }),
      file("b.json", { sourcing: [sourcing("EU", "CD", 0.6), sourcing("NL", "CN", 0.3)], importReliance: [{ importer: "EU", node: "cobalt-mined", value: 0.81, ...cited }], events: [event] }),
    ]);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    expect(result.dataset.sourcing.map((s) => [s.importer, s.from, s.share])).toEqual([["EU", "CD", 0.6], ["NL", "CN", 0.3]]);
    expect(result.dataset.origin.sourcing[1]).toEqual({ file: "b.json", path: "$.sourcing[1]" });
    expect(result.dataset.origin.events[0]).toEqual({ file: "b.json", path: "$.events[0]" });
    const layers = layersOf(buildGraph(result.dataset));
    expect(layers.importReliance[0]!.value).toBe(0.81);
    expect(layers.events[0]!.id).toBe("cn-cobalt");
    expect(layersOf(buildGraph({ nodes: [], edges: [] })).sourcing).toEqual([]);
  });

  it("name unknown ids, unknown importers, repeats and shares over 1 at their paths", () => {
    expect(
      issuesOf(
        file("a.json", {
          ...base,
          edges: [{ kind: "supplies", from: "CN", to: "cobalt-mined", site: "FI" }, { kind: "supplies", from: "umicore", to: "cobalt-mined", site: "DE" }],
          sourcing: [sourcing("EU", "CD", 0.7), sourcing("EU", "CD", 0.1), sourcing("EU", "CN", 0.4), sourcing("XX", "CN", 0.1), { ...sourcing("EU", "umicore", 0.1) }],
          events: [{ id: "e", label: "E", kind: "suspension", imposer: "CN", nodes: ["CD"], start: "2025-01-01", suspends: "nope", ...cited }],
        }),
      ),
    ).toEqual([
      { path: "$.sourcing[4].from", message: "must be an ISO 3166-1 alpha-2 code in upper case, e.g. CN" },
      { path: "$.edges[0].site", message: "only a company's supply has a production site ('CN' is a country)" },
      { path: "$.edges[1].site", message: "site 'DE' is not a country in the data" },
      { path: "$.sourcing[1]", message: "duplicate sourcing of 'cobalt-mined' by EU from CD (first in a.json at $.sourcing[0])" },
      { path: "$.sourcing[2].share", message: "EU's sourcing shares of 'cobalt-mined' sum to 1.1, over 1" },
      { path: "$.sourcing[3].importer", message: "importer 'XX' is neither a country in the data nor a bloc a country lists" },
      { path: "$.events[0].nodes[0]", message: "event node 'CD' is a country (must be one of: material, component, service)" },
    ]);
  });

  it("schema rules: grades, bases, ranges and dates", () => {
    const issues = issuesOf(
      file("a.json", {
        ...base,
        edges: [
          { kind: "supplies", from: "CD", to: "cobalt-mined", share: 0.7, grade: "Z", basis: "tonnes" },
          { kind: "supplies", from: "CN", to: "cobalt-mined", share: 0.1, low: 0.12, high: 0.2 },
          { kind: "input", from: "cobalt-mined", to: "CD", dependence: 1.2 },
        ],
        events: [{ id: "e", label: "E", kind: "export-control", imposer: "CN", nodes: ["cobalt-mined"], start: "2025-13", ...cited }],
      }),
    ).map((i) => i.path);
    expect(issues).toEqual(["$.edges[0].grade", "$.edges[0].basis", "$.edges[1].share", "$.edges[2].dependence", "$.events[0].start"]);
  });
});
