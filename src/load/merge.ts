// Merges validated files into one dataset and runs the checks that need all files at once:
// duplicate ids, edges whose ends do not exist or whose kinds do not fit, supplier shares over 1.
import type { DataOrigin, Dataset } from "../schema/dataset.ts";
import { EDGE_ENDS, type Edge } from "../schema/edges.ts";
import type { Node } from "../schema/nodes.ts";
import type { LoadIssue } from "./issues.ts";
import { childPath } from "./json-locate.ts";
import { nearestPosition, type ValidatedFile } from "./validate-file.ts";

/** Listed shares may add up to a hair over 1 from rounding in the sources; more is an error. */
const SHARE_SUM_TOLERANCE = 1e-6;

export function mergeFiles(files: ValidatedFile[]): { dataset: Dataset; issues: LoadIssue[] } {
  const issues: LoadIssue[] = [];
  const nodes = new Map<string, Node>();
  const nodeOrigin = new Map<string, DataOrigin>();
  const issueAt = (file: ValidatedFile, path: string, message: string) =>
    issues.push({ file: file.file, path, message, ...nearestPosition(file.positions, path) });

  for (const file of files) {
    for (const { value, path } of file.nodes) {
      const first = nodeOrigin.get(value.id);
      if (first) {
        issueAt(file, childPath(path, "id"), `duplicate id '${value.id}' (first defined in ${first.file} at ${first.path})`);
        continue;
      }
      nodes.set(value.id, value);
      nodeOrigin.set(value.id, { file: file.file, path });
    }
  }

  const edges: Edge[] = [];
  const edgeOrigin: DataOrigin[] = [];
  const seenPairs = new Map<string, DataOrigin>();
  // Listed shares per supplied node; the message's list of parts is only built for a node over 1.
  const shareSums = new Map<string, { sum: number; parts: Edge[] }>();

  for (const file of files) {
    for (const { value: edge, path } of file.edges) {
      let ok = true;
      for (const end of ["from", "to"] as const) {
        const node = nodes.get(edge[end]);
        if (!node) {
          issueAt(file, childPath(path, end), `edge ${end} '${edge[end]}', a node that does not exist`);
          ok = false;
        } else if (!EDGE_ENDS[edge.kind][end].includes(node.kind)) {
          issueAt(
            file,
            childPath(path, end),
            `a '${edge.kind}' edge cannot ${end === "from" ? "start at" : "end at"} ${node.kind} '${node.id}' ` +
              `(${end} must be one of: ${EDGE_ENDS[edge.kind][end].join(", ")})`,
          );
          ok = false;
        }
      }
      if (!ok) continue;
      if (edge.from === edge.to) {
        issueAt(file, path, `edge from '${edge.from}' to itself`);
        continue;
      }
      const pairKey = `${edge.from}\u0000${edge.to}`;
      const first = seenPairs.get(pairKey);
      if (first) {
        issueAt(file, path, `duplicate edge ${edge.from} -> ${edge.to} (first in ${first.file} at ${first.path})`);
        continue;
      }
      // One origin object serves both the duplicate check and the dataset (500k edges at scale).
      const origin: DataOrigin = { file: file.file, path };
      seenPairs.set(pairKey, origin);
      if (edge.kind === "supplies" && edge.share !== undefined) {
        const entry = shareSums.get(edge.to) ?? { sum: 0, parts: [] };
        entry.sum += edge.share;
        entry.parts.push(edge);
        shareSums.set(edge.to, entry);
        if (entry.sum > 1 + SHARE_SUM_TOLERANCE) {
          const parts = entry.parts.map((e) => `${e.from} ${e.kind === "supplies" ? e.share : ""}`);
          issueAt(file, childPath(path, "share"), `shares of the suppliers of '${edge.to}' sum to ${round(entry.sum)}, over 1 (${parts.join(", ")})`);
        }
      }
      edges.push(edge);
      edgeOrigin.push(origin);
    }
  }

  return {
    dataset: { nodes: [...nodes.values()], edges, origin: { nodes: nodeOrigin, edges: edgeOrigin } },
    issues,
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
