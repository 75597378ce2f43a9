// One loaded dataset and everything the engine says about it: the files it came from, the typed
// graph, the engine results the view shows, the partner set and the dependency index. Replaced
// whole when data is added.
import {
  blocMembers,
  buildPropagationModel,
  computeCentrality,
  partnerSet,
  rankByPropagatedLoss,
  rankRisks,
  type Analysis,
  type LossRiskEntry,
  type PropagationModel,
  type RiskEntry,
} from "../engine/index.ts";
import { availablePerspectives, perspectiveGraph, WORLD } from "../engine/perspective/index.ts";
import type { LoadIssue } from "../load/issues.ts";
import { loadDataset } from "../load/load-dataset.ts";
import type { SourceFile } from "../load/validate-file.ts";
import { indexDependencies, type DependencyIndex } from "../model/dependencies.ts";
import { buildGraph, buildGraphInSlices, type ChokepointGraph } from "../model/graph.ts";
import type { Dataset } from "../schema/dataset.ts";
import { resolveSettings } from "../schema/settings.ts";
import type { Positions } from "./layouts/flow.ts";
import { inSlices, measured, nextTask } from "./measure.ts";

/**
 * The part of the engine's analysis the view shows: the risk ranking and centrality. The rest of
 * `analyze` (governance and partner exposure of every supplied node, the CRMA check, dominators)
 * is for the report; the inspect panel asks the engine for one node's partner exposure when it is
 * opened. On a 10k-node graph this is ~40% less work before the first render.
 */
export type ViewAnalysis = Pick<Analysis, "settings" | "ranking" | "centrality">;

export interface Session {
  /** Bundled files first, then the user's, in the order they were added. */
  files: SourceFile[];
  userFiles: SourceFile[];
  /** The graph seen from `perspective` (the engine's perspective graph); `base` is the world graph. */
  graph: ChokepointGraph;
  base: ChokepointGraph;
  /** "world" or an importer the data has sourcing for. */
  perspective: string;
  /** The importers the data has sourcing entries for (besides the world). */
  perspectives: string[];
  analysis: ViewAnalysis;
  risk: Map<string, RiskEntry>;
  partners: Set<string>;
  /** Bloc names the countries declare, plus EU; each with its member ids. */
  blocs: Map<string, Set<string>>;
  /** Built on first use (the first selection). */
  readonly deps: DependencyIndex;
  /** The engine's compiled propagation index, built by the first scenario and reused by the next. */
  readonly propagation: PropagationModel;
  /** The flow layout of the whole graph, when the load worker computed it. */
  flow?: Positions;
  /**
   * The engine's ranking by propagated loss (`rankByPropagatedLoss`, 6 months), built on first read;
   * undefined when the graph is over LOSS_RANKING_BUDGET (see there). `lossRisk` indexes it by node.
   */
  readonly lossRanking: LossRiskEntry[] | undefined;
  readonly lossRisk: Map<string, LossRiskEntry> | undefined;
  /** Whether `lossRanking` has been built (reading it builds it). */
  lossRankingBuilt(): boolean;
}

/**
 * The loss ranking runs one 6-month timeline over the whole graph per supplied node, so its cost
 * grows with supplied nodes x nodes: 89-392 ms on the bundled data (92 x 319), measured in node;
 * a generated 10k-node graph (5,586 x 10,000) took 232-256 s month by month and 3.2 s on the
 * engine's steady-state path for data without stocks or substitution months, both too long for the
 * page's thread. Past this product the view does not build it; the CLI's `risk` still does.
 */
export const LOSS_RANKING_BUDGET = 1_000_000;

export type OpenResult = { ok: true; session: Session } | { ok: false; issues: LoadIssue[] };

/** Builds `make()` on the first read of the property, then keeps it. */
function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

/** Loads bundled + user files through the same loader as the CLI; nothing is built when any is invalid. */
export function openSession(bundled: SourceFile[], userFiles: SourceFile[]): OpenResult {
  const loaded = loadDataset([...bundled, ...userFiles]);
  if (!loaded.ok) return { ok: false, issues: loaded.issues };
  return { ok: true, session: sessionFromDataset(bundled, userFiles, loaded.dataset) };
}

