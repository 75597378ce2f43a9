// The shape every CLI command has, so main.ts can parse, document and run them alike.
import type { ChokepointGraph } from "../model/graph.ts";
import type { CliIO } from "./io.ts";

export interface OptionSpec {
  type: "boolean" | "string";
  multiple?: boolean;
  short?: string;
  description: string;
}

export interface CommandContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  io: CliIO;
  /** Loads bundled + --data files; on bad data prints every issue to stderr and returns undefined. */
  loadGraph: () => Promise<ChokepointGraph | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  run: (context: CommandContext) => Promise<number>;
}
