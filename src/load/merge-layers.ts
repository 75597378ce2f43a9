// Cross-file checks of the lists beside nodes and edges (sourcing, import reliance, events, EU method
// factors) and of the edge fields that name other nodes (a supply's production `site`): every id
// they name must exist with the right kind, importer-node pairs are not repeated, and an
// importer's shares of one node sum to at most 1.
import type { DataOrigin, DatasetLayers, LayerList } from "../schema/dataset.ts";
import type { Edge } from "../schema/edges.ts";
import type { EuFactor } from "../schema/layers.ts";
import type { Node, NodeKind } from "../schema/nodes.ts";
import { checkBases } from "./check-bases.ts";
import type { LoadIssue } from "./issues.ts";
import { childPath } from "./json-locate.ts";
import { entryPath, type ValidatedFile } from "./validate-file.ts";

const SHARE_SUM_TOLERANCE = 1e-6;
const SUPPLIED_KINDS: readonly NodeKind[] = ["material", "component", "service"];

export interface MergedLayers {
  layers: DatasetLayers;
  origin: Record<LayerList, DataOrigin[]>;
}

type Report = (file: ValidatedFile, path: string, message: string) => void;

export function mergeLayers(
  files: ValidatedFile[],
  nodeIndex: Map<string, number>,
  nodes: Node[],
  issues: LoadIssue[],
): MergedLayers {
  // Lines and columns are added afterwards, one scan per file with a problem (locate-issues.ts).
  const report: Report = (file, path, message) => void issues.push({ file: file.file, path, message });
  const kindOf = (id: string) => {
    const v = nodeIndex.get(id);
    return v === undefined ? undefined : nodes[v]!.kind;
  };
  const blocs = new Set(nodes.flatMap((n) => (n.kind === "country" ? n.blocs : [])));
  const importerProblem = (id: string) =>
    kindOf(id) === "country" || blocs.has(id) ? undefined : `importer '${id}' is neither a country in the data nor a bloc a country lists`;
  /** A message when `id` is not a node of one of `kinds`, else undefined. */
  const nodeProblem = (id: string, kinds: readonly NodeKind[] | undefined, what: string) => {
    const kind = kindOf(id);
    if (kind === undefined) return `${what} '${id}', a node that does not exist`;
    if (kinds && !kinds.includes(kind)) return `${what} '${id}' is a ${kind} (must be one of: ${kinds.join(", ")})`;
    return undefined;
  };

  const merged: MergedLayers = {
    layers: { sourcing: [], importReliance: [], events: [], euFactors: [] },
    origin: { sourcing: [], importReliance: [], events: [], euFactors: [] },
  };
  const shareSums = new Map<string, number>();
  const firstAt = new Map<string, DataOrigin>();
  const eventIds = new Map<string, DataOrigin>();

  checkBases(files, report);
  for (const file of files) {
    checkSites(file, report, kindOf);
    eachEntry(file, "sourcing", (entry, path) => {
      const problems = [
        ["importer", importerProblem(entry.importer)],
        ["node", nodeProblem(entry.node, SUPPLIED_KINDS, "sourcing of")],
        ["from", nodeProblem(entry.from, ["country"], "supplier")],
      ] as const;
      if (reportAll(file, path, problems, report)) return false;
      const key = `${entry.importer}\u0000${entry.node}`;
      if (!unique(file, path, `${key}\u0000${entry.from}`, `duplicate sourcing of '${entry.node}' by ${entry.importer} from ${entry.from}`, firstAt, report)) return false;
      const sum = (shareSums.get(key) ?? 0) + entry.share;
      shareSums.set(key, sum);
      if (sum > 1 + SHARE_SUM_TOLERANCE) {
        report(file, childPath(path, "share"), `${entry.importer}'s sourcing shares of '${entry.node}' sum to ${Math.round(sum * 1e4) / 1e4}, over 1`);
        return false;
      }
      return true;
    }, merged);
    eachEntry(file, "importReliance", (entry, path) => {
      const problems = [
        ["importer", importerProblem(entry.importer)],
        ["node", nodeProblem(entry.node, SUPPLIED_KINDS, "import reliance of")],
      ] as const;
      if (reportAll(file, path, problems, report)) return false;
      return unique(file, path, `ir\u0000${entry.importer}\u0000${entry.node}`, `duplicate import reliance of '${entry.node}' for ${entry.importer}`, firstAt, report);
    }, merged);
    eachEntry(file, "euFactors", (entry, path) => acceptEuFactor(file, path, entry, nodeProblem, firstAt, report), merged);
    eachEntry(file, "events", (entry, path) => {
      const problems = [
        ["imposer", nodeProblem(entry.imposer, undefined, "imposer")],
        ["target", entry.target === undefined ? undefined : importerProblem(entry.target)],
        ...entry.nodes.map((id, i) => [`nodes[${i}]`, nodeProblem(id, SUPPLIED_KINDS, "event node")] as const),
      ] as const;
      if (reportAll(file, path, problems, report)) return false;
      const first = eventIds.get(entry.id);
      if (first) {
        report(file, childPath(path, "id"), `duplicate event id '${entry.id}' (first defined in ${first.file} at ${first.path})`);
        return false;
      }
      eventIds.set(entry.id, { file: file.file, path });
      return true;
    }, merged);
  }
  checkSuspensions(merged, eventIds, files, report);
  return merged;
}

