// Merges validated files into one dataset and runs the checks that need all files at once:
// duplicate ids, edges whose ends do not exist or whose kinds do not fit, supplier shares over 1.
import type { DataOrigin, Dataset } from "../schema/dataset.ts";
import { EDGE_ENDS, EDGE_KINDS, type Edge } from "../schema/edges.ts";
import { NODE_KINDS, type Node, type NodeKind } from "../schema/nodes.ts";
import type { LoadIssue, LoadIssueCode } from "./issues.ts";
import { childPath } from "./json-locate.ts";
import { mergeLayers } from "./merge-layers.ts";
import { FirstEdges } from "./first-edges.ts";
import { IdTable } from "./id-table.ts";
import { entryPath, type ValidatedFile } from "./validate-file.ts";

/** Listed shares may add up to a hair over 1 from rounding in the sources; more is an error. */
const SHARE_SUM_TOLERANCE = 1e-6;

export function mergeFiles(files: ValidatedFile[]): { dataset: Dataset; issues: LoadIssue[] } {
  const issues: LoadIssue[] = [];
  // Lines are added afterwards (locateIssues), with one scan per file for all its messages.
  const issueAt: IssueAt = (file, path, message, code) => issues.push({ file: file.file, path, message, ...(code ? { code } : {}) });
  const merged = mergeNodes(files, issueAt);
  const { edges, edgeOrigins, from, to } = mergeEdges(files, merged, issueAt);
  const { nodes, nodeIndex, nodeOrigins } = merged;
  const { layers, origin } = mergeLayers(files, nodeIndex, nodes, issues);
  // nodes and edges first, as before: the lazy properties replace these placeholders in place.
  const placeholders: Dataset["origin"] = { nodes: new Map(), edges: [], ...origin };
  const lists = withLazy(withLazy(placeholders, "nodes", () => nodeOrigins.map()), "edges", () => edgeOrigins.list(edges.length));
  const dataset: Dataset = { nodes, edges, ...layers, origin: lists };
  INDEXES.set(dataset, { index: nodeIndex, from, to });
  return { dataset, issues };
}

type IssueAt = (file: ValidatedFile, path: string, message: string, code?: LoadIssueCode) => void;

/** One bit per node kind, and per edge kind the kinds each end may have as a mask of those bits. */
const KIND_BIT = new Map<string, number>(NODE_KINDS.map((kind, i) => [kind, 1 << i]));
const maskOf = (kinds: readonly NodeKind[]) => kinds.reduce((mask, kind) => mask | KIND_BIT.get(kind)!, 0);
const END_MASKS = new Map<string, { from: number; to: number }>(
  EDGE_KINDS.map((kind) => [kind, { from: maskOf(EDGE_ENDS[kind].from), to: maskOf(EDGE_ENDS[kind].to) }]),
);

interface MergedNodes {
  nodes: Node[];
  nodeIndex: Map<string, number>;
  nodeOrigins: NodeOrigins;
  /** Per node position its kind's bit (KIND_BIT), and its id: the edge loop reads these, not the node objects. */
  kindBits: Uint8Array;
  ids: string[];
}

function mergeNodes(files: ValidatedFile[], issueAt: IssueAt): MergedNodes {
  const nodes: Node[] = [];
  const ids: string[] = [];
  const nodeIndex = new Map<string, number>();
  const total = files.reduce((n, f) => n + f.nodes.values.length, 0);
  const nodeOrigins = new NodeOrigins(files, ids, total);
  const kindBits = new Uint8Array(total);
  for (const [f, file] of files.entries()) {
    const { values, indices } = file.nodes;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const first = nodeIndex.get(value.id);
      if (first !== undefined) {
        const origin = nodeOrigins.at(first);
        issueAt(file, childPath(entryPath("nodes", indices[i]!), "id"), `duplicate id '${value.id}' (first defined in ${origin.file} at ${origin.path})`, "duplicate-id");
        continue;
      }
      kindBits[nodes.length] = KIND_BIT.get(value.kind)!;
      nodeOrigins.add(nodes.length, f, indices[i]!);
      nodeIndex.set(value.id, nodes.length);
      nodes.push(value);
      ids.push(value.id);
    }
  }
  return { nodes, nodeIndex, nodeOrigins, kindBits, ids };
}

