// The shape every CLI command has, so main.ts can parse, document and run them alike.
import type { LoadIssue, SourceFile } from "../load/index.ts";
import type { ChokepointGraph } from "../model/graph.ts";
import type { Dataset } from "../schema/dataset.ts";
import type { CliIO } from "./io.ts";

export interface OptionSpec {
  type: "boolean" | "string";
  multiple?: boolean;
  short?: string;
  /** Shown in help after the option name, e.g. `N` for `--top N`. */
  arg?: string;
  description: string;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Loaded {
  dataset: Dataset;
  graph: ChokepointGraph;
  sources: SourceFile[];
}

export interface GlobalFlags {
  data: string[];
  bundled: boolean;
  quiet: boolean;
  color: boolean;
}

export interface CommandContext {
  values: OptionValues;
  positionals: string[];
  io: CliIO;
  flags: GlobalFlags;
  /** The data files as text (bundled + --data), and the problems met reading them. */
  readSources: () => Promise<{ files: SourceFile[]; issues: LoadIssue[] }>;
  /** Loads and validates everything; on bad data prints every issue to stderr and returns undefined. */
  load: () => Promise<Loaded | undefined>;
  /** The graph of `load()`. */
  loadGraph: () => Promise<ChokepointGraph | undefined>;
  /** Prints data issues to stderr, one a line, with file, line, JSON path and message. */
  reportIssues: (issues: LoadIssue[]) => void;
  /** A note for people on stderr, left out under --quiet. */
  info: (text: string) => void;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Examples and remarks shown by `--help`. */
  details?: string;
  /** Whether it reads positional arguments; without, any given is a usage error. */
  takesArguments?: boolean;
  options: Record<string, OptionSpec>;
  run: (context: CommandContext) => Promise<number>;
}
