// One zod schema per edge kind, and the table of which node kinds each kind may join (DOMAIN.md).
// Edges point the way supply flows: `from` supplies `to`, so `to` depends on `from`.
import { z } from "zod";
import { Basis, CountryId, FigureMeta, NodeId, Range, Share } from "./common.ts";
import type { NodeKind } from "./nodes.ts";

export const EDGE_KINDS = ["supplies", "input", "located_in", "operates"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

const ends = { from: NodeId, to: NodeId, ...FigureMeta };

const within = (value: number | undefined, range: Range | undefined) =>
  value === undefined || range === undefined || (range.low <= value && value <= range.high);

export const SuppliesEdge = z
  .strictObject({
    kind: z.literal("supplies"),
    ...ends,
    share: Share.optional().describe(
      "Fraction of world (or market) supply of `to` from `from`, 0..1. Omit to split what listed shares leave equally.",
    ),
    basis: Basis.optional(),
    low: Share.optional().describe("Lower bound on share given by the source (or a judged one, reasons in note)"),
    high: Share.optional().describe("Upper bound on share given by the source (or a judged one, reasons in note)"),
    site: CountryId.optional().describe(
      "For a company supplier: the country where this supply is produced; the country fold uses it instead of the headquarters",
    ),
  })
  .refine((e) => e.low === undefined || e.high === undefined || e.low <= e.high, { message: "low must not exceed high", path: ["low"] })
  .refine((e) => (e.low === undefined && e.high === undefined) || within(e.share, { low: e.low ?? 0, high: e.high ?? 1 }), {
    message: "share must lie between low and high",
    path: ["share"],
  });

const Fraction = (what: string) =>
  z.number().min(0, `${what} must be between 0 and 1`).max(1, `${what} must be between 0 and 1`);

export const InputEdge = z
  .strictObject({
    kind: z.literal("input"),
    ...ends,
    substitutability: z
      .number()
      .min(0, "substitutability must be between 0 (none) and 1 (fully replaceable)")
      .max(1, "substitutability must be between 0 (none) and 1 (fully replaceable)")
      .default(0),
    dependence: Fraction("dependence")
      .optional()
      .describe("Share of the dependent's output that needs this input at all, 0..1; absent means 1"),
    substitutionMonths: z
      .number()
      .min(0)
      .optional()
      .describe("Months until alternatives reach `substitutability` (linear ramp from 0); absent means at once"),
    ranges: z
      .strictObject({ substitutability: Range.optional(), dependence: Range.optional() })
      .optional()
      .describe("Bounds on substitutability and dependence, from the source or a judgement (reasons in note)"),
  })
  .refine((e) => within(e.substitutability, e.ranges?.substitutability), {
    message: "substitutability must lie within ranges.substitutability",
    path: ["substitutability"],
  })
  .refine((e) => within(e.dependence ?? 1, e.ranges?.dependence), {
    message: "dependence must lie within ranges.dependence",
    path: ["dependence"],
  });

export const LocatedInEdge = z
  .strictObject({ kind: z.literal("located_in"), ...ends })
  .describe("A company's jurisdiction; a company with several is split between them equally (it loses the mean of their availability)");
export const OperatesEdge = z
  .strictObject({ kind: z.literal("operates"), ...ends })
  .describe("An operator's control of a constellation; with several operators every one is required (the constellation falls with either)");

export const EDGE_SCHEMAS = {
  supplies: SuppliesEdge,
  input: InputEdge,
  located_in: LocatedInEdge,
  operates: OperatesEdge,
} as const satisfies Record<EdgeKind, z.ZodType>;

export const Edge = z.discriminatedUnion("kind", [SuppliesEdge, InputEdge, LocatedInEdge, OperatesEdge]);
export type Edge = z.infer<typeof Edge>;
export type SuppliesEdge = z.infer<typeof SuppliesEdge>;
export type InputEdge = z.infer<typeof InputEdge>;

/** Which node kinds an edge of each kind may join: from-kinds and to-kinds. */
export const EDGE_ENDS: Record<EdgeKind, { from: readonly NodeKind[]; to: readonly NodeKind[] }> = {
  supplies: { from: ["country", "company", "constellation"], to: ["material", "component", "service"] },
  input: {
    from: ["material", "component", "service"],
    to: ["material", "component", "service", "sector", "constellation"],
  },
  located_in: { from: ["company"], to: ["country"] },
  operates: { from: ["country"], to: ["constellation"] },
};
