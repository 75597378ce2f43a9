import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { insertEntry } from "../../src/io/index.ts";
import { fixture } from "../cli/helpers.ts";

/** Lines of `after` that are not in `before`, given that only an insertion happened. */
function addedLines(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  expect(a.length - head - tail, "lines removed or changed").toBeLessThanOrEqual(1);
  return b.slice(head, b.length - tail);
}

describe("insertEntry", () => {
  it("appends a one-line edge in the file's one-line style and key order", async () => {
    const text = await readFile(fixture("mini/chain.json"), "utf8");
    const entry = { to: "advanced-chip", from: "US", share: 0.05, kind: "supplies" };
    const result = insertEntry(text, "edges", entry);
    const added = addedLines(text, result.text);
    // The previous last line gains a comma; the new entry follows with the same indent.
    expect(added).toEqual([
      '    { "kind": "input", "from": "gnss-timing", "to": "telecom", "substitutability": 0.2 },',
      '    { "kind": "supplies", "from": "US", "to": "advanced-chip", "share": 0.05 }',
    ]);
    expect(result.lines).toEqual([40, 40]);
    expect(JSON.parse(result.text).edges.at(-1)).toEqual(entry);
  });

  it("appends a multi-line node in an indented block, nested objects inline as the file has them", async () => {
    const text = await readFile(fixture("mini/countries.json"), "utf8");
    const result = insertEntry(text, "nodes", { kind: "country", id: "DE", label: "Germany", governance: { wgi: 1.3 } });
    expect(addedLines(text, result.text)).toEqual([
      "    },",
      "    {",
      '      "kind": "country",',
      '      "id": "DE",',
      '      "label": "Germany",',
      '      "governance": { "wgi": 1.3 }',
      // "    }" follows: the old entry's closing line, now the new one's, unchanged
    ]);
    expect(result.text.endsWith('  "edges": []\n}\n')).toBe(true);
  });

  it("fills an empty array in the style of the other array", () => {
    const text = '{\n  "nodes": [\n    { "kind": "company", "id": "a", "label": "A" }\n  ],\n  "edges": []\n}\n';
    const result = insertEntry(text, "edges", { kind: "located_in", from: "a", to: "CN" });
    expect(result.text).toBe(
      '{\n  "nodes": [\n    { "kind": "company", "id": "a", "label": "A" }\n  ],\n  "edges": [\n    { "kind": "located_in", "from": "a", "to": "CN" }\n  ]\n}\n',
    );
  });

  it("adds a missing array, keeps tabs, CRLF and compact files as they are", () => {
    const tabs = insertEntry('{\n\t"nodes": [\n\t\t{\n\t\t\t"kind": "company",\n\t\t\t"id": "a",\n\t\t\t"label": "A"\n\t\t}\n\t]\n}\n', "edges", {
      kind: "located_in",
      from: "a",
      to: "CN",
    });
    expect(tabs.text).toContain('\t],\n\t"edges": [\n\t\t{\n\t\t\t"kind": "located_in",\n\t\t\t"from": "a",\n\t\t\t"to": "CN"\n\t\t}\n\t]\n}\n');
    const crlf = insertEntry('{\r\n  "nodes": [\r\n    { "kind": "company", "id": "a", "label": "A" }\r\n  ]\r\n}\r\n', "nodes", { kind: "company", id: "b", label: "B" });
    expect(crlf.text).toBe('{\r\n  "nodes": [\r\n    { "kind": "company", "id": "a", "label": "A" },\r\n    { "kind": "company", "id": "b", "label": "B" }\r\n  ]\r\n}\r\n');
    const compact = insertEntry('{"nodes":[{"kind":"company","id":"a","label":"A"}]}', "nodes", { kind: "company", label: "B", id: "b" });
    expect(compact.text).toBe('{"nodes":[{"kind":"company","id":"a","label":"A"},{"kind":"company","id":"b","label":"B"}]}');
  });

  it("keeps `{\"a\": 1, ...}` spacing (no padding inside braces, a space after colons and commas)", () => {
    const text = '{\n  "nodes": [\n    {"kind": "country", "id": "CN", "label": "China", "blocs": ["BRICS"]}\n  ]\n}\n';
    const result = insertEntry(text, "nodes", { label: "Japan", kind: "country", blocs: ["G7", "QUAD"], id: "JP" });
    expect(result.text.split("\n")[3]).toBe('    {"kind": "country", "id": "JP", "label": "Japan", "blocs": ["G7", "QUAD"]}');
  });

  it("copes with strings holding brackets, quotes and escapes", () => {
    const text = '{\n  "title": "a ] tricky \\" title }",\n  "nodes": [\n    { "kind": "company", "id": "a", "label": "[x]" }\n  ]\n}\n';
    const result = insertEntry(text, "nodes", { kind: "company", id: "b", label: "B" });
    expect(JSON.parse(result.text).nodes.map((n: { id: string }) => n.id)).toEqual(["a", "b"]);
    expect(JSON.parse(result.text).title).toBe('a ] tricky " title }');
  });

  it("refuses a file that is not a JSON object", () => {
    expect(() => insertEntry("[]", "nodes", { id: "a" })).toThrow(/not a JSON object/);
  });
});
