// The validation warning for supplying countries without a WGI score.
import { describe, expect, it } from "vitest";
import { countriesWithoutWgi } from "../../src/load/warnings.ts";
import type { Edge } from "../../src/schema/edges.ts";
import type { Node } from "../../src/schema/nodes.ts";

const country = (id: string, wgi?: number): Node => ({ kind: "country", id, label: id, blocs: [], ...(wgi === undefined ? {} : { governance: { wgi } }) });
const nodes: Node[] = [
  country("CN", -0.33), country("KP"), country("MY"), country("US"), country("FR"),
  { kind: "company", id: "lynas", label: "Lynas" }, { kind: "material", id: "ree", label: "REE" },
];
const edges: Edge[] = [
  { kind: "supplies", from: "CN", to: "ree", share: 0.5 },
  { kind: "supplies", from: "KP", to: "ree", share: 0.1 },
  { kind: "supplies", from: "lynas", to: "ree", share: 0.04, site: "MY" },
  { kind: "located_in", from: "lynas", to: "US" },
];

describe("countries without WGI", () => {
  it("names supplying countries, production sites and hosts of suppliers without a score, not bystanders", () => {
    expect(countriesWithoutWgi({ nodes, edges })).toEqual(["KP", "MY", "US"]);
  });
});
