// One data file's text -> its validated nodes and edges, or every problem in it at once.
// Each node and edge is checked on its own so that one bad entry does not hide the others.
import type { z } from "zod";
import { LAYER_LISTS, type DatasetLayers, type LayerList } from "../schema/dataset.ts";
import { EDGE_KINDS, EDGE_SCHEMAS, type Edge } from "../schema/edges.ts";
import { EuFactor, ImportReliance, SourcingEntry, SupplyEvent } from "../schema/layers.ts";
import { NODE_KINDS, NODE_SCHEMAS, type Node } from "../schema/nodes.ts";
import { fastEntry } from "./fast-entry.ts";
import type { LoadIssue } from "./issues.ts";
import { childPath, hasDuplicateKeys, positionAt, scanJson } from "./json-locate.ts";

export interface SourceFile {
  /** How messages name the file: a path relative to the working directory, or a name the user gave. */
  path: string;
  text: string;
}

/**
 * The valid entries of one list, and where each stood in the file's list (its path is
 * entryPath(list, index)). Paths are made only when needed: at 500k edges, a path string and a
 * wrapper object per entry were a good part of the loader's garbage collection.
 */
export interface ValidatedList<T> {
  values: T[];
  indices: number[];
}

/** `$.edges[3]`: the path of entry `index` of one of a file's top-level lists. */
export const entryPath = (list: string, index: number) => `${childPath("$", list)}[${index}]`;

/** The one schema of each layer list's entries. */
const LAYER_SCHEMAS: Record<LayerList, z.ZodType> = {
  sourcing: SourcingEntry,
  importReliance: ImportReliance,
  events: SupplyEvent,
  euFactors: EuFactor,
};

export type ValidatedLayers = { [K in LayerList]: ValidatedList<DatasetLayers[K][number]> };

export interface ValidatedFile {
  file: string;
  /** The text as scanned (without a byte-order mark), for locating messages afterwards. */
  text: string;
  nodes: ValidatedList<Node>;
  edges: ValidatedList<Edge>;
  layers: ValidatedLayers;
}

/** What validateFile found; issues have no line yet (locateIssues adds them, one scan per file). */
export interface FileCheck {
  file?: ValidatedFile;
  /** The text without a byte-order mark. */
  text: string;
  issues: LoadIssue[];
  /** Some object in the file repeats a key (which one, and where, takes the scan). */
  duplicateKeys: boolean;
}

const FILE_KEYS = new Set<string>(["$schema", "title", "nodes", "edges", ...LAYER_LISTS]);
const TEXT_FIELDS = ["$schema", "title"];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A leading U+FEFF (a UTF-8 byte-order mark, as some editors save) is not part of the JSON: it is
 * dropped here, the one place for CLI and view. Editors hide it, so columns are counted without it.
 */
export const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function validateFile(source: SourceFile): FileCheck {
  const text = withoutBom(source.text);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    // The scanner names the place; JSON.parse's own message is the fallback if the scanner disagrees.
    const scan = scanJson(text);
    const found = scan.ok ? { message: (error as Error).message, position: { line: 1, column: 1 } } : { message: scan.message, position: positionAt(text, scan.offset) };
    return {
      issues: [{ file: source.path, path: "$", message: `invalid JSON: ${found.message}`, ...found.position }],
      text,
      duplicateKeys: false,
    };
  }
  const issues: LoadIssue[] = [];
  const at = (path: string, message: string) => void issues.push({ file: source.path, path, message });
  const duplicateKeys = hasDuplicateKeys(text, root);
  if (!isRecord(root)) {
    at("$", 'a data file must be a JSON object like {"nodes": [...], "edges": [...]}');
    return { issues, text, duplicateKeys };
  }
  for (const key of Object.keys(root)) {
    if (!FILE_KEYS.has(key)) at(childPath("$", key), `unknown top-level field '${key}' (allowed: ${[...FILE_KEYS].join(", ")})`);
  }
  for (const key of TEXT_FIELDS) {
    if (Object.hasOwn(root, key) && typeof root[key] !== "string") at(childPath("$", key), `'${key}' must be a string, not ${describeValue(root[key])}`);
  }
  const nodes = validateList(root, "nodes", NODE_KINDS, NODE_SCHEMAS, at) as ValidatedList<Node>;
  const edges = validateList(root, "edges", EDGE_KINDS, EDGE_SCHEMAS, at) as ValidatedList<Edge>;
  const layers = Object.fromEntries(
    LAYER_LISTS.map((list) => [list, validateList(root, list, undefined, LAYER_SCHEMAS[list], at)]),
  ) as ValidatedLayers;
  return { file: { file: source.path, text, nodes, edges, layers }, text, issues, duplicateKeys };
}

/**
 * A value named in a message: short and never recursive (a kind that is an array nested 10,000
 * deep must not overflow the stack through JSON.stringify).
 */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

/**
 * Validates each entry of one top-level list on its own. Nodes and edges pick their schema by
 * `kind` (`kinds` lists them); a layer list has one schema for every entry (`kinds` undefined).
 */
function validateList(
  root: Record<string, unknown>,
  key: string,
  kinds: readonly string[] | undefined,
  schemas: Record<string, z.ZodType> | z.ZodType,
  at: (path: string, message: string) => void,
): ValidatedList<unknown> {
  const list = root[key];
  const listPath = childPath("$", key);
  const out: ValidatedList<unknown> = { values: [], indices: [] };
  if (list === undefined) return out;
  if (!Array.isArray(list)) {
    at(listPath, `'${key}' must be an array`);
    return out;
  }
  for (let index = 0; index < list.length; index++) {
    const entry: unknown = list[index];
    if (!isRecord(entry)) {
      at(entryPath(key, index), `each of '${key}' must be an object`);
      continue;
    }
    const schema = kinds === undefined ? (schemas as z.ZodType) : schemaOfKind(entry, key, index, kinds, schemas as Record<string, z.ZodType>, at);
    if (!schema) continue;
    // Plain checks for the common entries; whatever they do not accept, zod checks and explains.
    const fast = kinds === undefined ? undefined : fastEntry(key as "nodes" | "edges", entry["kind"] as string, entry);
    if (fast !== undefined) {
      out.values.push(fast);
      out.indices.push(index);
      continue;
    }
    const result = schema.safeParse(entry);
    if (result.success) {
      out.values.push(result.data);
      out.indices.push(index);
      continue;
    }
    const path = entryPath(key, index);
    for (const issue of result.error.issues) {
      at(issue.path.reduce<string>((p, k) => childPath(p, typeof k === "symbol" ? String(k) : k), path), describeIssue(issue, entry));
    }
  }
  return out;
}

/** The schema an entry's `kind` names, or undefined after reporting why there is none. */
function schemaOfKind(
  entry: Record<string, unknown>,
  key: string,
  index: number,
  kinds: readonly string[],
  schemas: Record<string, z.ZodType>,
  at: (path: string, message: string) => void,
): z.ZodType | undefined {
  const kind = entry["kind"];
  const kindPath = childPath(`$.${key}[${index}]`, "kind");
  if (kind === undefined) {
    at(kindPath, `missing required field 'kind' (one of ${kinds.join(", ")})`);
    return undefined;
  }
  if (typeof kind !== "string" || !Object.hasOwn(schemas, kind)) {
    at(kindPath, `unknown kind ${describeValue(kind)} (expected one of ${kinds.join(", ")})`);
    return undefined;
  }
  return schemas[kind];
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