/**
 * The edges that pass the cross-file checks, with each one's ends as node positions. At a million
 * nodes this loop looks up ten million edge ends; what it costs is cache misses, so it reads
 * typed arrays (kindBits) and the ids list rather than the node objects, and remembers the last
 * lookup of each end: files list a node's suppliers together, so `to` mostly repeats.
 */
function mergeEdges(files: ValidatedFile[], merged: MergedNodes, issueAt: IssueAt): { edges: Edge[]; edgeOrigins: EdgeOrigins; from: Int32Array; to: Int32Array } {
  const { nodes, kindBits, ids } = merged;
  const nodeIndex = new IdTable(ids);
  /** The node position of an edge end, or -1 after reporting why it cannot be one. */
  const endOf = (file: ValidatedFile, index: number, edge: Edge, end: "from" | "to", v: number | undefined): number => {
    if (v === undefined) {
      issueAt(file, childPath(entryPath("edges", index), end), `edge ${end} '${edge[end]}', a node that does not exist`);
      return -1;
    }
    if ((kindBits[v]! & END_MASKS.get(edge.kind)![end]) === 0) {
      const node = nodes[v]!;
      const allowed = EDGE_ENDS[edge.kind][end];
      issueAt(
        file,
        childPath(entryPath("edges", index), end),
        `a '${edge.kind}' edge cannot ${end === "from" ? "start at" : "end at"} ${node.kind} '${node.id}' ` +
          `(${end} must be one of: ${allowed.join(", ")})`,
      );
      return -1;
    }
    return v;
  };

  const total = files.reduce((n, f) => n + f.edges.values.length, 0);
  const edges: Edge[] = [];
  const edgeOrigins = new EdgeOrigins(files, total);
  // Listed shares per supplied node, and per edge the previous listed-share edge into the same node
  // (a chain the over-1 message walks; only built into a list for a node over 1).
  const shareSum = new Float64Array(nodes.length);
  const lastShareEdge = new Int32Array(nodes.length).fill(-1);
  const previousShareEdge = new Int32Array(total);
  const fromIndex = new Int32Array(total);
  const toIndex = new Int32Array(total);
  // Typed arrays rather than maps of strings and lists: this loop runs once per edge (5 million at scale).
  const seenPairs = new FirstEdges(nodes.length, total, fromIndex);
  let lastFromId: string | undefined;
  let lastToId: string | undefined;
  let lastFrom: number | undefined;
  let lastTo: number | undefined;

  for (const [f, file] of files.entries()) {
    const { values, indices } = file.edges;
    for (let i = 0; i < values.length; i++) {
      const edge = values[i]!;
      const index = indices[i]!;
      if (edge.from !== lastFromId) (lastFromId = edge.from), (lastFrom = nodeIndex.get(edge.from));
      if (edge.to !== lastToId) (lastToId = edge.to), (lastTo = nodeIndex.get(edge.to));
      const from = endOf(file, index, edge, "from", lastFrom);
      const to = endOf(file, index, edge, "to", lastTo);
      if (from < 0 || to < 0) continue;
      if (from === to) {
        issueAt(file, entryPath("edges", index), `edge from '${edge.from}' to itself`);
        continue;
      }
      const first = seenPairs.firstOf(from, to, edges.length);
      if (first >= 0) {
        const origin = edgeOrigins.at(first);
        issueAt(file, entryPath("edges", index), `duplicate edge ${edge.from} -> ${edge.to} (first in ${origin.file} at ${origin.path})`, "duplicate-edge");
        continue;
      }
      // The node's own id string in place of the file's equal copy: one string per node instead of
      // one per edge end (a million at scale) for the garbage collector to trace.
      edge.from = ids[from]!;
      edge.to = ids[to]!;
      if (edge.kind === "supplies" && edge.share !== undefined) {
        shareSum[to]! += edge.share;
        previousShareEdge[edges.length] = lastShareEdge[to]!;
        lastShareEdge[to] = edges.length;
        if (shareSum[to]! > 1 + SHARE_SUM_TOLERANCE) {
          const parts: Edge[] = [edge];
          for (let j = previousShareEdge[edges.length]!; j >= 0; j = previousShareEdge[j]!) parts.push(edges[j]!);
          const listed = parts.reverse().map((e) => `${e.from} ${e.kind === "supplies" ? e.share : ""}`);
          issueAt(file, childPath(entryPath("edges", index), "share"), `shares of the suppliers of '${edge.to}' sum to ${round(shareSum[to]!)}, over 1 (${listed.join(", ")})`);
        }
      }
      fromIndex[edges.length] = from;
      toIndex[edges.length] = to;
      edges.push(edge);
      edgeOrigins.add(edges.length - 1, f, index);
    }
  }
  return { edges, edgeOrigins, from: fromIndex.subarray(0, edges.length), to: toIndex.subarray(0, edges.length) };
}

