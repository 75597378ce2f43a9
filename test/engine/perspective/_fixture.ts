// The issue-14 fixture (test/fixtures/risk) loaded once through the real loader.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDataset } from "../../../src/load/index.ts";
import { buildGraph, type ChokepointGraph } from "../../../src/model/graph.ts";

export const RISK_FIXTURE = join(import.meta.dirname, "../../fixtures/risk/risk.json");

export function riskGraph(): ChokepointGraph {
  const result = loadDataset([{ path: RISK_FIXTURE, text: readFileSync(RISK_FIXTURE, "utf8") }]);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return buildGraph(result.dataset);
}
