// Adds one entry at the end of a data file's "nodes" or "edges" array by editing the text, not by
// re-serialising it: the rest of the file keeps its bytes, so a git diff shows only the new lines.
// The entry is written in the style of the entries around it (one line each, or indented blocks;
// the indent unit; `{ "a": 1 }` or `{"a":1}` spacing; CRLF or LF) and in their key order.
import { FormatError } from "./draft.ts";

export interface InsertResult {
  text: string;
  /** 1-based lines of the new text the entry occupies (first, last). */
  lines: [number, number];
}

interface Span {
  start: number;
  end: number;
}

const WS = /\s/;

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.test(text[i]!)) i++;
  return i;
}

/** End offset (exclusive) of the JSON value starting at `i`. */
function skipValue(text: string, i: number): number {
  const open = text[i];
  if (open === '"') {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === "\\") j++;
      else if (text[j] === '"') return j + 1;
    }
    throw new FormatError("unterminated string");
  }
  if (open === "{" || open === "[") {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const ch = text[j];
      if (ch === '"') j = skipValue(text, j) - 1;
      else if (ch === "{" || ch === "[") depth++;
      else if (ch === "}" || ch === "]") if (--depth === 0) return j + 1;
    }
    throw new FormatError("unbalanced brackets");
  }
  let j = i;
  while (j < text.length && !/[\s,\]}]/.test(text[j]!)) j++;
  return j;
}

