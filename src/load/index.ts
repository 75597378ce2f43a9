export { DataError, formatIssue, type LoadIssue } from "./issues.ts";
export { isDataFileName, loadDataset, type LoadResult } from "./load-dataset.ts";
export type { SourceFile } from "./validate-file.ts";
export { isEpisodeFileName, loadEpisodes } from "./episodes.ts";
export { decodeDataFile } from "./decode.ts";
export { datasetIndexOf, type DatasetIndex } from "./merge.ts";
