// The steps `npm run bench` times at each size, in the order they run within one repetition.
// Each step reads what earlier steps left in the context (the graph from `build`, ...).
import { analyze } from "../engine/index.ts";
import { betweennessReference, betweennessScores, compactGraph, sampledBetweenness, dominatorsAll, pagerankReference, pagerankScores } from "../engine/structure/index.ts";
import { type Concentration, concentrationAll, crmaCheck, governanceWeighted, partnerExposure, partnerSet, rankRisks } from "../engine/metrics/index.ts";
import { propagationModelOf, runKnockouts, runScenario, runTimeline } from "../engine/propagation/index.ts";
import { loadDataset } from "../load/index.ts";
import { buildGraph, type ChokepointGraph } from "../model/graph.ts";
import { readDataFiles } from "../node/read-data.ts";
import type { Dataset } from "../schema/dataset.ts";
import { resolveSettings } from "../schema/settings.ts";

export interface Context {
  dir: string;
  nodes: number;
  dataset?: Dataset;
  graph?: ChokepointGraph;
  concentration?: Concentration[];
  /** Results kept for the accuracy checks. */
  exact?: Float64Array;
  sampled?: Float64Array;
  /** The country with the most supplies edges: the scenario's cut. */
  bigCountry?: string;
  /** Above KNOCKOUT_ALL_MAX nodes: the suppliers the knock-outs cut. */
  suppliers?: string[];
}

export interface Step {
  id: string;
  label: string;
  /** Why the step does not run at this size, if it does not. */
  skip?: (nodes: number) => string | undefined;
  /** Repetitions at most (default: every run). */
  maxRuns?: (nodes: number) => number;
  /** Part of "everything but exact betweenness" (the 100k target), and of the full analysis? */
  inTotal?: boolean;
  /** Untimed set-up the step needs from the bench itself (not part of what it measures). */
  prepare?: (ctx: Context) => void;
  run: (ctx: Context) => unknown | Promise<unknown>;
}

export const SAMPLED_PIVOTS = 500;
const KNOCKOUT_ALL_MAX = 200_000;
const LARGEST_SUPPLIERS = 1000;
const settings = resolveSettings();
const graphOf = (ctx: Context) => ctx.graph!;

