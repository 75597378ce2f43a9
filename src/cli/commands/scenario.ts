// `chokepoint scenario`: cut nodes (or one supplier's supply of one node), propagate, show sector losses.
import { SCENARIO_PRESETS, presetCuts } from "../../engine/presets.ts";
import { runScenario, type ScenarioCut } from "../../engine/scenario.ts";
import type { ChokepointGraph } from "../../model/graph.ts";
import { formatScenario } from "../../report/scenario.ts";
import { flagOption, intOption, resolveNode, stringOption, stringsOption } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../io.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions } from "./shared.ts";

/** `CN`, `tsmc=0.5`, `JP->photoresist=1`: a node or edge cut, severity 0..1 (default 1). */
export function parseCut(graph: ChokepointGraph, text: string): ScenarioCut {
  const eq = text.lastIndexOf("=");
  const target = eq < 0 ? text : text.slice(0, eq);
  const raw = eq < 0 ? "1" : text.slice(eq + 1).trim();
  const percent = raw.endsWith("%");
  const severity = Number(percent ? raw.slice(0, -1) : raw) / (percent ? 100 : 1);
  if (raw === "" || !Number.isFinite(severity) || severity < 0 || severity > 1) {
    throw new UsageError(
      `--cut ${text}: the severity must be from 0 (no cut) to 1 (fully cut), or a percent; ` +
        `e.g. --cut ${target}=0.5 or --cut ${target}=50%`,
    );
  }
  const arrow = target.indexOf("->");
  if (arrow >= 0) {
    const from = resolveNode(graph, target.slice(0, arrow).trim(), "node in --cut");
    const to = resolveNode(graph, target.slice(arrow + 2).trim(), "node in --cut");
    return { edge: { from, to }, severity };
  }
  return { node: resolveNode(graph, target.trim(), "node in --cut"), severity };
}

const presetList = () =>
  Object.values(SCENARIO_PRESETS)
    .map((p) => `  ${p.id.padEnd(24)}${p.description}`)
    .join("\n");

export const scenarioCommand: Command = {
  name: "scenario",
  summary: "cut countries, companies or supplies and see every sector's loss, with its explaining path",
  usage: "chokepoint scenario --cut NODE[=SEVERITY]... [--cut FROM->TO[=SEVERITY]]... [--preset NAME] [--format ...]",
  details:
    "SEVERITY is 0..1 (1, the default, cuts fully; 0.5 halves) or a percent (50%). A company falls with\n" +
    "its host country. FROM->TO withholds FROM's supply of TO only (an export control on one good).\n" +
    "Cuts given with --preset are added to the preset's.\n\n" +
    `Presets (--preset NAME; --presets lists them):\n${presetList()}\n\n` +
    "Examples:\n  chokepoint scenario --cut CN\n  chokepoint scenario --cut tsmc=0.5 --cut CD=30%\n  chokepoint scenario --preset taiwan-blockade --json",
  options: {
    cut: { type: "string", multiple: true, arg: "CUT", description: "NODE, NODE=SEVERITY or FROM->TO=SEVERITY (repeatable)" },
    preset: { type: "string", arg: "NAME", description: "a named scenario (see below)" },
    presets: { type: "boolean", description: "list the presets and exit" },
    top: { type: "string", arg: "N", description: "show only the N sectors with the largest loss" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, io } = context;
    if (flagOption(values, "presets")) {
      io.out(`${presetList()}\n`);
      return 0;
    }
    const format = formatOf(values);
    const top = intOption(values, "top") ?? Infinity;
    const preset = stringOption(values, "preset");
    if (preset !== undefined && !Object.hasOwn(SCENARIO_PRESETS, preset)) {
      throw new UsageError(`no preset '${preset}'; use one of: ${Object.keys(SCENARIO_PRESETS).join(", ")}`);
    }
    const texts = stringsOption(values, "cut");
    if (texts.length === 0 && preset === undefined) {
      throw new UsageError("say what to cut, e.g. 'chokepoint scenario --cut CN' or '--preset taiwan-blockade'");
    }
    const graph = await context.loadGraph();
    if (!graph) return 1;
    let cuts: ScenarioCut[] = [];
    if (preset !== undefined) {
      try {
        cuts = presetCuts(graph, preset);
      } catch (error) {
        throw new UsageError((error as Error).message.replace(/^chokepoint scenario: /, ""));
      }
    }
    const given = texts.map((t) => parseCut(graph, t));
    // The same node or supply given twice with different severities: which one was meant?
    const seen = new Map<string, { text: string; severity: number }>();
    given.forEach((cut, k) => {
      const key = "node" in cut ? cut.node : `${cut.edge.from}->${cut.edge.to}`;
      const first = seen.get(key);
      if (first && first.severity !== cut.severity) {
        throw new UsageError(`--cut ${first.text} and --cut ${texts[k]} cut ${key} at different severities; give it once`);
      }
      seen.set(key, { text: texts[k]!, severity: cut.severity });
    });
    cuts.push(...given);
    const result = runScenario(graph, cuts);
    const shown = { ...result, sectors: result.sectors.slice(0, top) };
    io.out(formatScenario(format, cuts, shown, { ...tableOptions(context), ...(preset ? { preset } : {}) }));
    if (!result.converged) context.info(`chokepoint: the propagation did not converge after ${result.iterations} sweeps`);
    return 0;
  },
};
