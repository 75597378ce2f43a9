// `chokepoint add node|edge`: one new entry (or several from stdin), validated against the whole
// dataset, inserted at the end of its file's array without touching the rest, written atomically.
import { freshDataFile, refusal } from "../../io/add-plan.ts";
import { insertEntry } from "../../io/index.ts";
import { formatUnifiedDiff } from "../../report/diff.ts";
import { EDGE_KINDS } from "../../schema/edges.ts";
import { NODE_KINDS } from "../../schema/nodes.ts";
import { ADD_OPTIONS, defaultFile, entriesFromJson, entryFromFlags, type Entry } from "../add-entry.ts";
import { flagOption, stringOption } from "../args.ts";
import type { Command } from "../command.ts";
import { readIfExists, samePath, schemaRefFor, validateChanges, writeChanges, type FileChange } from "../data-files.ts";
import { UsageError } from "../io.ts";

export const addCommand: Command = {
  name: "add",
  summary: "add a node or an edge to the data files, validated first, written atomically",
  usage: "chokepoint add node|edge [--kind K --id ID ... | < entry.json] [--file data/x.json] [--dry-run]",
  details:
    "The entry comes from the flags, or as JSON on stdin (one object, or an array of them). It is checked\n" +
    "with the whole dataset (data/ and --data) before any file is touched: a duplicate id or edge, an\n" +
    "edge end that does not exist, or any schema mistake exits 1 and writes nothing.\n" +
    "It goes at the end of the 'nodes' or 'edges' array of --file, or by default of the file holding its\n" +
    "related node (an edge: the file of its 'to' node; a node: the file with most nodes of its kind,\n" +
    "or of its material). Only the new lines change, in the file's own style; --dry-run prints the diff.\n\n" +
    "Examples:\n" +
    "  chokepoint add node --kind material --id tantalum-mined --label 'Tantalum (mined)' --material tantalum --stage mining\n" +
    "  chokepoint add edge --kind supplies --from CD --to tantalum-mined --share 0.41 --year 2024 --source 'USGS MCS 2025'\n" +
    "  echo '{\"kind\":\"company\",\"id\":\"umicore\",\"label\":\"Umicore\"}' | chokepoint add node --file data/companies.json --dry-run",
  takesArguments: true,
  options: {
    ...ADD_OPTIONS,
    file: { type: "string", arg: "PATH", description: "the data file to add to (created when missing)" },
    "dry-run": { type: "boolean", description: "validate and print the diff; write nothing" },
  },
  async run(context) {
    const { values, positionals, io } = context;
    const what = positionals[0];
    if ((what !== "node" && what !== "edge") || positionals.length > 1) {
      throw new UsageError("say what to add: 'chokepoint add node ...' or 'chokepoint add edge ...' (see --help)");
    }
    const fromFlags = entryFromFlags(what, values);
    let entries: Entry[];
    if (fromFlags) entries = [fromFlags];
    else if (io.stdinIsTTY || !io.readStdin) {
      throw new UsageError(`give the ${what} as flags (--kind ...) or pipe JSON into stdin; see 'chokepoint add --help'`);
    } else entries = entriesFromJson(await io.readStdin());
    const kinds: readonly string[] = what === "node" ? NODE_KINDS : EDGE_KINDS;
    for (const entry of entries) {
      if (typeof entry["kind"] !== "string" || !kinds.includes(entry["kind"])) {
        throw new UsageError(`a ${what} needs a kind, one of ${kinds.join(", ")}; got ${JSON.stringify(entry["kind"] ?? null)}`);
      }
    }
    const loaded = await context.load();
    if (!loaded) return 1;
    const file = stringOption(values, "file");
    const changes: FileChange[] = [];
    const added = new Set<string>();
    const pairs = new Set<string>();
    const messages: string[] = [];
    for (const entry of entries) {
      const refused = refusal(what, entry, loaded, added, pairs);
      if (refused) {
        io.err(`chokepoint: refusing to add: ${refused}\n`);
        return 1;
      }
      const target = file ?? defaultFile(what, entry, loaded.dataset, loaded.sources);
      if (target === undefined) {
        throw new UsageError(`no loaded file holds a related node yet; say where with --file, e.g. --file data/${String(entry["kind"])}.json`);
      }
      let change = changes.find((c) => samePath(c.path, target));
      if (!change) {
        const before = loaded.sources.find((s) => samePath(s.path, target))?.text ?? (await readIfExists(target));
        const ref = schemaRefFor(target);
        const fresh = freshDataFile(ref);
        change = { path: target, before, after: before ?? fresh };
        changes.push(change);
      }
      let result;
      try {
        result = insertEntry(change.after, what === "node" ? "nodes" : "edges", entry);
      } catch (error) {
        io.err(`chokepoint: cannot add to ${target}: ${(error as Error).message}; it is not a valid data file. Nothing was written.\n`);
        return 1;
      }
      change.after = result.text;
      if (what === "node") added.add(String(entry["id"]));
      else pairs.add(`${String(entry["from"])}->${String(entry["to"])}`);
      const name = what === "node" ? `node '${String(entry["id"])}'` : `edge ${String(entry["from"])} -> ${String(entry["to"])}`;
      messages.push(`${name} to ${target} (line ${result.lines[0]}${result.lines[1] > result.lines[0] ? `-${result.lines[1]}` : ""})`);
    }
    const read = await context.readSources();
    const issues = [...read.issues, ...validateChanges(read.files, changes)];
    if (issues.length > 0) {
      context.reportIssues(issues);
      io.err("chokepoint: nothing was written\n");
      return 1;
    }
    if (flagOption(values, "dry-run")) {
      io.out(changes.map((c) => formatUnifiedDiff(c.path, c.before, c.after)).join(""));
      context.info(`dry run: would add ${messages.join("; ")}; nothing written`);
      return 0;
    }
    const failed = await writeChanges(changes);
    if (failed) {
      io.err(`chokepoint: ${failed}\n`);
      return 1;
    }
    context.info(`added ${messages.join("; ")}`);
    return 0;
  },
};
