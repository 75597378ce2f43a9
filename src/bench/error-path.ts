// Issue 11, item 9: one bad entry in a 1,000,000-node file must cost at most 1.5x the valid file
// in time and memory. Each case runs in its own process (peak RSS is per process):
//   npx tsx src/bench/error-path.ts [--nodes 1000000]
import { execFileSync } from "node:child_process";
import { loadDataset } from "../load/index.ts";

const arg = (name: string, fallback: string) => {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1]! : fallback;
};

function fileText(nodes: number, bad: "none" | "schema" | "duplicate"): string {
  const lines: string[] = [];
  for (let k = 0; k < nodes; k++) lines.push(`    {"kind": "company", "id": "c-${k}", "label": "Company ${k}", "note": "generated"}`);
  const middle = Math.floor(nodes / 2);
  if (bad === "schema") lines[middle] = `    {"kind": "company", "id": "c-${middle}", "label": 7}`;
  if (bad === "duplicate") lines[middle] = `    {"kind": "company", "id": "c-${middle}", "label": "A", "label": "B"}`;
  return `{\n  "nodes": [\n${lines.join(",\n")}\n  ]\n}\n`;
}

if (process.argv[2] === "--case") {
  const [nodes, bad] = [Number(process.argv[3]), process.argv[4] as "none" | "schema" | "duplicate"];
  const text = fileText(nodes, bad);
  const start = performance.now();
  const result = loadDataset([{ path: "big.json", text }]);
  const ms = performance.now() - start;
  const issues = result.ok ? [] : result.issues;
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ bad, ok: result.ok, issues: issues.length, first: issues[0], ms: Math.round(ms), peakRssMiB: Math.round(rss) }) + "\n");
} else {
  const nodes = arg("nodes", "1000000");
  const rows = (["none", "schema", "duplicate"] as const).map((bad) => {
    const out = execFileSync(process.execPath, ["--import", "tsx", import.meta.filename, "--case", nodes, bad], { encoding: "utf8", maxBuffer: 1 << 24 });
    return JSON.parse(out) as { bad: string; ms: number; peakRssMiB: number };
  });
  const valid = rows[0]!;
  for (const r of rows) {
    console.log(`${r.bad.padEnd(9)} load ${String(r.ms).padStart(6)} ms (${(r.ms / valid.ms).toFixed(2)}x)  peak RSS ${r.peakRssMiB} MiB (${(r.peakRssMiB / valid.peakRssMiB).toFixed(2)}x)  ${JSON.stringify(r)}`);
  }
}
