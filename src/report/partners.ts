// Partner exposure per supplied node: the share from outside the partner set and its largest part.
import type { PartnerExposure } from "../engine/metrics/index.ts";
import { formatJson } from "./json.ts";
import { formatRows, pct, type Format, type TabularReport } from "./format.ts";
import type { TableOptions } from "./table.ts";

export const PARTNERS_REPORT: TabularReport<PartnerExposure> = {
  columns: [
    { header: "node", cell: (e) => e.node },
    { header: "non-partner", cell: (e) => pct(e.nonPartnerShare), value: (e) => (e.nonPartnerShare), align: "right" },
    { header: "largest non-partner", cell: (e) => e.largestNonPartner?.id ?? "-", value: (e) => e.largestNonPartner?.id ?? null },
    { header: "its share", cell: (e) => pct(e.largestNonPartner?.share ?? 0), value: (e) => (e.largestNonPartner?.share ?? 0), align: "right" },
    { header: "partner", cell: (e) => pct(e.partnerShare), value: (e) => (e.partnerShare), align: "right" },
    { header: "unlisted", cell: (e) => pct(e.unlistedShare), value: (e) => (e.unlistedShare), align: "right" },
  ],
  json: (rows) => rows.map(exposureJson),
};

export const exposureJson = (e: PartnerExposure) => ({
  node: e.node,
  nonPartnerShare: (e.nonPartnerShare),
  largestNonPartner: e.largestNonPartner ? { id: e.largestNonPartner.id, share: (e.largestNonPartner.share) } : null,
  partnerShare: (e.partnerShare),
  unlistedShare: (e.unlistedShare),
  unresolved: e.unresolved,
});

/** Table, csv and md list the entries; JSON also carries the partner set they were measured against. */
export function formatPartners(format: Format, partners: string[], rows: PartnerExposure[], options: TableOptions = {}): string {
  if (format === "json") return formatJson({ partners, entries: rows.map(exposureJson) });
  const table = formatRows(format, rows, PARTNERS_REPORT, options);
  return format === "table" ? `partner set (${partners.length} countries): ${partners.join(", ")}\n\n${table}` : table;
}
