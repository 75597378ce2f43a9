// The EU CRMA single-third-country benchmark: breaches (a third country above 65% of a material).
import type { CrmaBreach, CrmaResult } from "../engine/metrics/index.ts";
import { formatJson } from "./json.ts";
import { formatRows, pct, type Format, type TabularReport } from "./format.ts";
import type { TableOptions } from "./table.ts";

export const CRMA_REPORT: TabularReport<CrmaBreach> = {
  columns: [
    { header: "node", cell: (b) => b.node },
    { header: "material", cell: (b) => b.material },
    { header: "stage", cell: (b) => b.stage ?? "-", value: (b) => b.stage ?? null },
    { header: "country", cell: (b) => b.country },
    { header: "share", cell: (b) => pct(b.share), value: (b) => (b.share), align: "right" },
  ],
  json: (rows) => rows.map((b) => ({ ...b, stage: b.stage ?? null, share: (b.share) })),
};

export function crmaJson(result: CrmaResult, extra: Record<string, unknown> = {}) {
  return {
    benchmark: result.benchmark,
    bloc: result.bloc,
    coalition: result.coalition,
    checked: result.checked,
    ...extra,
    breaches: CRMA_REPORT.json(result.breaches),
  };
}

/** Which shares the check read: world shares, or an importer's sourcing where the data has it. */
function shareNote(result: CrmaResult): string {
  const { perspective, onSourcing } = result as CrmaResult & { perspective?: string; onSourcing?: number };
  return perspective === undefined || perspective === "world"
    ? "world shares stand in for EU consumption"
    : `${perspective}'s sourcing shares for ${onSourcing ?? 0} of them, world shares for the rest`;
}

export function formatCrma(format: Format, result: CrmaResult, options: TableOptions & { before?: number; partners?: string[] } = {}): string {
  if (format === "json") {
    const listed = result as CrmaResult & { scope?: string; perspective?: string };
    const scope = listed.scope ? { scope: listed.scope, perspective: listed.perspective } : {};
    const extra = { ...scope, ...(result.coalition ? { partners: options.partners ?? [], breachesWithoutCoalition: options.before ?? null } : {}) };
    return formatJson(crmaJson(result, extra));
  }
  if (format !== "table") return formatRows(format, result.breaches, CRMA_REPORT, options);
  const who = result.coalition ? `outside ${result.bloc} and the partner set` : `outside ${result.bloc}`;
  const head =
    `${result.breaches.length} breach(es) of the CRMA benchmark (one third country ${who} above ${pct(result.benchmark)}) ` +
    `among ${result.checked} material node(s) checked; ${shareNote(result)}` +
    (result.coalition && options.before !== undefined ? `; ${options.before} without the coalition` : "");
  return result.breaches.length > 0 ? `${head}\n\n${formatRows("table", result.breaches, CRMA_REPORT, options)}` : `${head}\n`;
}
