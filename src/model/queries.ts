// Read-only questions about one node of the graph, shared by the engine, the CLI and the view.
import type { NodeKind } from "../schema/nodes.ts";
import type { ChokepointGraph } from "./graph.ts";

export interface Supplier {
  id: string;
  /** Listed share 0..1, or undefined when the data gives none. */
  share: number | undefined;
}

export function suppliersOf(graph: ChokepointGraph, node: string): Supplier[] {
  const out: Supplier[] = [];
  graph.forEachInEdge(node, (_edge, attrs, source) => {
    if (attrs.kind === "supplies") out.push({ id: source, share: attrs.share });
  });
  return out;
}

export interface Input {
  id: string;
  substitutability: number;
}

export function inputsOf(graph: ChokepointGraph, node: string): Input[] {
  const out: Input[] = [];
  graph.forEachInEdge(node, (_edge, attrs, source) => {
    if (attrs.kind === "input") out.push({ id: source, substitutability: attrs.substitutability });
  });
  return out;
}

/** The countries a company is located in, or that operate a constellation. */
export function hostsOf(graph: ChokepointGraph, node: string): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(node, (_edge, attrs, _source, target) => {
    if (attrs.kind === "located_in") out.push(target);
  });
  graph.forEachInEdge(node, (_edge, attrs, source) => {
    if (attrs.kind === "operates") out.push(source);
  });
  return out;
}

export const kindOf = (graph: ChokepointGraph, node: string): NodeKind => graph.getNodeAttribute(node, "kind");

/**
 * Who each node depends on, as (dependency -> dependent) pairs: supplies, input and operates edges
 * as they are, and located_in turned around (a company depends on its host country).
 */
export function forEachDependency(
  graph: ChokepointGraph,
  callback: (dependency: string, dependent: string) => void,
): void {
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (attrs.kind === "located_in") callback(target, source);
    else callback(source, target);
  });
}
