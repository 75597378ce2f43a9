// `chokepoint scenario`: cut nodes (or one supplier's supply of one node), propagate, show sector losses.
import { commodityCuts } from "../../engine/index.ts";
import { presetCuts, runScenario, runTimeline, SCENARIO_PRESETS, type ScenarioCut, type TimedCut } from "../../engine/propagation/index.ts";
import type { ChokepointGraph } from "../../model/graph.ts";
import { formatScenario } from "../../report/scenario.ts";
import { formatTimeline } from "../../report/timeline.ts";
import { flagOption, intOption, numberOption, resolveNode, stringOption, stringsOption } from "../args.ts";
import type { Command } from "../command.ts";
import { printUncertainty, UNCERTAINTY_OPTIONS, wantsUncertainty } from "./uncertainty-options.ts";
import type { MetricSpec } from "../../engine/uncertainty/index.ts";
import { UsageError } from "../io.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions, loadPerspective, PERSPECTIVE_OPTION } from "./shared.ts";

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

/** `CN:rare-earths[=SEVERITY]`: FROM withholds every stage of a material (the engine's commodity cut). */
export function parseCuts(graph: ChokepointGraph, text: string): ScenarioCut[] {
  const colon = text.indexOf(":");
  if (colon < 0 || text.includes("->")) return [parseCut(graph, text)];
  const eq = text.lastIndexOf("=");
  const from = resolveNode(graph, text.slice(0, colon).trim(), "node in --cut");
  const material = (eq > colon ? text.slice(colon + 1, eq) : text.slice(colon + 1)).trim();
  const { severity } = parseCut(graph, `${from}${eq > colon ? text.slice(eq) : ""}`);
  try {
    return commodityCuts(graph, { commodity: { from, material }, severity });
  } catch (error) {
    throw new UsageError(`--cut ${text}: ${(error as Error).message.replace(/^chokepoint scenario: /, "")}`);
  }
}

const presetList = () =>
  Object.values(SCENARIO_PRESETS)
    .map((p) => `  ${p.id.padEnd(24)}${p.description}`)
    .join("\n") + "\n  and each restriction in the data's events list, under its event id (chokepoint explain NODE lists them)";

