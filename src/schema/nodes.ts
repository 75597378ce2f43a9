// One zod schema per node kind (DOMAIN.md "Graph model"), and the union the data files use.
import { z } from "zod";
import { CountryId, Figure, FigureMeta, KebabId, Range } from "./common.ts";
import { ISO_3166_ALPHA2 } from "./iso-3166.ts";

export const NODE_KINDS = ["country", "company", "material", "component", "constellation", "service", "sector"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

const base = {
  label: z.string().min(1).describe("Display name; untrusted text, never rendered as HTML"),
  aliases: z.array(z.string().min(1)).optional().describe("Other names the search box should find"),
  description: z.string().optional(),
  figures: z.array(Figure).optional(),
  ...FigureMeta,
};

/**
 * Inventory or strategic stockpile of a material, component or service: months of its normal
 * throughput that cover a shortfall until they run out (issue 13). Carries its own source.
 */
export const Stock = z
  .strictObject({
    months: z.number().min(0).describe("Months of normal throughput held"),
    range: Range.optional().describe("Bounds on months (source or judgement, reasons in note)"),
    holder: z.string().min(1).optional().describe("Who holds it: industry inventories, JOGMEC, the EU stockpiling pilot, ..."),
    ...FigureMeta,
  })
  .refine((s) => s.range === undefined || (s.range.low <= s.months && s.months <= s.range.high), {
    message: "months must lie within range",
    path: ["months"],
  });

export const Governance = z.strictObject({
  wgi: z
    .number()
    .min(-2.5)
    .max(2.5)
    .describe("World Bank WGI estimate, -2.5 (worst) .. +2.5 (best); the mean of the six indicators unless noted"),
  ...FigureMeta,
});

export const CountryNode = z.strictObject({
  kind: z.literal("country"),
  id: CountryId.refine((id) => ISO_3166_ALPHA2.has(id), "is not an assigned ISO 3166-1 alpha-2 code"),
  blocs: z.array(z.string().regex(/^[A-Z0-9-]+$/, "bloc names are upper case, e.g. EU, G7, OPEC")).default([]),
  governance: Governance.optional(),
  partner: z.boolean().optional().describe("Declared a taskforce partner by the dataset, on top of the default set"),
  ...base,
});

export const CompanyNode = z.strictObject({ kind: z.literal("company"), id: KebabId, ...base });

export const MATERIAL_STAGES = ["mining", "refining", "processing", "recycling"] as const;

export const MaterialNode = z.strictObject({
  kind: z.literal("material"),
  id: KebabId,
  material: KebabId.optional().describe("The material across stages, e.g. cobalt for cobalt-mined and cobalt-refined"),
  stage: z.enum(MATERIAL_STAGES).optional(),
  strategic: z.boolean().optional().describe("On the EU CRMA strategic raw materials list"),
  critical: z.boolean().optional().describe("On the EU critical raw materials list"),
  eolRir: z.number().min(0).max(1).optional().describe("End-of-life recycling input rate, 0..1 (EU method)"),
  substitutionIndex: z.number().min(0).max(1).optional().describe("EU substitution index for supply risk, 0..1"),
  stock: Stock.optional(),
  ...base,
});

export const ComponentNode = z.strictObject({ kind: z.literal("component"), id: KebabId, stock: Stock.optional(), ...base });
export const ConstellationNode = z.strictObject({ kind: z.literal("constellation"), id: KebabId, ...base });
export const ServiceNode = z.strictObject({ kind: z.literal("service"), id: KebabId, stock: Stock.optional(), ...base });
export const SectorNode = z.strictObject({ kind: z.literal("sector"), id: KebabId, ...base });

export const NODE_SCHEMAS = {
  country: CountryNode,
  company: CompanyNode,
  material: MaterialNode,
  component: ComponentNode,
  constellation: ConstellationNode,
  service: ServiceNode,
  sector: SectorNode,
} as const satisfies Record<NodeKind, z.ZodType>;

export const Node = z.discriminatedUnion("kind", [
  CountryNode,
  CompanyNode,
  MaterialNode,
  ComponentNode,
  ConstellationNode,
  ServiceNode,
  SectorNode,
]);

export type Node = z.infer<typeof Node>;
export type CountryNode = z.infer<typeof CountryNode>;
export type MaterialNode = z.infer<typeof MaterialNode>;
export type Stock = z.infer<typeof Stock>;
