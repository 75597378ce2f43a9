// The shape of one data file, and of the merged dataset.
import { z } from "zod";
import { Edge } from "./edges.ts";
import { EuFactor, ImportReliance, SourcingEntry, SupplyEvent } from "./layers.ts";
import { Node } from "./nodes.ts";

export const DataFile = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().optional().describe("What this file maps, for people reading it"),
  nodes: z.array(Node).default([]),
  edges: z.array(Edge).default([]),
  sourcing: z.array(SourcingEntry).default([]).describe("Where an importer sources a node, by supplier country"),
  importReliance: z.array(ImportReliance).default([]).describe("How much of its use of a node an importer imports"),
  events: z.array(SupplyEvent).default([]).describe("Dated export controls and other supply events"),
  euFactors: z.array(EuFactor).default([]).describe("EU supply-risk method factors per material node: EoL-RIR and SI_SR"),
});

export type DataFile = z.infer<typeof DataFile>;
/** A data file as written: the lists it leaves out default to empty. */
export type DataFileInput = z.input<typeof DataFile>;

/** The merged, validated dataset: every node and edge remembers the file it came from. */
export interface Dataset extends DatasetLayers {
  nodes: Node[];
  edges: Edge[];
  origin: {
    nodes: Map<string, DataOrigin>;
    edges: DataOrigin[];
    sourcing: DataOrigin[];
    importReliance: DataOrigin[];
    events: DataOrigin[];
    euFactors: DataOrigin[];
  };
}

/** The lists beside nodes and edges, merged across files. */
export interface DatasetLayers {
  sourcing: SourcingEntry[];
  importReliance: ImportReliance[];
  events: SupplyEvent[];
  euFactors: EuFactor[];
}

/** The top-level lists of a data file other than nodes and edges; each entry has one schema. */
export const LAYER_LISTS = ["sourcing", "importReliance", "events", "euFactors"] as const satisfies readonly (keyof DatasetLayers)[];
export type LayerList = (typeof LAYER_LISTS)[number];

export interface DataOrigin {
  file: string;
  /** JSON path inside the file, e.g. `$.nodes[3]`. */
  path: string;
}