export const scenarioCommand: Command = {
  name: "scenario",
  summary: "cut countries, companies or supplies and see every sector's loss, with its explaining path",
  usage:
    "chokepoint scenario --cut NODE[=SEVERITY]... [--cut FROM->TO[=SEVERITY]]... [--cut FROM:MATERIAL[=SEVERITY]]... [--preset NAME]\n" +
    "                    [--months N [--start M] [--duration M] [--recovery M] [--threshold X] | --steady-state] [--format ...]",
  details:
    "SEVERITY is 0..1 (1, the default, cuts fully; 0.5 halves) or a percent (50%). A company falls with\n" +
    "its host country. FROM->TO withholds FROM's supply of TO only (an export control on one good);\n" +
    "FROM:MATERIAL withholds FROM's supply of every stage of a material (CN:rare-earths: mined and separated).\n" +
    "Cuts given with --preset are added to the preset's.\n\n" +
    "The scenario runs month by month over --months N (default 12): every cut starts in month --start (0),\n" +
    "lasts --duration months (default: to the horizon) and falls back linearly over --recovery months;\n" +
    "stocks cover shortfalls until they run out and substitutes ramp up over each input's\n" +
    "substitutionMonths. Per sector it shows output-months lost, the worst month(s), the months it\n" +
    "survives (availability at or above --threshold, 0.95) and the months it takes to recover.\n" +
    "--steady-state shows the steady state instead (no stocks, full substitution, the cut forever).\n\n" +
    `Presets (--preset NAME; --presets lists them):\n${presetList()}\n\n` +
    "Examples:\n  chokepoint scenario --cut CN\n  chokepoint scenario --preset china-stops-exporting --duration 6 --recovery 3\n  chokepoint scenario --cut CN --steady-state\n  chokepoint scenario --cut tsmc=0.5 --cut CD=30%\n  chokepoint scenario --preset taiwan-blockade --json",
  options: {
    ...PERSPECTIVE_OPTION,
    ...UNCERTAINTY_OPTIONS,
    cut: { type: "string", multiple: true, arg: "CUT", description: "NODE, NODE=SEVERITY, FROM->TO=SEVERITY or FROM:MATERIAL=SEVERITY (repeatable)" },
    preset: { type: "string", arg: "NAME", description: "a named scenario (see below)" },
    presets: { type: "boolean", description: "list the presets and exit" },
    top: { type: "string", arg: "N", description: "show only the N sectors with the largest loss" },
    months: { type: "string", arg: "N", description: "the horizon in months (default 12)" },
    start: { type: "string", arg: "M", description: "with --months: the month the cuts start (default 0)" },
    duration: { type: "string", arg: "M", description: "with --months: months the cuts last (default: to the horizon)" },
    recovery: { type: "string", arg: "M", description: "with --months: months to ramp back to normal after the cuts (default 0)" },
    threshold: { type: "string", arg: "X", description: "with --months: availability a sector must keep to survive (default 0.95)" },
    "steady-state": { type: "boolean", description: "the steady state instead of months (no stocks, full substitution, the cut forever)" },
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
    const { months, timing, threshold } = timeOptions(values);
    const texts = stringsOption(values, "cut");
    if (texts.length === 0 && preset === undefined) {
      throw new UsageError("say what to cut, e.g. 'chokepoint scenario --cut CN' or '--preset taiwan-blockade'");
    }
    const loaded = await loadPerspective(context);
    if (!loaded) return 1;
    const { graph } = loaded;
    let cuts: ScenarioCut[] = [];
    if (preset !== undefined) {
      try {
        cuts = presetCuts(graph, preset);
      } catch (error) {
        // Event presets come from the loaded data, so an unknown name is only known after loading.
        const message = (error as Error).message.replace(/^chokepoint scenario: /, "");
        throw new UsageError(message.replace(/^no preset "([^"]*)"; use one of /, "no preset '$1'; use one of: "));
      }
    }
    const given = texts.flatMap((t) => parseCuts(graph, t));
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
    if (wantsUncertainty(context)) {
      // Over months the intervals are of output-months lost, with stocks drawn too; else of the steady-state loss.
      const spec: MetricSpec =
        months === undefined
          ? { name: "scenario", perspective: loaded.perspective, cuts }
          : { name: "timeline", perspective: loaded.perspective, cuts: cuts.map((c): TimedCut => ({ ...c, ...timing })), months, ...(threshold !== undefined ? { threshold } : {}) };
      return printUncertainty(context, loaded.base, spec, (rows) => rows.sort((a, b) => b.point - a.point).slice(0, top));
    }
    if (months !== undefined) {
      const timed = cuts.map((c): TimedCut => ({ ...c, ...timing }));
      const result = runTimeline(graph, timed, { months, ...(threshold !== undefined ? { threshold } : {}) });
      const shown = { ...result, sectors: result.sectors.slice(0, top) };
      io.out(formatTimeline(format, timed, shown, { ...tableOptions(context), ...(preset ? { preset } : {}) }));
      if (!result.converged) context.info(`chokepoint: months ${result.nonConvergedMonths.join(", ")} did not converge`);
      return 0;
    }
    const result = runScenario(graph, cuts);
    const shown = { ...result, sectors: result.sectors.slice(0, top) };
    io.out(formatScenario(format, cuts, shown, { ...tableOptions(context), ...(preset ? { preset } : {}) }));
    if (!result.converged) context.info(`chokepoint: the propagation did not converge after ${result.iterations} sweeps`);
    return 0;
  },
};

/** The horizon issue 13 sets as the default: a year, month by month. */
export const DEFAULT_SCENARIO_MONTHS = 12;

/** --months (default 12; undefined with --steady-state) and the options that only make sense with months. */
function timeOptions(values: Parameters<typeof flagOption>[0]) {
  const steady = flagOption(values, "steady-state");
  const given = intOption(values, "months");
  const start = intOption(values, "start", 0);
  const duration = intOption(values, "duration");
  const recoveryMonths = intOption(values, "recovery", 0);
  const threshold = numberOption(values, "threshold", 0.01, 1);
  if (given !== undefined && steady) throw new UsageError("--steady-state and --months exclude each other; give one");
  if (steady && [start, duration, recoveryMonths, threshold].some((x) => x !== undefined)) {
    throw new UsageError("--start, --duration, --recovery and --threshold are for the months view; drop --steady-state, e.g. --duration 6");
  }
  const months = steady ? undefined : (given ?? DEFAULT_SCENARIO_MONTHS);
  const timing = {
    ...(start !== undefined ? { start } : {}),
    ...(duration !== undefined ? { duration } : {}),
    ...(recoveryMonths !== undefined ? { recoveryMonths } : {}),
  };
  return { months, timing, threshold };
}
