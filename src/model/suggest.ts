// "Did you mean" hints for an unknown node id, shared by every command and engine function that takes one.
import type { ChokepointGraph } from "./graph.ts";

/** A hint for a mistyped id: case-insensitive id or label match, else ids with the same start. */
export function suggest(graph: ChokepointGraph, id: string): string {
  return suggestAmong(graph.mapNodes((node, attrs) => ({ id: node, label: attrs.label })), id);
}

/** suggest over a list of nodes (in graph order), for callers without a graphology graph. */
export function suggestAmong(nodes: readonly { id: string; label: string }[], id: string): string {
  const lower = id.toLowerCase();
  const exact = nodes.filter((n) => n.id.toLowerCase() === lower || n.label.toLowerCase() === lower).map((n) => n.id);
  if (exact.length > 0) return `did you mean ${exact.map((n) => `"${n}"`).join(" or ")}?`;
  const near = nodes.filter((n) => n.id.toLowerCase().startsWith(lower.slice(0, 3))).map((n) => n.id).sort().slice(0, 5);
  if (near.length > 0) return `similar ids: ${near.join(", ")}`;
  return "node ids are ISO codes for countries (CN) and kebab-case otherwise (cobalt-refined)";
}
