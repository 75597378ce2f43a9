// Loads a fixture folder into a validated dataset, and a draft back through src/load.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { draftToJson, type DataFileDraft } from "../../src/io/index.ts";
import { loadDataset } from "../../src/load/index.ts";
import type { Dataset } from "../../src/schema/dataset.ts";
import { fixture } from "../cli/helpers.ts";

export async function loadFixture(name: string): Promise<Dataset> {
  const dir = fixture(name);
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  const files = await Promise.all(names.map(async (n) => ({ path: n, text: await readFile(join(dir, n), "utf8") })));
  const result = loadDataset(files);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

export function loadDraft(draft: DataFileDraft): Dataset {
  const result = loadDataset([{ path: "imported.json", text: draftToJson(draft) }]);
  if (!result.ok) throw new Error(`draft did not load: ${JSON.stringify(result.issues, null, 2)}`);
  return result.dataset;
}

/** Nodes sorted by id and edges by from/to, the form in which two datasets are compared. */
export const comparable = (d: Pick<Dataset, "nodes" | "edges">) => ({
  nodes: [...d.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
  edges: [...d.edges].sort((a, b) => (`${a.from}>${a.to}` < `${b.from}>${b.to}` ? -1 : 1)),
});