type NodeProblem = (id: string, kinds: readonly NodeKind[] | undefined, what: string) => string | undefined;

/** An EU method factor names a material node (and, for t, a country) and is not repeated. */
function acceptEuFactor(file: ValidatedFile, path: string, entry: EuFactor, nodeProblem: NodeProblem, firstAt: Map<string, DataOrigin>, report: Report): boolean {
  const problems = [
    ["node", nodeProblem(entry.node, ["material"], "EU method factor of")],
    ["country", entry.country === undefined ? undefined : nodeProblem(entry.country, ["country"], "t of")],
  ] as const;
  if (reportAll(file, path, problems, report)) return false;
  const of = entry.country === undefined ? `'${entry.node}'` : `'${entry.node}' from ${entry.country}`;
  return unique(file, path, `eu\u0000${entry.node}\u0000${entry.factor}\u0000${entry.country ?? ""}`, `duplicate ${entry.factor} of ${of}`, firstAt, report);
}

/** Runs `accept` on each entry of one list of a file; accepted entries join the merged layers. */
function eachEntry<K extends LayerList>(
  file: ValidatedFile,
  list: K,
  accept: (entry: DatasetLayers[K][number], path: string) => boolean,
  merged: MergedLayers,
): void {
  const { values, indices } = file.layers[list];
  for (let i = 0; i < values.length; i++) {
    const path = entryPath(list, indices[i]!);
    const entry = values[i]! as DatasetLayers[K][number];
    if (!accept(entry, path)) continue;
    (merged.layers[list] as DatasetLayers[K][number][]).push(entry);
    merged.origin[list].push({ file: file.file, path });
  }
}

/** Reports each problem at its field; true when there was any. */
function reportAll(file: ValidatedFile, path: string, problems: readonly (readonly [string, string | undefined])[], report: Report): boolean {
  let any = false;
  for (const [field, problem] of problems) {
    if (problem === undefined) continue;
    const at = field.includes("[") ? `${path}.${field}` : childPath(path, field);
    report(file, at, problem);
    any = true;
  }
  return any;
}

function unique(file: ValidatedFile, path: string, key: string, message: string, firstAt: Map<string, DataOrigin>, report: Report): boolean {
  const first = firstAt.get(key);
  if (first) {
    report(file, path, `${message} (first in ${first.file} at ${first.path})`);
    return false;
  }
  firstAt.set(key, { file: file.file, path });
  return true;
}

/** A supply's `site` is a country in the data, and only a company's supply has one. */
function checkSites(file: ValidatedFile, report: Report, kindOf: (id: string) => NodeKind | undefined): void {
  const { values, indices } = file.edges;
  for (let i = 0; i < values.length; i++) {
    const edge: Edge = values[i]!;
    if (edge.kind !== "supplies" || edge.site === undefined) continue;
    const path = childPath(entryPath("edges", indices[i]!), "site");
    if (kindOf(edge.site) !== "country") report(file, path, `site '${edge.site}' is not a country in the data`);
    else if (kindOf(edge.from) !== undefined && kindOf(edge.from) !== "company")
      report(file, path, `only a company's supply has a production site ('${edge.from}' is a ${kindOf(edge.from)})`);
  }
}

/** A suspension names an event that exists and is not itself. */
function checkSuspensions(merged: MergedLayers, eventIds: Map<string, DataOrigin>, files: ValidatedFile[], report: Report): void {
  const byName = new Map(files.map((f) => [f.file, f]));
  merged.layers.events.forEach((event, i) => {
    if (event.suspends === undefined) return;
    if (eventIds.has(event.suspends) && event.suspends !== event.id) return;
    const origin = merged.origin.events[i]!;
    report(byName.get(origin.file)!, childPath(origin.path, "suspends"), `suspends '${event.suspends}', an event that does not exist`);
  });
}
