// A fast path for the entries data files are mostly made of (a node with an id and a label, an edge
// with its ends and a share or substitutability): plain checks instead of zod, which at a million
// nodes and five million edges was the largest part of loading (README, Benchmarks). It accepts an
// entry only when every field is one it knows and every value passes the same rule as the schema,
// and then returns what zod returns: a new object with the schema's keys in the schema's order and
// its defaults filled in. Anything else (an unknown field, a nested object, a bad value) returns
// undefined and goes to zod, which gives the messages: the fast path never decides that an entry
// is bad. test/load/fast-entry.test.ts checks it against zod on random entries.
import { BASES } from "../schema/common.ts";
import { EDGE_SCHEMAS, type EdgeKind } from "../schema/edges.ts";
import { MATERIAL_STAGES, NODE_SCHEMAS, type NodeKind } from "../schema/nodes.ts";

type Check = (value: unknown) => boolean;

/** `kind` picked the schema, so it is valid already. */
const ok: Check = () => true;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const kebab: Check = (v) => typeof v === "string" && KEBAB.test(v);
const countryId: Check = (v) => typeof v === "string" && COUNTRY.test(v);
const nodeId: Check = (v) => kebab(v) || countryId(v);
const text: Check = (v) => typeof v === "string";
const nonEmpty: Check = (v) => typeof v === "string" && v.length >= 1;
const flag: Check = (v) => typeof v === "boolean";
const number: Check = (v) => typeof v === "number" && Number.isFinite(v);
const fraction: Check = (v) => number(v) && (v as number) >= 0 && (v as number) <= 1;
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === "string" && set.has(v);
};

/** FigureMeta without `source` (an object: left to zod). */
const META: Record<string, Check> = {
  year: (v) => Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2100,
  unit: nonEmpty,
  note: text,
  estimate: flag,
  grade: oneOf(["A", "B", "C", "U"]),
};
/** The node base without aliases and figures (arrays: left to zod). */
const NODE_BASE: Record<string, Check> = { label: nonEmpty, description: text, ...META };
const ENDS: Record<string, Check> = { from: nodeId, to: nodeId, ...META };

interface Shape {
  /** The schema's keys in its order: zod's output order. */
  keys: string[];
  checks: Record<string, Check>;
  required: string[];
  defaults: Record<string, unknown>;
  defaultKeys: string[];
}

const shapeOf = (schema: unknown, checks: Record<string, Check>, required: string[], defaults: Record<string, unknown> = {}): Shape => ({
  keys: Object.keys((schema as { shape: Record<string, unknown> }).shape),
  checks,
  required,
  defaults,
  defaultKeys: Object.keys(defaults),
});

const NODE_SHAPES: Partial<Record<NodeKind, Shape>> = {
  company: shapeOf(NODE_SCHEMAS.company, { id: kebab, ...NODE_BASE }, ["id", "label"]),
  material: shapeOf(
    NODE_SCHEMAS.material,
    { id: kebab, material: kebab, stage: oneOf(MATERIAL_STAGES), strategic: flag, critical: flag, eolRir: fraction, substitutionIndex: fraction, ...NODE_BASE },
    ["id", "label"],
  ),
  component: shapeOf(NODE_SCHEMAS.component, { id: kebab, ...NODE_BASE }, ["id", "label"]),
  constellation: shapeOf(NODE_SCHEMAS.constellation, { id: kebab, ...NODE_BASE }, ["id", "label"]),
  service: shapeOf(NODE_SCHEMAS.service, { id: kebab, ...NODE_BASE }, ["id", "label"]),
  sector: shapeOf(NODE_SCHEMAS.sector, { id: kebab, ...NODE_BASE }, ["id", "label"]),
  // Countries (a few hundred, with blocs and governance objects) always go to zod.
};

const EDGE_SHAPES: Record<EdgeKind, Shape> = {
  // low and high (and their refinements) go to zod.
  supplies: shapeOf(EDGE_SCHEMAS.supplies, { share: fraction, basis: oneOf(BASES), site: countryId, ...ENDS }, ["from", "to"]),
  // ranges (and their refinements) go to zod.
  input: shapeOf(
    EDGE_SCHEMAS.input,
    { substitutability: fraction, dependence: fraction, substitutionMonths: (v) => number(v) && (v as number) >= 0, ...ENDS },
    ["from", "to"],
    { substitutability: 0 },
  ),
  located_in: shapeOf(EDGE_SCHEMAS.located_in, ENDS, ["from", "to"]),
  operates: shapeOf(EDGE_SCHEMAS.operates, ENDS, ["from", "to"]),
};

/**
 * What zod would return for `entry` of this kind, or undefined to let zod decide (and explain).
 * When the entry's keys already stand in the schema's order and no default is missing, that is the
 * entry itself, not a copy: at a million nodes and five million edges the copies were half of what
 * the loader allocated and the garbage collector moved (the caller owns the parsed entry).
 */
export function fastEntry(list: "nodes" | "edges", kind: string, entry: Record<string, unknown>): unknown {
  const shape = list === "nodes" ? NODE_SHAPES[kind as NodeKind] : EDGE_SHAPES[kind as EdgeKind];
  if (shape === undefined) return undefined;
  let inOrder = true;
  let next = 0;
  for (const key in entry) {
    if (!Object.hasOwn(entry, key)) continue;
    // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
    const check = Object.hasOwn(shape.checks, key) ? shape.checks[key] : key === "kind" ? ok : undefined;
    if (check === undefined || !check(entry[key])) return undefined;
    while (next < shape.keys.length && shape.keys[next] !== key) next++;
    if (next === shape.keys.length) inOrder = false;
  }
  for (const key of shape.required) if (!Object.hasOwn(entry, key)) return undefined;
  if (inOrder && shape.defaultKeys.every((key) => Object.hasOwn(entry, key))) return entry;
  const out: Record<string, unknown> = {};
  for (const key of shape.keys) {
    if (Object.hasOwn(entry, key)) out[key] = entry[key];
    else if (Object.hasOwn(shape.defaults, key)) out[key] = shape.defaults[key];
  }
  return out;
}
