// The typed supply graph every layer after loading works on. Edges point the way supply flows.
import { DirectedGraph } from "graphology";
import { LAYER_LISTS, type Dataset, type DatasetLayers } from "../schema/dataset.ts";
import type { Edge } from "../schema/edges.ts";
import type { Node } from "../schema/nodes.ts";

export type NodeAttributes = Node;
export type EdgeAttributes = Edge;
export type ChokepointGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

/** Edge keys are `from->to`: the loader allows one edge per ordered pair. */
export const edgeKey = (from: string, to: string) => `${from}->${to}`;

export interface BuildOptions {
  /**
   * Hand the dataset's own node and edge objects to the graph as its attributes instead of copying
   * them (600k objects at 100k nodes): for a freshly loaded dataset that nobody edits in place.
   * Default false: the graph gets copies, so editing one never changes the other.
   */
  shareAttributes?: boolean;
}

/** Builds the graph from a validated dataset. The dataset is not modified; attributes are copies unless shared. */
export function buildGraph(
  dataset: Pick<Dataset, "nodes" | "edges"> & Partial<DatasetLayers>,
  options: BuildOptions = {},
): ChokepointGraph {
  const steps = buildGraphInSlices(dataset, options, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same build, pausing (a `yield`) after every `slice` nodes or edges added, so a caller on a
 * page's thread can let input and frames through between slices (the explorer's 10k-node load).
 */
export function* buildGraphInSlices(
  dataset: Pick<Dataset, "nodes" | "edges"> & Partial<DatasetLayers>,
  options: BuildOptions = {},
  slice = 500,
): Generator<void, ChokepointGraph> {
  const graph: ChokepointGraph = createGraph<NodeAttributes, EdgeAttributes>();
  // Sourcing layers and events are not nodes or edges: they travel as graph attributes (layers.ts),
  // set only when there are any so a graph of nodes and edges alone exports as before.
  for (const list of LAYER_LISTS) {
    const entries = dataset[list];
    if (entries && entries.length > 0) graph.setAttribute(list, [...entries]);
  }
  const share = options.shareAttributes === true;
  let added = 0;
  for (const node of dataset.nodes) {
    graph.addNode(node.id, share ? node : { ...node });
    if (++added % slice === 0) yield;
  }
  for (const edge of dataset.edges) {
    graph.addDirectedEdgeWithKey(edgeKey(edge.from, edge.to), edge.from, edge.to, share ? edge : { ...edge });
    if (++added % slice === 0) yield;
  }
  return graph;
}

type Adjacency = Record<string, unknown>;
interface NodeSlots {
  in?: Adjacency;
  out?: Adjacency;
  undirected?: Adjacency;
  clear(): void;
}

/**
 * A graphology DirectedGraph whose per-node neighbour objects have no prototype. graphology keeps
 * each node's neighbours in plain objects keyed by neighbour id and looks them up with `obj[id]`
 * and `id in obj`, so with `{}` an edge into a node called `constructor` (an Object.prototype
 * name) "already exists" and cannot be added. With `Object.create(null)` every id is just a key.
 * graphology's 2-argument hasEdge calls `obj.hasOwnProperty`, which such objects lack: those
 * three are answered with Object.hasOwn instead. Null-prototype objects are also kept by V8 in
 * dictionary mode from the start, which is what makes edge inserts fast at 100k nodes (a chain of
 * hidden classes per neighbour object was seconds of a build).
 * Every graph the project builds over node ids is one of these (`createGraph`).
 */
export class SafeDirectedGraph<N extends object = object, E extends object = object> extends DirectedGraph<N, E> {
  constructor(options?: ConstructorParameters<typeof DirectedGraph>[0]) {
    super(options);
    const self = this as unknown as { NodeDataClass?: new (key: string, attributes: unknown) => NodeSlots };
    const Base = self.NodeDataClass;
    if (typeof Base !== "function") throw new Error("chokepoint: unexpected graphology internals (no NodeDataClass)");
    self.NodeDataClass = class extends Base {
      override clear(): void {
        super.clear();
        if (this.in) this.in = Object.create(null) as Adjacency;
        if (this.out) this.out = Object.create(null) as Adjacency;
        if (this.undirected) this.undirected = Object.create(null) as Adjacency;
      }
    };
  }

  override hasDirectedEdge(...args: [unknown] | [unknown, unknown]): boolean {
    if (args.length !== 2) return super.hasDirectedEdge(args[0]);
    return this.neighbours(args[0], "out", args[1]);
  }

  override hasUndirectedEdge(...args: [unknown] | [unknown, unknown]): boolean {
    if (args.length !== 2) return super.hasUndirectedEdge(args[0]);
    return this.neighbours(args[0], "undirected", args[1]);
  }

  override hasEdge(...args: [unknown] | [unknown, unknown]): boolean {
    if (args.length !== 2) return super.hasEdge(args[0]);
    return this.neighbours(args[0], "out", args[1]) || this.neighbours(args[0], "undirected", args[1]);
  }

  private neighbours(source: unknown, slot: "out" | "undirected", target: unknown): boolean {
    const data = (this as unknown as { _nodes: Map<string, NodeSlots> })._nodes.get(String(source));
    const adjacency = data?.[slot];
    return adjacency !== undefined && Object.hasOwn(adjacency, String(target));
  }
}

/** A new empty directed graph that takes any string as a node id (see SafeDirectedGraph). */
export const createGraph = <N extends object = object, E extends object = object>() => new SafeDirectedGraph<N, E>();
