export * from "./common.ts";
export * from "./dataset.ts";
export * from "./edges.ts";
export * from "./nodes.ts";
export { ISO_3166_ALPHA2 } from "./iso-3166.ts";
export * from "./settings.ts";
export * from "./layers.ts";
