// The steps `npm run bench` times at each size, in the order they run within one repetition.
// Each step reads what earlier steps left in the context (the graph from `build`, ...).
// Above COMPACT_ONLY_NODES the bench takes the compact path (structure/compact-data.ts): no
// graphology graph; the steps of issue 16 item 6 run on the view built from the dataset, and the
// steps that need the graph are skipped with the reason printed.
import { analyze } from "../engine/index.ts";
import { betweennessReference, betweennessScores, COMPACT_ONLY_NODES, compactFromDataset, compactGraph, type CompactData, type CompactGraph, EDGE_CODE, KIND_CODE, sampledBetweenness, dominatorsAll, pagerankReference, pagerankScores } from "../engine/structure/index.ts";
import { type Concentration, concentrationAll, concentrationAllCompact, crmaCheck, governanceWeighted, partnerExposure, partnerSet, rankRisks } from "../engine/metrics/index.ts";
import { propagationModelOf, propagationModelOfCompact, runKnockouts, runScenario, runScenarioCompact, runTimeline } from "../engine/propagation/index.ts";
import { datasetIndexOf, loadDataset } from "../load/index.ts";
import { buildGraph, type ChokepointGraph } from "../model/graph.ts";
import { knockoutsParallel, runKnockoutsCompactParallel } from "../node/knockouts-parallel.ts";
import { readDataFiles } from "../node/read-data.ts";
import type { Dataset } from "../schema/dataset.ts";
import { resolveSettings } from "../schema/settings.ts";

export interface Context {
  dir: string;
  nodes: number;
  dataset?: Dataset;
  graph?: ChokepointGraph;
  /** Above COMPACT_ONLY_NODES: the compact view built from the dataset, in place of the graph. */
  data?: CompactData;
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
  /** One of the steps issue 16 item 6 lists for a million nodes (their sum is its < 60 s target). */
  million?: boolean;
  /** Untimed set-up the step needs from the bench itself (not part of what it measures). */
  prepare?: (ctx: Context) => void;
  run: (ctx: Context) => unknown | Promise<unknown>;
}

export const SAMPLED_PIVOTS = 500;
const KNOCKOUT_ALL_MAX = 200_000;
const LARGEST_SUPPLIERS = 1000;
const settings = resolveSettings();
const graphOf = (ctx: Context) => ctx.graph!;
const viewOf = (ctx: Context): CompactGraph => ctx.data?.view ?? compactGraph(graphOf(ctx));
/** The bench takes the compact path at this size. */
export const compactPath = (nodes: number) => nodes > COMPACT_ONLY_NODES;
/** Skips a step that needs the graphology graph on the compact path. */
const needsGraph = (why: string) => (n: number) =>
  compactPath(n) ? `needs the graphology graph (${why}); above ${COMPACT_ONLY_NODES / 1000}k nodes the bench runs on the compact view only` : undefined;

