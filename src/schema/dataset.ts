// The shape of one data file, and of the merged dataset.
import { z } from "zod";
import { Edge } from "./edges.ts";
import { Node } from "./nodes.ts";

export const DataFile = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().optional().describe("What this file maps, for people reading it"),
  nodes: z.array(Node).default([]),
  edges: z.array(Edge).default([]),
});

export type DataFile = z.infer<typeof DataFile>;

/** The merged, validated dataset: every node and edge remembers the file it came from. */
export interface Dataset {
  nodes: Node[];
  edges: Edge[];
  origin: { nodes: Map<string, DataOrigin>; edges: DataOrigin[] };
}

export interface DataOrigin {
  file: string;
  /** JSON path inside the file, e.g. `$.nodes[3]`. */
  path: string;
}
