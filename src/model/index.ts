export * from "./dependencies.ts";
export * from "./graph.ts";
export * from "./queries.ts";
export * from "./layers.ts";
