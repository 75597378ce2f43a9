// `chokepoint n1`: the IEA N-1 test per material and stage, and the largest supplier at any stage.
import { n1All } from "../../engine/perspective/index.ts";
import { formatN1 } from "../../report/supply-risk-eu.ts";
import { intOption } from "../args.ts";
import type { Command } from "../command.ts";
import { printUncertainty, UNCERTAINTY_OPTIONS, wantsUncertainty } from "./uncertainty-options.ts";
import { FORMAT_OPTIONS, formatOf, loadPerspective, PERSPECTIVE_OPTION, tableOptions } from "./shared.ts";

export const n1Command: Command = {
  name: "n1",
  summary: "IEA N-1: supply left per material and stage when the largest supplier stops",
  usage: "chokepoint n1 [--perspective WHO] [--top N] [--format table|json|csv|md]",
  details:
    "Per stage: the largest supplier country's share and 1 - that share (the unlisted rest keeps supplying).\n" +
    "Chain: the country with the largest share at any stage; the chain keeps 1 - that share at most.\n" +
    "Spare capacity of the others is added where a node has a 'spare-capacity' figure (share of supply);\n" +
    "otherwise 'no data'. Lowest chain value first.\n\n" +
    "Examples:\n  chokepoint n1 --top 10\n  chokepoint n1 --perspective EU --json",
  options: {
    ...PERSPECTIVE_OPTION,
    ...UNCERTAINTY_OPTIONS,
    top: { type: "string", arg: "N", description: "show only the first N materials" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const top = intOption(context.values, "top") ?? Infinity;
    const format = formatOf(context.values);
    const loaded = await loadPerspective(context);
    if (!loaded) return 1;
    if (wantsUncertainty(context)) return printUncertainty(context, loaded.base, { name: "n1", perspective: loaded.perspective }, (rows) => rows.sort((a, b) => a.point - b.point).slice(0, top));
    const rows = n1All(loaded.base, loaded.perspective).slice(0, top);
    context.io.out(formatN1(format, rows, tableOptions(context)));
    return 0;
  },
};
