// "Did you mean" hints for an unknown node id, shared by every command and engine function that takes one.
import type { ChokepointGraph } from "./graph.ts";

/** A hint for a mistyped id: case-insensitive id or label match, else ids with the same start. */
export function suggest(graph: ChokepointGraph, id: string): string {
  const lower = id.toLowerCase();
  const exact = graph.filterNodes((n, attrs) => n.toLowerCase() === lower || attrs.label.toLowerCase() === lower);
  if (exact.length > 0) return `did you mean ${exact.map((n) => `"${n}"`).join(" or ")}?`;
  const near = graph.filterNodes((n) => n.toLowerCase().startsWith(lower.slice(0, 3))).sort().slice(0, 5);
  if (near.length > 0) return `similar ids: ${near.join(", ")}`;
  return "node ids are ISO codes for countries (CN) and kebab-case otherwise (cobalt-refined)";
}
