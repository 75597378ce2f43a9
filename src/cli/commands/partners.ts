// `chokepoint partners`: how much of each supplied node comes from outside the partner set.
import { blocMembers, partnerExposure, partnerSet, suppliedNodes } from "../../engine/metrics/index.ts";
import { formatPartners } from "../../report/partners.ts";
import { resolveSettings } from "../../schema/settings.ts";
import { intOption, resolveNode } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../io.ts";
import { FORMAT_OPTIONS, formatOf, PARTNER_OPTION, settingsOf, tableOptions, loadPerspective, PERSPECTIVE_OPTION } from "./shared.ts";

export const partnersCommand: Command = {
  name: "partners",
  summary: "partner exposure: supply from outside the partner set, and its largest part",
  usage: "chokepoint partners [NODE...] [--partners EU,JP,AU] [--top N] [--format ...]",
  details:
    "The partner set is ISO codes and bloc names (a bloc means every country listing it, and EU means\n" +
    "the EU-27), plus every country the data marks partner: true. Default: EU, JP, AU.\n" +
    "Companies count with their host country; suppliers without one count as non-partner.\n\n" +
    "Examples:\n  chokepoint partners --top 10\n  chokepoint partners li-ion-cell --partners EU,JP,AU,US,KR --json",
  takesArguments: true,
  options: {
    ...PERSPECTIVE_OPTION,
    ...PARTNER_OPTION,
    top: { type: "string", arg: "N", description: "show only the N most exposed" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, positionals, io } = context;
    const top = intOption(values, "top") ?? Infinity;
    const format = formatOf(values);
    const loaded = await loadPerspective(context);
    if (!loaded) return 1;
    const { graph } = loaded;
    const given = settingsOf(values);
    const settings = resolveSettings(given);
    const unknown = (given.partners ?? []).filter((p) => !graph.hasNode(p) && blocMembers(graph, p).size === 0);
    if (unknown.length > 0) {
      throw new UsageError(`--partners: ${unknown.map((u) => `'${u}'`).join(", ")} is neither a country id nor a bloc in the data; e.g. --partners EU,JP,AU`);
    }
    const partners = partnerSet(graph, settings);
    const nodes = positionals.length > 0 ? positionals.map((p) => resolveNode(graph, p)) : suppliedNodes(graph);
    const rows = nodes
      .map((node) => partnerExposure(graph, node, settings, partners))
      .sort((a, b) => b.nonPartnerShare - a.nonPartnerShare || (b.largestNonPartner?.share ?? 0) - (a.largestNonPartner?.share ?? 0) || (a.node < b.node ? -1 : 1))
      .slice(0, top);
    io.out(formatPartners(format, [...partners].sort(), rows, tableOptions(context)));
    return 0;
  },
};
