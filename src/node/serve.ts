// `npm start`: checks and summarises the bundled data on the terminal, then serves the explorer.
import { createServer } from "vite";
import { analyze } from "../engine/index.ts";
import { formatIssue } from "../load/issues.ts";
import { loadData } from "./load-data.ts";
import { PACKAGE_ROOT } from "./paths.ts";

const loaded = await loadData();
if (!loaded.ok) {
  process.stderr.write(`chokepoint: ${loaded.issues.length} problem(s) in the data:\n`);
  for (const issue of loaded.issues) process.stderr.write(`${formatIssue(issue)}\n`);
  process.exit(1);
}
const { graph, files } = loaded;
const top = analyze(graph).ranking.slice(0, 5);
const lines = [
  `chokepoint: ${graph.order} nodes, ${graph.size} edges from ${files.length} data files`,
  "Top 5 concentration risks:",
  ...top.map((e) => `  ${e.rank}. ${e.explanation}`),
];
process.stdout.write(`${lines.join("\n")}\n`);

const server = await createServer({ root: PACKAGE_ROOT, configFile: `${PACKAGE_ROOT}vite.config.ts` });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
process.stdout.write(`Explorer: ${url}  (Ctrl+C to stop)\n`);
