// XML helpers for the GEXF and GraphML adapters: escaping for the writer we own, and a strict
// parse that turns xmldom's console warnings into one FormatError with the line and column.
import { DOMParser } from "@xmldom/xmldom";
import { FormatError } from "./draft.ts";

/** Characters XML 1.0 cannot hold at all (C0 controls other than tab, newline, return). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("\r", "&#13;");
}

/** Parses XML text; any warning or error of the parser becomes a FormatError naming `format`. */
export function parseXml(text: string, format: string, root: string) {
  const problems: string[] = [];
  const record = (msg: unknown) =>
    problems.push(String(msg).replace(/\s+/g, " ").replace(/^\[xmldom \w+\]\s*/, "").replace(/@#\[line:(\d+),col:(\d+)\]/, "(line $1, column $2)").trim());
  const doc = new DOMParser({ locator: {}, errorHandler: { warning: record, error: record, fatalError: record } }).parseFromString(text, "text/xml");
  if (problems.length > 0) throw new FormatError(`${format}: not well-formed XML: ${problems[0]}`);
  if (doc.documentElement?.tagName !== root) {
    throw new FormatError(`${format}: expected a <${root}> document, found <${doc.documentElement?.tagName ?? "nothing"}>`);
  }
  return doc;
}
