// A problem found while loading data: where it is (file, JSON path, line) and what is wrong.
export interface LoadIssue {
  file: string;
  /** JSON path inside the file, `$` for the file as a whole. */
  path: string;
  message: string;
  line?: number;
  column?: number;
  /** What kind of problem, for code that acts on it (the view's "full export" check); messages stay for people. */
  code?: LoadIssueCode;
}

/** The problems other code tells apart. Most issues have no code: their message is all there is. */
export type LoadIssueCode = "duplicate-id" | "duplicate-edge";

/** `data/x.json:12:5 $.edges[3].share: a share must be between 0 and 1` */
export function formatIssue(issue: LoadIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  return `${where} ${issue.path}: ${issue.message}`;
}

export class DataError extends Error {
  constructor(readonly issues: LoadIssue[]) {
    super(`chokepoint: ${issues.length} problem(s) in the data:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "DataError";
  }
}