export const STEPS: Step[] = [
  {
    id: "load",
    label: "read + validate (readDataFiles + loadDataset)",
    inTotal: true,
    run: async (ctx) => {
      const read = await readDataFiles({ bundled: false, extra: [ctx.dir] });
      const loaded = loadDataset(read.files);
      if (!loaded.ok || read.issues.length > 0) throw new Error(`bench: generated data did not load: ${JSON.stringify(loaded.ok ? read.issues : loaded.issues.slice(0, 3))}`);
      ctx.dataset = loaded.dataset;
    },
  },
  {
    id: "build",
    label: "build graph (graphology)",
    inTotal: true,
    // As loadData() builds it: the freshly loaded dataset's objects become the attributes.
    run: (ctx) => {
      ctx.graph = buildGraph(ctx.dataset!, { shareAttributes: true });
      ctx.dataset = undefined;
    },
  },
  { id: "compact", label: "compact view (CSR, once per graph)", inTotal: true, run: (ctx) => compactGraph(graphOf(ctx)) },
  {
    id: "concentration",
    label: "concentration, all supplied nodes",
    inTotal: true,
    run: (ctx) => (ctx.concentration = concentrationAll(graphOf(ctx), settings)),
  },
  {
    id: "governance",
    label: "governance-weighted HHI + SR, all",
    inTotal: true,
    run: (ctx) => ctx.concentration!.map((c) => governanceWeighted(graphOf(ctx), c.node, settings)),
  },
  {
    id: "partners",
    label: "partner exposure, all",
    inTotal: true,
    run: (ctx) => {
      const partners = partnerSet(graphOf(ctx), settings);
      return ctx.concentration!.map((c) => partnerExposure(graphOf(ctx), c.node, settings, partners));
    },
  },
  { id: "pagerank", label: "PageRank (cached CSR)", inTotal: true, run: (ctx) => pagerankScores(compactGraph(graphOf(ctx))) },
  {
    id: "betweenness",
    label: "betweenness, exact (one thread)",
    // Brandes here costs what each source reaches, not O(n) per source: 100k takes ~2 s on these
    // graphs (igraph 3.2-5.6 s, see bench:compare). Past 200k the bench stays on the sampled estimate.
    skip: (n) => (n > 200_000 ? "exact betweenness above 200k nodes: see bench:compare" : undefined),
    run: (ctx) => (ctx.exact = betweennessScores(compactGraph(graphOf(ctx)))),
  },
  {
    id: "betweenness-sampled",
    label: `betweenness, ${SAMPLED_PIVOTS} sampled pivots`,
    skip: (n) => (n <= SAMPLED_PIVOTS * 2 ? "graph too small to sample" : undefined),
    inTotal: true,
    run: (ctx) => (ctx.sampled = betweennessScores(compactGraph(graphOf(ctx)), { pivots: SAMPLED_PIVOTS })),
  },
  {
    id: "betweenness-guaranteed",
    label: "betweenness, sampled with a guarantee (eps 0.01, delta 0.1)",
    run: (ctx) => sampledBetweenness(compactGraph(graphOf(ctx)), { eps: 0.01, delta: 0.1 }),
  },
  { id: "dominators", label: "dominators, all sectors", inTotal: true, run: (ctx) => dominatorsAll(graphOf(ctx)) },
  { id: "crma", label: "CRMA 65% check", inTotal: true, run: (ctx) => crmaCheck(graphOf(ctx), settings) },
  { id: "ranking", label: "risk ranking (HHI x reach)", inTotal: true, run: (ctx) => rankRisks(graphOf(ctx), settings) },
  {
    id: "analyze",
    label: "analyze() (all metrics, exact betweenness)",
    skip: (n) => (n > 200_000 ? "runs exact betweenness" : undefined),
    run: (ctx) => analyze(graphOf(ctx), settings),
  },
  {
    id: "propagation-model",
    label: "propagation model (once per graph)",
    inTotal: true,
    run: (ctx) => propagationModelOf(graphOf(ctx)),
  },
  {
    id: "scenario",
    label: "one scenario (largest country cut 100%, cached model)",
    inTotal: true,
    // Picking the country is the bench's choice of scenario, not part of running it.
    prepare: (ctx) => void (ctx.bigCountry ??= largestCountry(graphOf(ctx))),
    run: (ctx) => {
      const graph = graphOf(ctx);
      ctx.bigCountry ??= largestCountry(graph);
      const result = runScenario(graph, [{ node: ctx.bigCountry, severity: 1 }], { settings });
      if (!result.converged) throw new Error("bench: scenario did not converge");
    },
  },
  {
    id: "scenario-12m",
    label: "one scenario over 12 months (largest country cut 6 months, 3 to recover)",
    prepare: (ctx) => void (ctx.bigCountry ??= largestCountry(graphOf(ctx))),
    run: (ctx) => {
      const graph = graphOf(ctx);
      ctx.bigCountry ??= largestCountry(graph);
      const cut = { node: ctx.bigCountry, severity: 1, duration: 6, recoveryMonths: 3 };
      const result = runTimeline(graph, [cut], { months: 12, settings });
      if (!result.converged) throw new Error("bench: scenario over time did not converge");
    },
  },
  {
    id: "knockouts",
    label: `knock-outs, every country + company (above ${KNOCKOUT_ALL_MAX / 1000}k: the ${LARGEST_SUPPLIERS} largest suppliers)`,
    maxRuns: (n) => (n >= 100_000 ? 1 : 3),
    inTotal: true,
    // Above KNOCKOUT_ALL_MAX, issue 16's subset: the suppliers with the most supplies edges
    // (picking them is the bench's choice of cuts, untimed, like the scenario's country).
    prepare: (ctx) => void (ctx.nodes > KNOCKOUT_ALL_MAX && (ctx.suppliers ??= largestSuppliers(graphOf(ctx), LARGEST_SUPPLIERS))),
    run: (ctx) => runKnockouts(graphOf(ctx), settings, ctx.suppliers ? { nodes: ctx.suppliers } : {}),
  },
  {
    id: "pagerank-graphology",
    label: "reference: PageRank, graphology-metrics",
    maxRuns: () => 1,
    skip: (n) => (n > 20_000 ? "reference only up to 10k" : undefined),
    run: (ctx) => pagerankReference(graphOf(ctx)),
  },
  {
    id: "betweenness-graphology",
    label: "reference: betweenness, graphology-metrics",
    maxRuns: () => 1,
    skip: (n) => (n > 20_000 ? "reference only up to 10k" : undefined),
    run: (ctx) => betweennessReference(graphOf(ctx)),
  },
];

function largestCountry(graph: ChokepointGraph): string {
  let best = "";
  let most = -1;
  graph.forEachNode((id, attrs) => {
    if (attrs.kind !== "country") return;
    const count = graph.outDegree(id);
    if (count > most) (most = count), (best = id);
  });
  return best;
}

/** The k countries and companies with the most supplies edges out, ties by id. */
function largestSuppliers(graph: ChokepointGraph, k: number): string[] {
  const count = new Map<string, number>();
  graph.forEachEdge((_e, attrs, source) => {
    if (attrs.kind === "supplies") count.set(source, (count.get(source) ?? 0) + 1);
  });
  return [...count]
    .filter(([id]) => ["country", "company"].includes(graph.getNodeAttribute(id, "kind")))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([id]) => id);
}
