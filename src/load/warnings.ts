// Problems that do not stop a dataset from loading but that a data maintainer should see.
import type { Dataset } from "../schema/dataset.ts";

/**
 * Countries that supply something (directly, as a production site, or as the host of a supplying
 * company) but have no governance score: the engine gives them the named WGI fallback instead.
 */
export function countriesWithoutWgi(dataset: Pick<Dataset, "nodes" | "edges">): string[] {
  const kind = new Map(dataset.nodes.map((n) => [n.id, n.kind]));
  const supplying = new Set<string>();
  const companies = new Set<string>();
  for (const e of dataset.edges) {
    if (e.kind !== "supplies") continue;
    if (kind.get(e.from) === "country") supplying.add(e.from);
    else companies.add(e.from);
    if (e.site !== undefined) supplying.add(e.site);
  }
  for (const e of dataset.edges) {
    if (e.kind === "located_in" && companies.has(e.from)) supplying.add(e.to);
    if (e.kind === "operates" && companies.has(e.to)) supplying.add(e.from);
  }
  return dataset.nodes.filter((n) => n.kind === "country" && supplying.has(n.id) && n.governance === undefined).map((n) => n.id);
}
