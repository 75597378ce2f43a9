// One data file's text -> its validated nodes and edges, or every problem in it at once.
// Each node and edge is checked on its own so that one bad entry does not hide the others.
import type { z } from "zod";
import { EDGE_KINDS, EDGE_SCHEMAS, type Edge } from "../schema/edges.ts";
import { NODE_KINDS, NODE_SCHEMAS, type Node } from "../schema/nodes.ts";
import type { LoadIssue } from "./issues.ts";
import { childPath, scanJson, type TextPosition } from "./json-locate.ts";

export interface SourceFile {
  /** How messages name the file: a path relative to the working directory, or a name the user gave. */
  path: string;
  text: string;
}

export interface ValidatedEntry<T> {
  value: T;
  path: string;
}

export interface ValidatedFile {
  file: string;
  nodes: ValidatedEntry<Node>[];
  edges: ValidatedEntry<Edge>[];
  /** Where each JSON path starts in the text; scanned on first read (only messages need it). */
  readonly positions: Map<string, TextPosition>;
}

const FILE_KEYS = new Set(["$schema", "title", "nodes", "edges"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function validateFile(source: SourceFile): { file?: ValidatedFile; issues: LoadIssue[] } {
  // JSON.parse first; the position scanner (slow on large files) runs only when a message needs a
  // line: on a syntax error, or for the first issue found in the file.
  let root: unknown;
  try {
    root = JSON.parse(source.text);
  } catch (error) {
    const scan = scanJson(source.text);
    const found = scan.ok ? { message: (error as Error).message, position: { line: 1, column: 1 } } : scan;
    return {
      issues: [{ file: source.path, path: "$", message: `invalid JSON: ${found.message}`, ...found.position }],
    };
  }
  let positions: Map<string, TextPosition> | undefined;
  const positionsOf = () => {
    if (!positions) {
      const scan = scanJson(source.text);
      positions = scan.ok ? scan.positions : new Map();
    }
    return positions;
  };
  const issues: LoadIssue[] = [];
  const at = (path: string, message: string) => {
    const pos = nearestPosition(positionsOf(), path);
    issues.push({ file: source.path, path, message, ...pos });
  };

  if (!isRecord(root)) {
    at("$", 'a data file must be a JSON object like {"nodes": [...], "edges": [...]}');
    return { issues };
  }
  for (const key of Object.keys(root)) {
    if (!FILE_KEYS.has(key)) at(childPath("$", key), `unknown top-level field '${key}' (allowed: $schema, title, nodes, edges)`);
  }
  const nodes = validateList(root, "nodes", NODE_KINDS, NODE_SCHEMAS, at) as ValidatedEntry<Node>[];
  const edges = validateList(root, "edges", EDGE_KINDS, EDGE_SCHEMAS, at) as ValidatedEntry<Edge>[];
  return {
    file: {
      file: source.path,
      nodes,
      edges,
      get positions() {
        return positionsOf();
      },
    },
    issues,
  };
}

function validateList(
  root: Record<string, unknown>,
  key: "nodes" | "edges",
  kinds: readonly string[],
  schemas: Record<string, z.ZodType>,
  at: (path: string, message: string) => void,
): ValidatedEntry<unknown>[] {
  const list = root[key];
  const listPath = childPath("$", key);
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    at(listPath, `'${key}' must be an array`);
    return [];
  }
  const out: ValidatedEntry<unknown>[] = [];
  list.forEach((entry, index) => {
    const path = childPath(listPath, index);
    if (!isRecord(entry)) return at(path, `each of '${key}' must be an object`);
    const kind = entry["kind"];
    if (kind === undefined) return at(childPath(path, "kind"), `missing required field 'kind' (one of ${kinds.join(", ")})`);
    if (typeof kind !== "string" || !Object.hasOwn(schemas, kind)) {
      return at(childPath(path, "kind"), `unknown kind ${JSON.stringify(kind)} (expected one of ${kinds.join(", ")})`);
    }
    const result = schemas[kind]!.safeParse(entry);
    if (result.success) {
      out.push({ value: result.data, path });
      return;
    }
    for (const issue of result.error.issues) {
      at(issue.path.reduce<string>((p, k) => childPath(p, typeof k === "symbol" ? String(k) : k), path), describeIssue(issue, entry));
    }
  });
  return out;
}

/** zod's messages, made to say what an analyst editing the file needs to hear. */
function describeIssue(issue: z.core.$ZodIssue, entry: Record<string, unknown>): string {
  if (issue.code === "unrecognized_keys") {
    const names = issue.keys.map((k) => `'${k}'`).join(", ");
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${names}` +
      (issue.keys.includes("weight") ? " ('weight' is reserved: use share or substitutability)" : "");
  }
  if (issue.code === "invalid_type" && isMissing(entry, issue.path)) {
    return `missing required field '${String(issue.path[issue.path.length - 1])}' (${issue.expected})`;
  }
  return issue.message;
}

function isMissing(entry: unknown, path: readonly PropertyKey[]): boolean {
  let cursor: unknown = entry;
  for (const key of path) {
    if (typeof cursor !== "object" || cursor === null || !Object.hasOwn(cursor, key)) return true;
    cursor = (cursor as Record<PropertyKey, unknown>)[key];
  }
  return cursor === undefined;
}

/** The position of a path, or of its closest ancestor that exists in the text (a missing field has none). */
export function nearestPosition(positions: Map<string, TextPosition>, path: string): TextPosition | undefined {
  for (let p = path; ; ) {
    const pos = positions.get(p);
    if (pos) return pos;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) return positions.get("$");
    p = p.slice(0, cut);
  }
}
