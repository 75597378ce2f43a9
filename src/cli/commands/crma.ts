// `chokepoint crma`: the EU CRMA 65% single-third-country benchmark; a CI gate with --fail-on breach.
import { partnerSet } from "../../engine/metrics/index.ts";
import { crmaList } from "../../engine/perspective/index.ts";
import { formatCrma } from "../../report/crma.ts";
import { resolveSettings } from "../../schema/settings.ts";
import { choiceOption, flagOption, stringOption } from "../args.ts";
import type { Command } from "../command.ts";
import { printUncertainty, UNCERTAINTY_OPTIONS, wantsUncertainty } from "./uncertainty-options.ts";
import { FORMAT_OPTIONS, formatOf, PARTNER_OPTION, settingsOf, tableOptions, loadPerspective, PERSPECTIVE_OPTION } from "./shared.ts";

export const crmaCommand: Command = {
  name: "crma",
  summary: "EU CRMA benchmark: materials where one third country supplies over 65%",
  usage: "chokepoint crma [--coalition] [--partners LIST] [--bloc EU] [--fail-on breach] [--format ...]",
  details:
    "Regulation (EU) 2024/1252: no more than 65% of a strategic material from any single third country,\n" +
    "at any stage. Checks the strategic materials (strategic: true) unless --all-materials. World shares\n" +
    "stand in for EU consumption unless --perspective EU (the EU's sourcing where the data has it). --coalition counts the partner set as no\n" +
    "third country (friend-shoring). With --fail-on breach the exit code is 1 when any breach is found,\n" +
    "so a data change that opens a breach fails its CI job.\n\n" +
    "Examples:\n  chokepoint crma\n  chokepoint crma --coalition --partners EU,JP,AU,CA\n  chokepoint crma --fail-on breach --quiet",
  options: {
    ...PERSPECTIVE_OPTION,
    ...UNCERTAINTY_OPTIONS,
    coalition: { type: "boolean", description: "count partner countries as insiders too" },
    ...PARTNER_OPTION,
    bloc: { type: "string", arg: "BLOC", description: "whose outsiders are third countries (default EU)" },
    "all-materials": { type: "boolean", description: "check every material, not only the strategic ones (Annex I)" },
    "fail-on": { type: "string", arg: "breach", description: "exit 1 when there is a breach" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, io } = context;
    const failOn = choiceOption(values, "fail-on", ["breach", "never"] as const, "never");
    const format = formatOf(values);
    const coalition = flagOption(values, "coalition");
    const bloc = stringOption(values, "bloc");
    const loaded = await loadPerspective(context);
    if (!loaded) return 1;
    const { graph } = loaded;
    if (wantsUncertainty(context)) return printUncertainty(context, loaded.base, { name: "crma", perspective: loaded.perspective, allMaterials: flagOption(values, "all-materials") }, (rows) => rows.sort((a, b) => b.mean - a.mean || (a.key < b.key ? -1 : 1)));
    const settings = resolveSettings(settingsOf(values));
    const scope = { allMaterials: flagOption(values, "all-materials"), perspective: loaded.perspective, ...(bloc ? { bloc } : {}) };
    const result = crmaList(loaded.base, settings, { ...scope, coalition });
    const before = coalition ? crmaList(loaded.base, settings, scope).breaches.length : undefined;
    if (format === "table") context.info(
      `crma: ${result.checked} ${result.scope === "strategic" ? "strategic (Annex I, strategic: true) " : ""}material node(s) checked` +
        (result.scope === "strategic" ? " (--all-materials checks every material)" : "") +
        (loaded.perspective === "world" ? "; world shares" : `; ${loaded.perspective}'s sourcing shares for ${result.onSourcing}, world shares for the rest`),
    );
    const partners = [...partnerSet(graph, settings)].sort();
    io.out(formatCrma(format, result, { ...tableOptions(context), ...(before !== undefined ? { before } : {}), partners }));
    if (failOn === "breach" && result.breaches.length > 0) {
      context.info(`chokepoint: ${result.breaches.length} CRMA breach(es); failing as --fail-on breach asks`);
      return 1;
    }
    return 0;
  },
};
