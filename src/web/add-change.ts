// One entry added in the view, decided as `chokepoint add` decides it (src/io/add-plan.ts): refused
// when it duplicates or points nowhere, inserted at the end of the file its related nodes are in
// (insertEntry, in that file's own style), and the whole dataset validated with the changed file in
// place. A valid change opens a new session with it; the changed file is what the CLI would write.
import { defaultFileOf, freshDataFile, refusal, type Entry } from "../io/add-plan.ts";
import { insertEntry } from "../io/json-insert.ts";
import { formatIssue } from "../load/issues.ts";
import { loadDataset } from "../load/load-dataset.ts";
import type { SourceFile } from "../load/validate-file.ts";
import { openSession, type Session } from "./session.ts";

/** Where an entry goes when no loaded file holds a related node (the CLI asks for --file then). */
export const NEW_FILE = "added.json";

export interface AddedChange {
  path: string;
  text: string;
  /** First and last line of the inserted entry in `text`. */
  lines: [number, number];
  /** `node 'x' to data/companies.json (line 45-47)`, as `chokepoint add` reports it. */
  message: string;
}

export type AddResult = { ok: true; session: Session; change: AddedChange; id: string } | { ok: false; problems: string[] };

export function addToSession(session: Session, what: "node" | "edge", entry: Entry): AddResult {
  const loaded = loadDataset(session.files);
  if (!loaded.ok) return { ok: false, problems: loaded.issues.map(formatIssue) };
  const refused = refusal(what, entry, { graph: session.graph, dataset: loaded.dataset });
  if (refused) return { ok: false, problems: [`refusing to add: ${refused}`] };
  const target = defaultFileOf(what, entry, loaded.dataset) ?? NEW_FILE;
  const existing = session.files.find((f) => f.path === target);
  let inserted;
  try {
    inserted = insertEntry(existing?.text ?? freshDataFile(), what === "node" ? "nodes" : "edges", entry);
  } catch (error) {
    return { ok: false, problems: [`cannot add to ${target}: ${(error as Error).message}; it is not a valid data file`] };
  }
  const changed: SourceFile = { path: target, text: inserted.text };
  const isUser = !existing || session.userFiles.includes(existing);
  const bundled = session.files.filter((f) => !session.userFiles.includes(f)).map((f) => (f === existing ? changed : f));
  const user = existing ? session.userFiles.map((f) => (f === existing ? changed : f)) : [...session.userFiles, changed];
  const opened = openSession(bundled, isUser ? user : session.userFiles);
  if (!opened.ok) return { ok: false, problems: opened.issues.map(formatIssue) };
  const [first, last] = inserted.lines;
  const name = what === "node" ? `node '${String(entry["id"])}'` : `edge ${String(entry["from"])} -> ${String(entry["to"])}`;
  return {
    ok: true,
    session: opened.session,
    id: String(what === "node" ? entry["id"] : entry["to"]),
    change: { path: target, text: inserted.text, lines: [first, last], message: `${name} to ${target} (line ${first}${last > first ? `-${last}` : ""})` },
  };
}