/** Node positions by id, and each edge's ends as node positions, as the merge found them. */
export interface DatasetIndex {
  index: Map<string, number>;
  from: Int32Array;
  to: Int32Array;
}

const INDEXES = new WeakMap<Dataset, DatasetIndex>();

/**
 * The merge's own index of a dataset it made (compactFromDataset takes it instead of looking up
 * ten million edge ends by id again at a million nodes). Valid while nobody edits the dataset's
 * nodes or edges lists: read it right after loading.
 */
export const datasetIndexOf = (dataset: Dataset): DatasetIndex | undefined => INDEXES.get(dataset);

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Each kept entry's file (by number) and place in that file's list, in typed arrays: at five
 * million edges one origin object per edge was 1.8 s of the merge (allocation and the garbage
 * collector moving them), and the bench reads none of them. `dataset.origin.edges` and
 * `dataset.origin.nodes` make the objects when first read.
 */
class EntryPlaces {
  protected readonly file: Uint32Array;
  protected readonly entry: Int32Array;

  constructor(
    protected readonly files: ValidatedFile[],
    total: number,
  ) {
    this.file = new Uint32Array(total);
    this.entry = new Int32Array(total);
  }

  add(at: number, file: number, entry: number): void {
    this.file[at] = file;
    this.entry[at] = entry;
  }
}

class EdgeOrigins extends EntryPlaces {
  at(edge: number): DataOrigin {
    return new EdgeOrigin(this.files[this.file[edge]!]!.file, this.entry[edge]!);
  }

  /** The first `count` edges' origins. */
  list(count: number): DataOrigin[] {
    return Array.from({ length: count }, (_, edge) => this.at(edge));
  }
}

/**
 * The nodes' places, with their ids for the map: at a million nodes a map entry, an object and a
 * path string per node that nothing in the bench reads.
 */
class NodeOrigins extends EntryPlaces {
  constructor(
    files: ValidatedFile[],
    private readonly ids: string[],
    total: number,
  ) {
    super(files, total);
  }

  at(node: number): DataOrigin {
    return { file: this.files[this.file[node]!]!.file, path: entryPath("nodes", this.entry[node]!) };
  }

  map(): Map<string, DataOrigin> {
    return new Map(this.ids.map((id, node) => [id, this.at(node)]));
  }
}

/** `origin` with its `key` made on first read and kept (a plain value from then on, or the one assigned). */
function withLazy<K extends "nodes" | "edges">(origin: Dataset["origin"], key: K, make: () => Dataset["origin"][K]): Dataset["origin"] {
  const settle = (target: object, value: Dataset["origin"][K]) =>
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return Object.defineProperty(origin, key, {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const value = make();
      settle(this, value);
      return value;
    },
    set(this: object, value: Dataset["origin"][K]) {
      settle(this, value);
    },
  });
}

/** An edge's origin, its path made when read (500k edges: no path string each until then). */
class EdgeOrigin implements DataOrigin {
  constructor(
    readonly file: string,
    private readonly index: number,
  ) {}

  get path(): string {
    return entryPath("edges", this.index);
  }
}
