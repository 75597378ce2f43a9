// Builds data-file text for loader tests.
import type { SourceFile } from "../../src/load/index.ts";

export const file = (path: string, content: unknown): SourceFile => ({ path, text: `${JSON.stringify(content, null, 2)}\n` });

export const CN = { kind: "country", id: "CN", label: "China", blocs: [] };
export const CD = { kind: "country", id: "CD", label: "DR Congo" };
export const COBALT = { kind: "material", id: "cobalt-mined", label: "Cobalt (mined)", stage: "mining" };
export const source = { citation: "USGS Mineral Commodity Summaries 2025" };
