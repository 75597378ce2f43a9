// `chokepoint backtest`: run the historical episodes and set the model beside the record.
import { runBacktest } from "../../engine/propagation/index.ts";
import { formatIssue, loadEpisodes } from "../../load/index.ts";
import { readEpisodeFiles } from "../../node/read-episodes.ts";
import { formatBacktest } from "../../report/backtest.ts";
import { stringsOption } from "../args.ts";
import type { Command } from "../command.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions } from "./shared.ts";

export const backtestCommand: Command = {
  name: "backtest",
  summary: "run historical disruption episodes and compare the model with the record",
  usage: "chokepoint backtest [--episodes PATH]... [--format ...]",
  details:
    "Each episode (data/episodes/*.episode.json) gives cuts with start and duration, and a documented\n" +
    "outcome: a node, a measure (worst-loss or mean-loss over the episode's months) and a band low-high\n" +
    "with its source and grade. The model's value is shown beside the band. Episodes the model fails\n" +
    "stay in the files, marked failing, with what the model lacks.\n\n" +
    "Examples:\n  chokepoint backtest\n  chokepoint backtest --episodes my-episodes/ --json",
  options: {
    episodes: { type: "string", multiple: true, arg: "PATH", description: "episode files or folders (default data/episodes/)" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, io } = context;
    const format = formatOf(values);
    const paths = stringsOption(values, "episodes");
    const read = await readEpisodeFiles(paths.length > 0 ? paths : undefined);
    const loaded = loadEpisodes(read.files);
    const issues = [...read.issues, ...loaded.issues];
    if (issues.length > 0) {
      io.err(`chokepoint: ${issues.length} problem(s) in the episodes:\n`);
      for (const issue of issues) io.err(`${formatIssue(issue)}\n`);
      return 1;
    }
    const graph = await context.loadGraph();
    if (!graph) return 1;
    io.out(formatBacktest(format, runBacktest(graph, loaded.episodes), tableOptions(context)));
    return 0;
  },
};
