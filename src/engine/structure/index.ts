// Graph structure: the compact typed-array view, strongly connected components, PageRank,
// betweenness, centrality, sector reach and dominators. Imports nothing from metrics/ or propagation/.
export * from "./betweenness.ts";
export * from "./betweenness-batch.ts";
export * from "./betweenness-reduce.ts";
export * from "./centrality-reference.ts";
export * from "./centrality.ts";
export * from "./compact.ts";
export * from "./condensation.ts";
export * from "./dominators.ts";
export * from "./pagerank.ts";
export * from "./reach.ts";
export * from "./betweenness-sampled.ts";
export * from "./compact-arcs.ts";
export * from "./vertex-diameter.ts";
export * from "./percolation.ts";
export * from "./compact-data.ts";