export const STEPS: Step[] = [
  {
    id: "load",
    label: "read + validate (readDataFiles + loadDataset)",
    inTotal: true,
    million: true,
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
    million: true,
    skip: (n) => (compactPath(n) ? `compact path above ${COMPACT_ONLY_NODES / 1000}k nodes: no graphology graph` : undefined),
    // As loadData() builds it: the freshly loaded dataset's objects become the attributes.
    run: (ctx) => {
      ctx.graph = buildGraph(ctx.dataset!, { shareAttributes: true });
      ctx.dataset = undefined;
    },
  },
  {
    id: "compact",
    label: "compact view (CSR, once per graph; above 250k: from the dataset)",
    inTotal: true,
    million: true,
    run: (ctx) => {
      if (!compactPath(ctx.nodes)) return compactGraph(graphOf(ctx));
      ctx.data = compactFromDataset(ctx.dataset!, datasetIndexOf(ctx.dataset!));
      ctx.dataset = undefined;
      return ctx.data;
    },
  },
  {
    id: "concentration",
    label: "concentration, all supplied nodes",
    inTotal: true,
    million: true,
    run: (ctx) => (ctx.concentration = ctx.data ? concentrationAllCompact(ctx.data, settings) : concentrationAll(graphOf(ctx), settings)),
  },
  {
    id: "governance",
    label: "governance-weighted HHI + SR, all",
    inTotal: true,
    skip: needsGraph("governance"),
    run: (ctx) => ctx.concentration!.map((c) => governanceWeighted(graphOf(ctx), c.node, settings)),
  },
  {
    id: "partners",
    label: "partner exposure, all",
    inTotal: true,
    skip: needsGraph("partner sets"),
    run: (ctx) => {
      const partners = partnerSet(graphOf(ctx), settings);
      return ctx.concentration!.map((c) => partnerExposure(graphOf(ctx), c.node, settings, partners));
    },
  },
  { id: "pagerank", label: "PageRank (cached CSR)", inTotal: true, million: true, run: (ctx) => pagerankScores(viewOf(ctx)) },
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
    skip: (n) =>
      n <= SAMPLED_PIVOTS * 2 ? "graph too small to sample" : compactPath(n) ? "not in issue 16's list: the guaranteed estimate below replaces it" : undefined,
    inTotal: true,
    run: (ctx) => (ctx.sampled = betweennessScores(compactGraph(graphOf(ctx)), { pivots: SAMPLED_PIVOTS })),
  },
  {
    id: "betweenness-guaranteed",
    label: "betweenness, sampled with a guarantee (eps 0.01, delta 0.1)",
    million: true,
    run: (ctx) => sampledBetweenness(viewOf(ctx), { eps: 0.01, delta: 0.1 }),
  },
  { id: "dominators", label: "dominators, all sectors", inTotal: true, skip: needsGraph("dominators"), run: (ctx) => dominatorsAll(graphOf(ctx)) },
  { id: "crma", label: "CRMA 65% check", inTotal: true, skip: needsGraph("CRMA lists"), run: (ctx) => crmaCheck(graphOf(ctx), settings) },
  { id: "ranking", label: "risk ranking (HHI x reach)", inTotal: true, skip: needsGraph("governance and reach"), run: (ctx) => rankRisks(graphOf(ctx), settings) },
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
    million: true,
    run: (ctx) => (ctx.data ? propagationModelOfCompact(ctx.data) : propagationModelOf(graphOf(ctx))),
  },
  {
    id: "scenario",
    label: "one scenario (largest country cut 100%, cached model)",
    inTotal: true,
    million: true,
    // Picking the country is the bench's choice of scenario, not part of running it.
    prepare: (ctx) => void (ctx.bigCountry ??= largestCountry(viewOf(ctx))),
    run: (ctx) => {
      const cuts = [{ node: ctx.bigCountry!, severity: 1 }];
      const result = ctx.data ? runScenarioCompact(ctx.data, cuts, { settings }) : runScenario(graphOf(ctx), cuts, { settings });
      if (!result.converged) throw new Error("bench: scenario did not converge");
    },
  },
  {
    id: "scenario-12m",
    label: "one scenario over 12 months (largest country cut 6 months, 3 to recover)",
    skip: needsGraph("the timeline model"),
    prepare: (ctx) => void (ctx.bigCountry ??= largestCountry(viewOf(ctx))),
    run: (ctx) => {
      const graph = graphOf(ctx);
      const cut = { node: ctx.bigCountry!, severity: 1, duration: 6, recoveryMonths: 3 };
      const result = runTimeline(graph, [cut], { months: 12, settings });
      if (!result.converged) throw new Error("bench: scenario over time did not converge");
    },
  },
  {
    id: "knockouts",
    label: `knock-outs, every country + company (above ${KNOCKOUT_ALL_MAX / 1000}k: the ${LARGEST_SUPPLIERS} largest suppliers)`,
    maxRuns: (n) => (n >= 100_000 ? 1 : 3),
    inTotal: true,
    million: true,
    // Above KNOCKOUT_ALL_MAX, issue 16's subset: the suppliers with the most supplies edges
    // (picking them is the bench's choice of cuts, untimed, like the scenario's country).
    prepare: (ctx) => void (ctx.nodes > KNOCKOUT_ALL_MAX && (ctx.suppliers ??= largestSuppliers(viewOf(ctx), LARGEST_SUPPLIERS))),
    run: (ctx) => {
      const options = ctx.suppliers ? { nodes: ctx.suppliers } : {};
      if (ctx.data) return runKnockoutsCompactParallel(ctx.data, settings, options);
      // Up to KNOCKOUT_ALL_MAX the one-thread engine call the CLI's worker runs; above it, issue 16's
      // cuts spread over the cores (node/knockouts-parallel.ts), as on the compact path.
      if (!ctx.suppliers) return runKnockouts(graphOf(ctx), settings, options);
      const graph = graphOf(ctx);
      return knockoutsParallel(propagationModelOf(graph), (id) => graph.getNodeAttribute(id, "label"), settings, options);
    },
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

/** The country with the most data edges out (graphology's outDegree: every edge has one in-row entry). */
function largestCountry(view: CompactGraph): string {
  const out = outCounts(view, () => true);
  let best = -1;
  for (let v = 0; v < view.order; v++) if (view.kinds[v] === KIND_CODE.country && (best < 0 || out[v]! > out[best]!)) best = v;
  return view.ids[best]!;
}

/** The k countries and companies with the most supplies edges out, ties by id. */
function largestSuppliers(view: CompactGraph, k: number): string[] {
  const count = outCounts(view, (j) => view.inKind[j] === EDGE_CODE.supplies);
  const candidates: number[] = [];
  for (let v = 0; v < view.order; v++) if (count[v]! > 0 && (view.kinds[v] === KIND_CODE.country || view.kinds[v] === KIND_CODE.company)) candidates.push(v);
  return candidates
    .sort((a, b) => count[b]! - count[a]! || (view.ids[a]! < view.ids[b]! ? -1 : 1))
    .slice(0, k)
    .map((v) => view.ids[v]!);
}

function outCounts(view: CompactGraph, keep: (j: number) => boolean): Int32Array {
  const count = new Int32Array(view.order);
  for (let j = 0; j < view.inFrom.length; j++) if (keep(j)) count[view.inFrom[j]!]!++;
  return count;
}