/** The view's analysis of a graph (what a worker computes off the main thread, see load-worker.ts). */
export function analyseForView(graph: ChokepointGraph): ViewAnalysis {
  const settings = resolveSettings({});
  return { settings, ranking: rankRisks(graph, settings), centrality: computeCentrality(graph) };
}

/**
 * A session from a validated dataset, with its analysis when it was computed elsewhere (the load
 * worker) and the flow layout's positions when those were too.
 */
export function sessionFromDataset(
  bundled: SourceFile[],
  userFiles: SourceFile[],
  dataset: Dataset,
  precomputed: { analysis?: ViewAnalysis; flow?: Positions } = {},
): Session {
  // The dataset was parsed for this session alone and nothing keeps it: the graph can take its
  // objects instead of copies.
  const base = buildGraph(dataset, { shareAttributes: true });
  return buildSession([...bundled, ...userFiles], userFiles, base, WORLD, precomputed);
}

/** The same session, its graph built in slices between which the page handles input (the load worker's reply). */
export async function sessionFromDatasetInSlices(
  bundled: SourceFile[],
  userFiles: SourceFile[],
  dataset: Dataset,
  precomputed: { analysis?: ViewAnalysis; flow?: Positions } = {},
): Promise<Session> {
  const base = await inSlices("graph", buildGraphInSlices(dataset, { shareAttributes: true }));
  await nextTask();
  return measured("session", () => buildSession([...bundled, ...userFiles], userFiles, base, WORLD, precomputed));
}

/**
 * The same data seen from another importer: every engine result (ranking, shares, scenarios,
 * knock-outs, CRMA, N-1) is recomputed on the engine's perspective graph. An importer without
 * sourcing entries falls back to the world. The world graph's flow layout still places the nodes.
 */
export function sessionInPerspective(session: Session, perspective: string): Session {
  const known = perspective === WORLD || session.perspectives.includes(perspective);
  const target = known ? perspective : WORLD;
  if (target === session.perspective) return session;
  return buildSession(session.files, session.userFiles, session.base, target, session.flow ? { flow: session.flow } : {});
}

function buildSession(
  files: SourceFile[],
  userFiles: SourceFile[],
  base: ChokepointGraph,
  perspective: string,
  precomputed: { analysis?: ViewAnalysis; flow?: Positions },
): Session {
  const graph = perspectiveGraph(base, perspective);
  // A precomputed analysis is the world's (the load worker's); another perspective recomputes.
  const analysis = (perspective === WORLD ? precomputed.analysis : undefined) ?? analyseForView(graph);
  const settings = analysis.settings;
  const names = new Set<string>(["EU"]);
  graph.forEachNode((_n, attrs) => {
    if (attrs.kind === "country") for (const bloc of attrs.blocs) names.add(bloc);
  });
  const blocs = new Map([...names].sort().map((name) => [name, blocMembers(graph, name)] as const));
  const deps = lazy(() => indexDependencies(graph));
  const propagation = lazy(() => buildPropagationModel(graph));
  let lossBuilt = false;
  const affordable = analysis.ranking.length * graph.order <= LOSS_RANKING_BUDGET;
  const loss = lazy(() => {
    lossBuilt = true;
    if (!affordable) return undefined;
    const ranking = rankByPropagatedLoss(graph, settings);
    return { ranking, byNode: new Map(ranking.map((e) => [e.node, e])) };
  });
  return {
    ...(precomputed.flow ? { flow: precomputed.flow } : {}),
    files,
    userFiles,
    graph,
    base,
    perspective,
    perspectives: availablePerspectives(base),
    analysis,
    risk: new Map(analysis.ranking.map((e) => [e.node, e])),
    partners: partnerSet(graph, settings),
    blocs,
    get deps() {
      return deps();
    },
    get propagation() {
      return propagation();
    },
    get lossRanking() {
      return loss()?.ranking;
    },
    get lossRisk() {
      return loss()?.byNode;
    },
    lossRankingBuilt: () => lossBuilt || !affordable,
  };
}
