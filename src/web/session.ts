// One loaded dataset and everything the engine says about it: the files it came from, the typed
// graph, the analysis, the partner set and the dependency index. Replaced whole when data is added.
import {
  analyze,
  blocMembers,
  buildPropagationModel,
  partnerSet,
  type Analysis,
  type PropagationModel,
  type RiskEntry,
} from "../engine/index.ts";
import type { LoadIssue } from "../load/issues.ts";
import { loadDataset } from "../load/load-dataset.ts";
import type { SourceFile } from "../load/validate-file.ts";
import { indexDependencies, type DependencyIndex } from "../model/dependencies.ts";
import { buildGraph, type ChokepointGraph } from "../model/graph.ts";

export interface Session {
  /** Bundled files first, then the user's, in the order they were added. */
  files: SourceFile[];
  userFiles: SourceFile[];
  graph: ChokepointGraph;
  analysis: Analysis;
  risk: Map<string, RiskEntry>;
  partners: Set<string>;
  /** Bloc names the countries declare, plus EU; each with its member ids. */
  blocs: Map<string, Set<string>>;
  deps: DependencyIndex;
  /** The engine's compiled propagation index, reused by every scenario run on this dataset. */
  propagation: PropagationModel;
}

export type OpenResult = { ok: true; session: Session } | { ok: false; issues: LoadIssue[] };

/** Loads bundled + user files through the same loader as the CLI; nothing is built when any is invalid. */
export function openSession(bundled: SourceFile[], userFiles: SourceFile[]): OpenResult {
  const files = [...bundled, ...userFiles];
  const loaded = loadDataset(files);
  if (!loaded.ok) return { ok: false, issues: loaded.issues };
  const graph = buildGraph(loaded.dataset);
  const analysis = analyze(graph);
  const names = new Set<string>(["EU"]);
  graph.forEachNode((_n, attrs) => {
    if (attrs.kind === "country") for (const bloc of attrs.blocs) names.add(bloc);
  });
  const blocs = new Map([...names].sort().map((name) => [name, blocMembers(graph, name)] as const));
  return {
    ok: true,
    session: {
      files,
      userFiles,
      graph,
      analysis,
      risk: new Map(analysis.ranking.map((e) => [e.node, e])),
      partners: partnerSet(graph, analysis.settings),
      blocs,
      deps: indexDependencies(graph),
      propagation: buildPropagationModel(graph),
    },
  };
}
