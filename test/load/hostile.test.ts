// Hostile data files through the pure loader: deep nesting, duplicate keys, a byte-order mark,
// invalid UTF-8 and a single bad entry in a large file. Each once crashed or slipped through.
import { describe, expect, it } from "vitest";
import { decodeDataFile, loadDataset, type LoadIssue } from "../../src/load/index.ts";
import { scanJson } from "../../src/load/json-locate.ts";
import { CD, COBALT, file } from "./helpers.ts";

const issuesOf = (text: string, path = "x.json"): LoadIssue[] => {
  const result = loadDataset([{ path, text }]);
  if (result.ok) throw new Error("expected the data to be rejected");
  return result.issues;
};

describe("deep nesting", () => {
  const depth = 100_000;
  it("a value nested 100,000 arrays deep is a located schema error, not a stack overflow", () => {
    const text = `{\n "nodes": [\n  {"kind": "company", "id": "deep", "label": ${"[".repeat(depth)}${"]".repeat(depth)}}\n ]\n}\n`;
    const issues = issuesOf(text);
    expect(issues).toEqual([expect.objectContaining({ file: "x.json", path: "$.nodes[0].label", line: 3, column: 46 })]);
  });

  it("a kind nested deep is named briefly (JSON.stringify of it overflowed)", () => {
    const text = `{"nodes": [{"kind": ${"[".repeat(depth)}${"]".repeat(depth)}, "id": "a", "label": "A"}]}`;
    expect(issuesOf(text)).toEqual([expect.objectContaining({ path: "$.nodes[0].kind", line: 1, column: 21, message: expect.stringMatching(/^unknown kind an array/) })]);
  });

  it("unbalanced nesting is a located syntax error", () => {
    const text = `{"nodes": ${"[".repeat(depth)}`;
    expect(issuesOf(text)).toEqual([expect.objectContaining({ path: "$", line: 1, column: text.length + 1, message: expect.stringMatching(/^invalid JSON: expected a value but found end of file/) })]);
  });

  it("a deep top-level value is located too", () => {
    const text = `{"extra": ${"[".repeat(depth)}${"]".repeat(depth)}}`;
    expect(issuesOf(text)).toEqual([expect.objectContaining({ path: "$.extra", line: 1, column: 11 })]);
  });
});

describe("duplicate keys", () => {
  it("a second top-level 'edges' is an error naming both positions (it silently dropped the first list)", () => {
    const text = '{\n  "nodes": [],\n  "edges": [{"kind": "input", "from": "a", "to": "b"}],\n  "edges": []\n}\n';
    expect(issuesOf(text)).toEqual([
      { file: "x.json", path: "$.edges", line: 4, column: 3, message: "duplicate key 'edges' at 4:3, first at 3:3 (JSON keeps only the last: remove or rename one)" },
    ]);
  });

  it("inside an entry, also when spelled with an escape, and before the file's other problems", () => {
    const text = '{"nodes": [\n{"kind": "country", "id": "CN", "label": "China", "l\\u0061bel": "PRC"},\n{"kind": "mineral"}\n]}';
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.path, i.line, i.column])).toEqual([
      ["$.nodes[0].label", 2, 51],
      ["$.nodes[1].kind", 3, 10],
    ]);
    expect(issues[0]!.message).toBe("duplicate key 'label' at 2:51, first at 2:33 (JSON keeps only the last: remove or rename one)");
  });

  it("an escaped quote in a string does not confuse the check", () => {
    const ok = loadDataset([{ path: "q.json", text: '{"nodes": [{"kind": "company", "id": "q", "label": "say \\"a\\": b", "note": "\\\\"}]}' }]);
    expect(ok.ok).toBe(true);
  });

  it("the scanner lists every duplicate with its object's path", () => {
    const scan = scanJson('{"a": {"b": 1, "b": 2, "c": [{"d": 0, "d": 1}]}}', { duplicates: true });
    expect(scan.ok && scan.duplicates).toEqual([
      { path: "$.a.b", key: "b", first: 7, second: 15 },
      { path: '$.a.c[0].d', key: "d", first: 30, second: 38 },
    ]);
  });
});

describe("encoding", () => {
  const valid = file("v.json", { nodes: [CD, COBALT] }).text;
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("a UTF-8 byte-order mark is accepted and ignored, from bytes and from text alike", () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(valid)]);
    const decoded = decodeDataFile("bom.json", withBom);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(loadDataset([decoded.source]).ok).toBe(true);
    expect(loadDataset([{ path: "bom.json", text: `\uFEFF${valid}` }]).ok).toBe(true);
  });

  it("columns do not count the mark", () => {
    expect(issuesOf(`\uFEFF{"nodes": 1}`)).toEqual([expect.objectContaining({ path: "$.nodes", line: 1, column: 11 })]);
  });

  it("an invalid byte is an error with file, byte offset and line (it became U+FFFD)", () => {
    const good = bytes('{\n"nodes": [{"kind": "company", "id": "x", "label": "');
    const data = Uint8Array.from([...good, 0xff, ...bytes('"}]}')]);
    const decoded = decodeDataFile("bad.json", data);
    expect(decoded).toEqual({
      ok: false,
      issue: { file: "bad.json", path: "$", line: 2, message: `not valid UTF-8: byte 0xff at byte offset ${good.length} (line 2); save the file as UTF-8` },
    });
  });

  it.each([
    ["a lone continuation byte", [0x80]],
    ["a truncated sequence", [0xe2, 0x82]],
    ["an overlong encoding", [0xc0, 0xaf]],
    ["a UTF-16 surrogate", [0xed, 0xa0, 0x80]],
    ["past U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ])("%s is rejected at its first byte", (_name, bad) => {
    const decoded = decodeDataFile("b.json", Uint8Array.from([0x61, 0x62, ...bad, 0x63]));
    expect(decoded.ok ? undefined : decoded.issue.message).toMatch(/at byte offset 2 \(line 1\)/);
  });

  it("valid multi-byte text passes unchanged", () => {
    const text = '{"title": "Côte d’Ivoire 🛰️ 中国"}';
    expect(decodeDataFile("u.json", bytes(text))).toEqual({ ok: true, source: { path: "u.json", text } });
  });
});

describe("one bad entry in a large file", () => {
  it("is reported with its line, and the scan finds only what was asked", () => {
    const nodes = Array.from({ length: 20_000 }, (_, k) => ({ kind: "company", id: `c-${k}`, label: `C ${k}` }));
    (nodes[15_000] as Record<string, unknown>)["label"] = 7;
    const text = `{"nodes": [\n${nodes.map((n) => JSON.stringify(n)).join(",\n")}\n]}`;
    expect(issuesOf(text)).toEqual([expect.objectContaining({ path: "$.nodes[15000].label", line: 15_002 })]);
    const scan = scanJson(text, { paths: ["$.nodes[15000].label"] });
    expect(scan.ok && [...scan.offsets.keys()]).toEqual(["$", "$.nodes", "$.nodes[15000]", "$.nodes[15000].label"]);
  });
});
