// One zod schema per edge kind, and the table of which node kinds each kind may join (DOMAIN.md).
// Edges point the way supply flows: `from` supplies `to`, so `to` depends on `from`.
import { z } from "zod";
import { FigureMeta, NodeId, Share } from "./common.ts";
import type { NodeKind } from "./nodes.ts";

export const EDGE_KINDS = ["supplies", "input", "located_in", "operates"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

const ends = { from: NodeId, to: NodeId, ...FigureMeta };

export const SuppliesEdge = z.strictObject({
  kind: z.literal("supplies"),
  ...ends,
  share: Share.optional().describe(
    "Fraction of world (or market) supply of `to` from `from`, 0..1. Omit to split what listed shares leave equally.",
  ),
});

export const InputEdge = z.strictObject({
  kind: z.literal("input"),
  ...ends,
  substitutability: z
    .number()
    .min(0, "substitutability must be between 0 (none) and 1 (fully replaceable)")
    .max(1, "substitutability must be between 0 (none) and 1 (fully replaceable)")
    .default(0),
});

export const LocatedInEdge = z.strictObject({ kind: z.literal("located_in"), ...ends });
export const OperatesEdge = z.strictObject({ kind: z.literal("operates"), ...ends });

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
