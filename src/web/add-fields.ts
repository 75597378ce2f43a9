// The Add form's fields, read from the zod schema of each node and edge kind (src/schema), so a
// field the schema gains shows up in the form without a second list. Top-level strings, numbers,
// booleans, enums and string lists become inputs, and one level of nested objects (source,
// governance, stock) becomes dotted fields (source.citation). Lists of objects (figures) and deeper
// nesting are left to the data file. Values are checked by the same schema when the entry loads.
import { EDGE_KINDS, EDGE_SCHEMAS } from "../schema/edges.ts";
import { NODE_KINDS, NODE_SCHEMAS } from "../schema/nodes.ts";

export interface AddField {
  /** `label`, `source.citation` */
  name: string;
  type: "text" | "number" | "boolean" | "enum" | "list";
  required: boolean;
  options?: string[];
  description?: string;
}

/** A zod schema, read through its public `_zod.def` and `shape` (the view imports no zod itself). */
type Schema = object;

interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
}

const defOf = (t: Schema) => (t as unknown as { _zod: { def: Def } })._zod.def;
const shapeOf = (t: Schema) => (t as unknown as { shape: Record<string, Schema> }).shape;

/** The type under optional/default wrappers, and whether it was one. */
function unwrap(t: Schema): { type: Schema; optional: boolean } {
  let optional = false;
  let current = t;
  for (let def = defOf(current); (def.type === "optional" || def.type === "default") && def.innerType; def = defOf(current)) {
    optional = true;
    current = def.innerType;
  }
  return { type: current, optional };
}

function fieldOf(name: string, schema: Schema, required: boolean): AddField | undefined {
  const def = defOf(schema);
  const description = (schema as { description?: string }).description;
  const base = { name, required, ...(description ? { description } : {}) };
  switch (def.type) {
    case "string":
    case "union": // node ids of an edge's ends (a country code or a kebab-case id)
      return { ...base, type: "text" };
    case "number":
      return { ...base, type: "number" };
    case "boolean":
      return { ...base, type: "boolean" };
    case "enum":
      return { ...base, type: "enum", options: Object.values(def.entries ?? {}) };
    case "array":
      return def.element && defOf(unwrap(def.element).type).type === "string" ? { ...base, type: "list" } : undefined;
    default:
      return undefined;
  }
}

/** The fields of one kind, required first, in the schema's order otherwise. */
export function addFields(what: "node" | "edge", kind: string): AddField[] {
  const schemas: Record<string, Schema> = what === "node" ? NODE_SCHEMAS : EDGE_SCHEMAS;
  const schema = schemas[kind];
  if (!schema) return [];
  const fields: AddField[] = [];
  for (const [key, raw] of Object.entries(shapeOf(schema))) {
    if (key === "kind") continue;
    const { type, optional } = unwrap(raw);
    if (defOf(type).type === "object") {
      for (const [inner, innerRaw] of Object.entries(shapeOf(type))) {
        const u = unwrap(innerRaw);
        // A nested field is required only when its object is (source.citation is, once a source is given).
        const field = fieldOf(`${key}.${inner}`, u.type, !optional && !u.optional);
        if (field) fields.push(field);
      }
      continue;
    }
    const field = fieldOf(key, type, !optional);
    if (field) fields.push(field);
  }
  return [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
}

export const ADD_KINDS = { node: NODE_KINDS, edge: EDGE_KINDS } as const;

/**
 * The entry the form's values describe: empty fields left out, numbers parsed, lists split on
 * commas, dotted names nested. A number field that does not parse is an error naming the field.
 */
export function entryFromValues(kind: string, fields: AddField[], values: Map<string, string | boolean>): { entry: Record<string, unknown> } | { error: string } {
  const entry: Record<string, unknown> = { kind };
  for (const field of fields) {
    const raw = values.get(field.name);
    if (raw === undefined || raw === "" || raw === false) continue;
    let value: unknown = raw;
    if (field.type === "number") {
      const n = Number(raw);
      if (typeof raw !== "string" || raw.trim() === "" || !Number.isFinite(n)) return { error: `${field.name} needs a number, not '${String(raw)}'` };
      value = n;
    } else if (field.type === "list") {
      value = String(raw).split(",").map((s) => s.trim()).filter(Boolean);
      if ((value as string[]).length === 0) continue;
    } else if (field.type === "boolean") value = true;
    else value = String(raw).trim();
    const [head, inner] = field.name.split(".") as [string, string | undefined];
    if (inner === undefined) entry[head] = value;
    else entry[head] = { ...((entry[head] as Record<string, unknown> | undefined) ?? {}), [inner]: value };
  }
  return { entry };
}
