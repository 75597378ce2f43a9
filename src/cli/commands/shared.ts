// Options and helpers several commands share: --format/--json, --partners, table styling.
import { FORMATS, type Format } from "../../report/format.ts";
import type { TableOptions } from "../../report/table.ts";
import { choiceOption, listOption } from "../args.ts";
import type { CommandContext, OptionSpec, OptionValues } from "../command.ts";
import { makeStyle } from "../style.ts";

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