/** Members of the object at `start`: key, key span and value span, in order. */
function members(text: string, start: number): { key: string; keyStart: number; value: Span }[] {
  const out: { key: string; keyStart: number; value: Span }[] = [];
  let i = skipWs(text, start + 1);
  while (text[i] === '"') {
    const keyEnd = skipValue(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const valueStart = skipWs(text, skipWs(text, keyEnd) + 1);
    const valueEnd = skipValue(text, valueStart);
    out.push({ key, keyStart: i, value: { start: valueStart, end: valueEnd } });
    i = skipWs(text, valueEnd);
    if (text[i] === ",") i = skipWs(text, i + 1);
  }
  return out;
}

function elements(text: string, array: Span): Span[] {
  const out: Span[] = [];
  let i = skipWs(text, array.start + 1);
  while (i < array.end - 1 && text[i] !== "]") {
    const end = skipValue(text, i);
    out.push({ start: i, end });
    i = skipWs(text, end);
    if (text[i] === ",") i = skipWs(text, i + 1);
  }
  return out;
}

const lineStart = (text: string, i: number) => text.lastIndexOf("\n", i - 1) + 1;
const indentOf = (text: string, i: number) => /^[ \t]*/.exec(text.slice(lineStart(text, i)))![0];
const startsLine = (text: string, i: number) => text.slice(lineStart(text, i), i).trim() === "";

interface Style {
  oneLine: boolean;
  /** `{ "a": 1 }` rather than `{"a": 1}` */
  padBraces: boolean;
  /** `"a": 1` rather than `"a":1` */
  colonSpace: boolean;
  /** `1, "b"` rather than `1,"b"` */
  commaSpace: boolean;
  /** In a block entry, nested objects written on one line. */
  inlineNested: boolean;
}

const BLOCK_STYLE: Style = { oneLine: false, padBraces: true, colonSpace: true, commaSpace: true, inlineNested: false };
const PRETTY: Style = BLOCK_STYLE;

/** How an existing entry is written. */
function styleOf(entryText: string): Style {
  return {
    oneLine: !entryText.includes("\n"),
    padBraces: /^\{\s/.test(entryText),
    colonSpace: /":\s/.test(entryText),
    commaSpace: /,\s/.test(entryText) || !/,/.test(entryText),
    inlineNested: /":\s*[[{][^\n]*[\]}]/.test(entryText),
  };
}

/** The style of the last entry of another top-level array, for a list that has none yet. */
function siblingStyle(text: string, all: { key: string; value: Span }[], list: string): Style {
  for (const m of all) {
    if (m.key === list || (m.key !== "nodes" && m.key !== "edges") || text[m.value.start] !== "[") continue;
    const last = elements(text, m.value).pop();
    if (last) return styleOf(text.slice(last.start, last.end));
  }
  return BLOCK_STYLE;
}

function render(entry: Record<string, unknown>, style: Style, indent: string, unit: string, nl: string): string {
  return style.oneLine ? inline(entry, style) : block(entry, indent, unit, style, nl);
}

function inline(value: unknown, style: Style): string {
  const comma = style.commaSpace ? ", " : ",";
  if (Array.isArray(value)) return `[${value.map((v) => inline(v, style)).join(comma)}]`;
  if (typeof value === "object" && value !== null) {
    const parts = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${style.colonSpace ? " " : ""}${inline(v, style)}`);
    if (parts.length === 0) return "{}";
    return style.padBraces ? `{ ${parts.join(comma)} }` : `{${parts.join(comma)}}`;
  }
  return JSON.stringify(value);
}

function block(value: Record<string, unknown>, indent: string, unit: string, style: Style, nl: string): string {
  const inner = indent + unit;
  const parts = Object.entries(value).map(([k, v]) => {
    const isObject = typeof v === "object" && v !== null && !Array.isArray(v);
    const text = isObject && !style.inlineNested ? block(v as Record<string, unknown>, inner, unit, style, nl) : inline(v, PRETTY);
    return `${inner}${JSON.stringify(k)}: ${text}`;
  });
  return parts.length === 0 ? "{}" : `{${nl}${parts.join(`,${nl}`)}${nl}${indent}}`;
}

/** The entry with keys in the order a sibling of the same kind uses; keys it lacks keep their order after. */
function orderLike(entry: Record<string, unknown>, sibling: unknown): Record<string, unknown> {
  if (typeof sibling !== "object" || sibling === null) return entry;
  const order = Object.keys(sibling).filter((k) => Object.hasOwn(entry, k));
  const keys = [...order, ...Object.keys(entry).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, entry[k]]));
}

/** Inserts `entry` at the end of the top-level array `list` of the JSON object in `text`. */
export function insertEntry(text: string, list: "nodes" | "edges", entry: Record<string, unknown>): InsertResult {
  const nl = text.includes("\r\n") ? "\r\n" : "\n";
  const root = skipWs(text, 0);
  if (text[root] !== "{") throw new FormatError("the file is not a JSON object");
  const rootEnd = skipValue(text, root);
  const all = members(text, root);
  const unit = all[0] && startsLine(text, all[0].keyStart) ? indentOf(text, all[0].keyStart) || "  " : "  ";
  const member = all.find((m) => m.key === list);
  let insertAt: number;
  let inserted: string;

  if (member === undefined) {
    // No such array yet: add it as the object's last member.
    const last = all[all.length - 1];
    const body = render(entry, siblingStyle(text, all, list), unit + unit, unit, nl);
    const arrayText = `${JSON.stringify(list)}: [${nl}${unit}${unit}${body}${nl}${unit}]`;
    insertAt = last ? last.value.end : root + 1;
    inserted = last ? `,${nl}${unit}${arrayText}` : `${nl}${unit}${arrayText}${nl}`;
    if (!last) return finish(text.slice(0, root + 1), inserted, text.slice(rootEnd - 1), nl);
  } else {
    if (text[member.value.start] !== "[") throw new FormatError(`"${list}" is not an array`);
    const items = elements(text, member.value);
    const lastItem = items[items.length - 1];
    const sameKind = [...items].reverse().map((s) => safeParse(text.slice(s.start, s.end))).find((v) => kindOf(v) === entry["kind"]);
    const ordered = orderLike(entry, sameKind ?? (lastItem ? safeParse(text.slice(lastItem.start, lastItem.end)) : undefined));
    if (!lastItem) {
      const outer = indentOf(text, member.keyStart);
      const body = render(ordered, siblingStyle(text, all, list), outer + unit, unit, nl);
      return finish(text.slice(0, member.value.start + 1), `${nl}${outer}${unit}${body}${nl}${outer}`, text.slice(member.value.end - 1), nl);
    }
    const lastText = text.slice(lastItem.start, lastItem.end);
    const style = styleOf(lastText);
    const body = render(ordered, style, indentOf(text, lastItem.start), unit, nl);
    insertAt = lastItem.end;
    inserted = startsLine(text, lastItem.start) ? `,${nl}${indentOf(text, lastItem.start)}${body}` : `,${style.commaSpace ? " " : ""}${body}`;
  }
  return finish(text.slice(0, insertAt), inserted, text.slice(insertAt), nl);
}

function finish(before: string, inserted: string, after: string, nl: string): InsertResult {
  const first = before.split(nl).length + (inserted.startsWith(`,${nl}`) || inserted.startsWith(nl) ? 1 : 0);
  const last = (before + inserted).split(nl).length;
  return { text: before + inserted + after, lines: [first, last] };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const kindOf = (v: unknown) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)["kind"] : undefined);
