// `chokepoint centrality`: degree, PageRank (reversed dependency graph) and betweenness per node.
import { governanceRisk } from "../../engine/metrics/index.ts";
import { compactGraph, computeCentrality, sampledBetweenness } from "../../engine/structure/index.ts";
import { betweennessScoresParallel } from "../../node/betweenness-workers.ts";
import { formatCentrality, type CentralityRow } from "../../report/centrality.ts";
import { choiceOption, intOption, kindOption, numberOption } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../io.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions } from "./shared.ts";

const SORT_KEYS = ["pagerank", "betweenness", "percolation", "in", "out"] as const;

export const centralityCommand: Command = {
  name: "centrality",
  summary: "degree, PageRank and betweenness of every node",
  usage: "chokepoint centrality [--sort pagerank|betweenness|percolation|in|out] [--percolation] [--eps E [--delta D]] [--top N] [--kind KIND] [--format ...]",
  details:
    "Degree counts data edges of every kind. In: edges into the node (its suppliers and inputs; for a\n" +
    "country, the companies located in it; for a constellation, its operator). Out: edges leaving it\n" +
    "(what it supplies or feeds; for a company, its host country). PageRank runs on the reversed\n" +
    "dependency graph (damping 0.85, sums to 1), so a supplier many important dependents rely on scores\n" +
    "high. Betweenness is directed, on hop counts, normalised by (n-1)(n-2) to 0..1.\n" +
    "--percolation adds percolation centrality: betweenness on supply paths, each path counted by the\n" +
    "governance-weighted concentration (HHI_WGI) of the node it starts from, so chokepoints passing on\n" +
    "risky supply rank high (Piraveenan et al. 2013; README). --sort percolation implies it.\n" +
    "--eps E: betweenness estimated by sampling shortest paths (Riondato & Kornaropoulos 2016) instead of\n" +
    "computed exactly: every node's score is within E of the exact one with probability at least 1 - D\n" +
    "(--delta D, default 0.1). Eps, delta and the number of sampled pairs are printed on stderr. For\n" +
    "graphs where the exact O(nodes x edges) computation takes too long.\n\n" +
    "Examples:\n  chokepoint centrality --top 10\n  chokepoint centrality --sort betweenness --eps 0.01 --delta 0.1 --top 20\n  chokepoint centrality --sort betweenness --kind company --json",
  options: {
    sort: { type: "string", arg: "KEY", description: `order by ${SORT_KEYS.join(", ")} (default pagerank)` },
    top: { type: "string", arg: "N", description: "show only the first N" },
    kind: { type: "string", arg: "KIND", description: "only nodes of this kind" },
    eps: { type: "string", arg: "E", description: "sampled betweenness: additive error at most E (0 < E < 1)" },
    delta: { type: "string", arg: "D", description: "with --eps: probability the error bound fails (default 0.1)" },
    percolation: { type: "boolean", description: "add percolation centrality (sources weighted by HHI_WGI)" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, io } = context;
    const sort = choiceOption(values, "sort", SORT_KEYS, "pagerank");
    const top = intOption(values, "top") ?? Infinity;
    const kind = kindOption(values, "company");
    const format = formatOf(values);
    const eps = numberOption(values, "eps", Number.MIN_VALUE, 0.999999);
    const delta = numberOption(values, "delta", Number.MIN_VALUE, 0.999999);
    if (delta !== undefined && eps === undefined) throw new UsageError("--delta needs --eps (the sampled betweenness); e.g. --eps 0.01 --delta 0.1");
    const graph = await context.loadGraph();
    if (!graph) return 1;
    const percolation = values.percolation === true || sort === "percolation" ? governanceRisk(graph) : undefined;
    const key = ({ pagerank: "pagerank", betweenness: "betweenness", percolation: "percolation", in: "inDegree", out: "outDegree" } as const)[sort];
    const view = compactGraph(graph);
    let betweenness: Float64Array;
    if (eps !== undefined) {
      const sampled = sampledBetweenness(view, { eps, delta: delta ?? 0.1 });
      betweenness = sampled.scores;
      context.info(
        `betweenness sampled: eps ${sampled.eps}, delta ${sampled.delta}, ${sampled.samples} sampled pairs ` +
          `(${sampled.connected} connected; vertex-diameter bound ${sampled.vertexDiameter}): each score within ${sampled.eps} of the exact one with probability >= ${1 - sampled.delta}`,
      );
    } else {
      // Exact betweenness is the costly part (O(nodes x edges)): every core takes a share.
      betweenness = await betweennessScoresParallel(view);
    }
    const rows: CentralityRow[] = [...computeCentrality(graph, { betweenness, ...(percolation ? { percolation } : {}) })]
      .map(([node, c]) => ({ node, label: graph.getNodeAttribute(node, "label"), kind: graph.getNodeAttribute(node, "kind"), ...c }))
      .filter((r) => kind === undefined || r.kind === kind)
      .sort((a, b) => b[key]! - a[key]! || (a.node < b.node ? -1 : 1))
      .slice(0, top);
    io.out(formatCentrality(format, rows, tableOptions(context)));
    return 0;
  },
};
