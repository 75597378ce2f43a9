// Options and helpers several commands share: --format/--json, --partners, table styling.
import { FORMATS, type Format } from "../../report/format.ts";
import type { TableOptions } from "../../report/table.ts";
import { choiceOption, listOption } from "../args.ts";
import type { CommandContext, OptionSpec, OptionValues } from "../command.ts";
import { makeStyle } from "../style.ts";
import { UsageError } from "../io.ts";
import type { ChokepointGraph } from "../../model/graph.ts";
import { perspectiveGraph, perspectiveInfo } from "../../engine/perspective/index.ts";
import { checkPerspective, WORLD } from "../../engine/perspective/index.ts";

export const FORMAT_OPTIONS: Record<string, OptionSpec> = {
  format: { type: "string", arg: "FORMAT", description: `output format: ${FORMATS.join(", ")} (default table)` },
  json: { type: "boolean", description: "same as --format json" },
};

export const PARTNER_OPTION: Record<string, OptionSpec> = {
  partners: { type: "string", arg: "LIST", description: "partner set: ISO codes and blocs, e.g. EU,JP,AU (the default)" },
};

export function formatOf(values: OptionValues): Format {
  const format = choiceOption(values, "format", FORMATS, "table");
  return values["json"] === true ? "json" : format;
}

/** Engine settings from the command line: only what was given, so the engine fills its defaults. */
export function settingsOf(values: OptionValues): { partners?: string[] } {
  const partners = listOption(values, "partners");
  return partners.length > 0 ? { partners } : {};
}

export const tableOptions = (context: CommandContext): TableOptions => ({
  styleHeader: makeStyle(context.flags.color).bold,
});

export const PERSPECTIVE_OPTION: Record<string, OptionSpec> = {
  perspective: {
    type: "string",
    arg: "WHO",
    description: "world (default) or an importer with sourcing data (EU, NL, KR): its sourcing shares where the data has them",
  },
};

/**
 * The graph under --perspective, with a note on stderr saying which nodes use the importer's
 * sourcing shares (world shares everywhere else). An unknown perspective is a usage error.
 */
export async function loadPerspective(context: CommandContext): Promise<{ graph: ChokepointGraph; base: ChokepointGraph; perspective: string } | undefined> {
  const base = await context.loadGraph();
  if (!base) return undefined;
  const perspective = typeof context.values["perspective"] === "string" ? context.values["perspective"] : WORLD;
  try {
    checkPerspective(base, perspective);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const graph = perspectiveGraph(base, perspective);
  if (perspective !== WORLD) {
    const { sourced } = perspectiveInfo(graph);
    context.info(`perspective ${perspective}: ${perspective}'s sourcing shares for ${sourced.length} node(s) (${sourced.join(", ")}); world shares elsewhere`);
  }
  return { graph, base, perspective };
}
