// Shares of one node are added (HHI, supply in a scenario), so they must measure the same thing:
// a node's supplies edges may not mix bases (revenue with capacity, mine with refinery output).
// Checked across files at load time, so a mixed node never reaches the engine.
import type { Edge } from "../schema/edges.ts";
import { childPath } from "./json-locate.ts";
import { entryPath, type ValidatedFile } from "./validate-file.ts";

type Report = (file: ValidatedFile, path: string, message: string) => void;

/** Reports every supplies edge whose basis differs from the first basis given for the same node. */
export function checkBases(files: ValidatedFile[], report: Report): void {
  const first = new Map<string, { basis: string; from: string; file: string }>();
  for (const file of files) {
    const { values, indices } = file.edges;
    for (let i = 0; i < values.length; i++) {
      const edge: Edge = values[i]!;
      if (edge.kind !== "supplies" || edge.basis === undefined) continue;
      const seen = first.get(edge.to);
      if (seen === undefined) {
        first.set(edge.to, { basis: edge.basis, from: edge.from, file: file.file });
        continue;
      }
      if (seen.basis === edge.basis) continue;
      report(
        file,
        childPath(entryPath("edges", indices[i]!), "basis"),
        `shares of '${edge.to}' mix bases: '${edge.basis}' here, '${seen.basis}' on the supply from '${seen.from}' (${seen.file}); shares of different bases cannot be added, so give all of a node's suppliers one basis`,
      );
    }
  }
}
