// Nodes and edges <-> flat records of scalars, for formats whose attributes cannot nest (CSV, GEXF,
// GraphML, Cypher). Nested objects become dotted keys (`source.citation`, `governance.wgi`), lists
// of names become `EU;G7`, figures become JSON text. Reading back coerces each key to the type the
// data schema expects, so a value that will not fit is left as it is for src/load to report.

export type Scalar = string | number | boolean;
export type FlatRecord = Record<string, Scalar>;

/** Dotted keys whose values are numbers. */
export const NUMBER_FIELDS = new Set([
  "share", "substitutability", "year", "eolRir", "substitutionIndex", "governance.wgi", "governance.year",
  "low", "high", "dependence", "substitutionMonths", "ranges.substitutability.low", "ranges.substitutability.high",
  "ranges.dependence.low", "ranges.dependence.high", "stock.months", "stock.year", "stock.range.low", "stock.range.high",
]);
/** Dotted keys whose values are true/false. */
export const BOOLEAN_FIELDS = new Set(["partner", "strategic", "critical", "estimate", "governance.estimate"]);
/** Lists of names, written `A;B` (or as a JSON array when a name holds a `;`). */
export const LIST_FIELDS = new Set(["aliases", "blocs"]);
/** Lists of objects, written as JSON text. */
export const JSON_FIELDS = new Set(["figures"]);

/** Layout keys drawing tools (Gephi) add to GEXF and GraphML; they are not data and are dropped on import. */
export const VIEW_KEYS = new Set(["x", "y", "z", "size", "color", "shape", "thickness", "r", "g", "b"]);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function encodeList(values: unknown[]): string {
  const names = values.map(String);
  return names.some((n) => n.includes(";")) || names[0]?.startsWith("[") ? JSON.stringify(names) : names.join(";");
}

/** One node or edge -> dotted keys with scalar values; undefined values and empty lists are left out. */
export function flattenRecord(record: object, separator = "."): FlatRecord {
  const out: FlatRecord = {};
  const walk = (value: Record<string, unknown>, prefix: string) => {
    for (const [key, v] of Object.entries(value)) {
      const path = prefix + key;
      const dotted = path.replaceAll(separator, ".");
      if (v === undefined || v === null) continue;
      if (Array.isArray(v)) {
        if (v.length === 0) continue;
        out[path] = LIST_FIELDS.has(dotted) && v.every((x) => typeof x === "string") ? encodeList(v) : JSON.stringify(v);
      } else if (isPlainObject(v)) {
        walk(v, path + separator);
      } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
        out[path] = v;
      }
    }
  };
  walk(record as Record<string, unknown>, "");
  return out;
}

/** A value read from a file, turned into the type the schema expects at `key`, when it clearly is one. */
export function coerceValue(key: string, value: Scalar): unknown {
  if (NUMBER_FIELDS.has(key)) {
    if (typeof value === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(value)) return Number(value);
    return value;
  }
  if (BOOLEAN_FIELDS.has(key)) {
    if (typeof value !== "string") return value;
    const lower = value.trim().toLowerCase();
    return lower === "true" ? true : lower === "false" ? false : value;
  }
  if (LIST_FIELDS.has(key) || JSON_FIELDS.has(key)) {
    if (typeof value !== "string") return value;
    const text = value.trim();
    if (text.startsWith("[")) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return value;
      }
    }
    return JSON_FIELDS.has(key) ? value : text.split(";").map((s) => s.trim()).filter(Boolean);
  }
  return typeof value === "string" ? value : String(value);
}

/**
 * Flat record -> nested object; empty strings count as absent. Keys come out in the order
 * `first` names, then as read. `__proto__` and friends become plain own keys for the schema to reject.
 */
export function unflattenRecord(flat: Record<string, Scalar | undefined>, first: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(flat);
  const ordered = [...first.filter((k) => keys.includes(k)), ...keys.filter((k) => !first.includes(k))];
  for (const key of ordered) {
    const raw = flat[key];
    if (raw === undefined || raw === "") continue;
    const parts = key.split(".");
    let cursor = out;
    for (const part of parts.slice(0, -1)) {
      if (!isPlainObject(cursor[part]) || !Object.hasOwn(cursor, part)) setOwn(cursor, part, {});
      cursor = cursor[part] as Record<string, unknown>;
    }
    setOwn(cursor, parts[parts.length - 1]!, coerceValue(key, raw));
  }
  return out;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export const NODE_KEY_ORDER = ["kind", "id", "label"] as const;
export const EDGE_KEY_ORDER = ["kind", "from", "to"] as const;
