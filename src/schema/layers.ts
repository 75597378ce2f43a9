// Data that is not a node or an edge of the supply graph: where a given importer gets a node
// (sourcing layers), how much of a node an importer brings in (import reliance), dated events such
// as export controls (issue 12), and the EU supply-risk method's other factors per material node
// (issue 14). Each lives in its own top-level list of a data file.
import { z } from "zod";
import { Basis, CountryId, FigureMeta, Grade, IsoDate, KebabId, NodeId, Share, Source } from "./common.ts";

/** An importer: a country (NL, KR) or a bloc that countries list (EU). */
export const ImporterId = z
  .string()
  .regex(/^[A-Z0-9-]+$/, "an importer is a country code (NL) or a bloc name (EU), in upper case");

/** What a figure of a sourcing layer must always say: when, how sure, and who says so. */
const cited = { ...FigureMeta, year: FigureMeta.year.unwrap(), source: Source, grade: Grade };

/**
 * One supplier country's share of what `importer` sources of `node` (for example the EU CRM 2023
 * study's "EU sourcing", or Eurostat Comext imports by partner). Shares of one importer and node
 * sum to at most 1; the importer's own production counts when the source includes it.
 */
export const SourcingEntry = z
  .strictObject({
    importer: ImporterId,
    node: NodeId.describe("The material, component or service sourced"),
    from: CountryId.describe("The supplying country"),
    share: Share,
    low: Share.optional(),
    high: Share.optional(),
    basis: Basis,
    t: z
      .number()
      .min(0.5)
      .max(1.5)
      .optional()
      .describe("EU method trade variable of this supplier (export restrictions, EU trade agreements), as the source gives it"),
    reexports: z.boolean().optional().describe("Whether the source's trade figures include re-exports"),
    ...cited,
  })
  .refine((e) => (e.low ?? 0) <= e.share && e.share <= (e.high ?? 1), { message: "share must lie between low and high", path: ["share"] });

/** The share of an importer's use of a node that comes from outside it (IR in the EU method). */
export const ImportReliance = z.strictObject({
  importer: ImporterId,
  node: NodeId,
  value: Share.describe("Import reliance, 0..1: (imports - exports) / (domestic production + imports - exports)"),
  ...cited,
});

/** The per-material factors of the EU supply-risk method that are not shares (JRC 2017 guidelines). */
export const EU_FACTORS = ["eolRir", "siSr", "t"] as const;

/**
 * One factor of the EU method for one material node: the end-of-life recycling input rate
 * (EoL_RIR) or the substitution index for supply risk (SI_SR), each 0..1, or the trade variable t
 * of one supplying country in the global term (0.5..1.5), with its source. A node's own `eolRir` /
 * `substitutionIndex` attribute, and a sourcing entry's `t`, where set, take precedence.
 */
export const EuFactor = z
  .strictObject({
    node: NodeId.describe("The material node (one stage) the factor applies to"),
    factor: z.enum(EU_FACTORS).describe("eolRir: end-of-life recycling input rate; siSr: substitution index for supply risk; t: trade variable of `country`"),
    country: CountryId.optional().describe("For t: the supplying country"),
    value: z.number().min(0).max(1.5).describe("The factor: 0..1 for eolRir and siSr, 0.5..1.5 for t"),
    ...cited,
  })
  .refine((e) => (e.factor === "t") === (e.country !== undefined), { message: "a t factor names its country, and only a t factor does", path: ["country"] })
  .refine((e) => (e.factor === "t" ? e.value >= 0.5 : e.value <= 1), { message: "eolRir and siSr lie in 0..1, t in 0.5..1.5", path: ["value"] });

export const EVENT_KINDS = ["export-control", "licence-requirement", "export-ban", "embargo", "suspension", "outage"] as const;

/**
 * A dated event that restricts supply: `imposer` withholds (part of) its supply of `nodes`, to
 * everyone or to one importer (`target`). Scenario presets are built from these.
 */
export const SupplyEvent = z
  .strictObject({
    id: KebabId,
    label: z.string().min(1),
    kind: z.enum(EVENT_KINDS),
    imposer: NodeId.describe("Who restricts: a country (CN) or a company"),
    target: ImporterId.optional().describe("Whose imports it restricts (KR); absent: all destinations"),
    nodes: z.array(NodeId).min(1).describe("The nodes whose supply from the imposer it touches"),
    severity: Share.optional().describe("Share of the imposer's supply of each node withheld; a judgement unless the source gives it"),
    start: IsoDate,
    end: IsoDate.optional().describe("When it ended or was lifted; absent: still in force"),
    suspends: KebabId.optional().describe("For a suspension: the id of the event it suspends"),
    ...cited,
  })
  .refine((e) => e.end === undefined || e.end >= e.start, { message: "end must not be before start", path: ["end"] });

export type SourcingEntry = z.infer<typeof SourcingEntry>;
export type ImportReliance = z.infer<typeof ImportReliance>;
export type SupplyEvent = z.infer<typeof SupplyEvent>;
export type EuFactor = z.infer<typeof EuFactor>;
