// Building blocks shared by node and edge schemas: ids, shares, sources and figure metadata.
import { z } from "zod";

/** Ids of non-country nodes: lower-case kebab-case, so `__proto__` can never be one. */
export const KebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single dashes), e.g. cobalt-refined");

/** Country ids: upper-case ISO 3166-1 alpha-2, checked against the assigned codes in the node schema. */
export const CountryId = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code in upper case, e.g. CN");

/** Any node id, used by edges before the node table is known. */
export const NodeId = z.union([KebabId, CountryId], {
  error: "must be a node id: kebab-case (cobalt-refined) or an ISO country code (CN)",
});

export const Share = z
  .number()
  .min(0, "a share must be between 0 and 1 (a fraction, not a percent)")
  .max(1, "a share must be between 0 and 1 (a fraction, not a percent)");

export const Year = z.number().int().min(1900).max(2100);

export const HttpUrl = z
  .string()
  .regex(/^https?:\/\/\S+$/, "must be an http(s) URL")
  .describe("Link to the source document; only http and https are accepted.");

export const Source = z.strictObject({
  citation: z.string().min(1).describe("Who says so, and where: 'USGS Mineral Commodity Summaries 2025'"),
  url: HttpUrl.optional(),
  accessed: z.string().optional(),
});

/**
 * How far a figure can be trusted, by where it comes from (issue 12): A a primary publication (USGS,
 * EU CRM study, IEA, World Bank, Eurostat, SIA/BCG, a company's annual report), B a primary figure
 * quoted by a reputable outlet that names the primary, C an estimate or secondary compilation
 * (say why in `note`), U unconfirmed (say why in `note`).
 */
export const Grade = z
  .enum(["A", "B", "C", "U"])
  .describe("Source grade: A primary publication, B primary quoted by a reputable outlet, C estimate or compilation, U unconfirmed");

/** What a share is a fraction of. Shares of different bases are different quantities. */
export const BASES = [
  "mine-production",
  "refinery-production",
  "production",
  "capacity",
  "revenue",
  "units-shipped",
  "installed-base",
  "trade-value",
  "trade-weight",
] as const;
export const Basis = z
  .enum(BASES)
  .describe("What the share is a fraction of: mine or refinery production, production, capacity, revenue, units shipped, installed base, trade value or weight");

/** A source's own bounds on a value (a range it publishes, or a judged one with its reasons in `note`). */
export const Range = z
  .strictObject({ low: z.number(), high: z.number() })
  .refine((r) => r.low <= r.high, "low must not exceed high");

/** An ISO date (2023-08-01) or month (2023-08). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, "must be an ISO date like 2023-08-01 (or a month like 2023-08)");

/** Metadata every figure and edge may carry (DOMAIN.md, "Every edge and every figure may carry ..."). */
export const FigureMeta = {
  year: Year.optional(),
  unit: z.string().min(1).optional(),
  source: Source.optional(),
  note: z.string().optional(),
  estimate: z
    .boolean()
    .optional()
    .describe("true when the figure is not confirmed by its source (facts.md tag U); explain in note"),
  grade: Grade.optional(),
};

/** A named number attached to a node: a world total, a forecast, a claim of the agenda. */
export const Figure = z.strictObject({
  key: KebabId.describe("What the number is, e.g. world-production or shortfall-2030"),
  label: z.string().min(1).optional(),
  value: z.number(),
  ...FigureMeta,
});

export type Source = z.infer<typeof Source>;
export type Grade = z.infer<typeof Grade>;
export type Basis = z.infer<typeof Basis>;
export type Range = z.infer<typeof Range>;
export type Figure = z.infer<typeof Figure>;
