// The `chokepoint` command: parse arguments, load data, run one command, exit 0 / 1 (data) / 2 (usage).
import { parseArgs } from "node:util";
import { formatIssue, loadDataset, type LoadIssue } from "../load/index.ts";
import { buildGraph } from "../model/graph.ts";
import { terminalText } from "../report/terminal.ts";
import { readDataFiles } from "../node/read-data.ts";
import { closest, stringsOption } from "./args.ts";
import type { Command, CommandContext, GlobalFlags, Loaded } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";
import { commandHelp, GLOBAL_OPTIONS, mainHelp } from "./help.ts";
import { EXIT, processIO, UsageError, type CliIO } from "./io.ts";
import { makeStyle } from "./style.ts";

function parseCommandArgs(command: Command, args: string[]) {
  const options = { ...command.options, ...GLOBAL_OPTIONS };
  // `--top -1`: node's parser takes `-1` for an option ("argument is ambiguous"); joined as
  // `--top=-1` the value reaches the option's own check, which says what is wrong with it.
  const joined: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const name = args[k]!.startsWith("--") ? args[k]!.slice(2) : undefined;
    const next = args[k + 1];
    if (name !== undefined && options[name]?.type === "string" && next !== undefined && /^-[\d.]/.test(next)) {
      joined.push(`--${name}=${next}`);
      k++;
    } else joined.push(args[k]!);
  }
  try {
    return parseArgs({ args: joined, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, "")}. Try 'chokepoint ${command.name} --help'.`);
  }
}

function makeContext(command: Command, args: string[], io: CliIO): CommandContext {
  const { values, positionals } = parseCommandArgs(command, args);
  if (!command.takesArguments && positionals.length > 0) {
    throw new UsageError(`'chokepoint ${command.name}' takes no argument '${positionals[0]}'. Try 'chokepoint ${command.name} --help'.`);
  }
  const env = io.env ?? {};
  const flags: GlobalFlags = {
    data: stringsOption(values, "data"),
    bundled: values["no-bundled"] !== true,
    quiet: values["quiet"] === true,
    color: values["no-color"] !== true && !env["NO_COLOR"] && io.stdoutIsTTY === true,
  };
  const style = makeStyle(values["no-color"] !== true && !env["NO_COLOR"] && io.stderrIsTTY === true);
  const reportIssues = (issues: LoadIssue[]) => {
    io.err(`${style.red("chokepoint:")} ${issues.length} problem(s) in the data:\n`);
    for (const issue of issues) io.err(`${terminalText(formatIssue(issue))}\n`);
  };
  // A --data path that does not exist, or a folder with no data file in it, is a mistyped
  // argument (exit 2), not bad data.
  const readSources = async () => {
    const read = await readDataFiles({ extra: flags.data, bundled: flags.bundled });
    const [missing] = read.missing;
    if (missing !== undefined) throw new UsageError(`--data ${missing}: no such file or folder`);
    const [empty] = read.empty;
    if (empty !== undefined) throw new UsageError(`--data ${empty}: the folder has no .json data file`);
    return read;
  };
  let loaded: Promise<Loaded | undefined> | undefined;
  const load = () =>
    (loaded ??= readSources().then(({ files, issues }) => {
      const result = loadDataset(files);
      const all = [...issues, ...(result.ok ? [] : result.issues)];
      if (!result.ok || all.length > 0) {
        reportIssues(all);
        return undefined;
      }
      // Commands read the dataset and the graph and never edit either in place: one set of objects.
      return { dataset: result.dataset, graph: buildGraph(result.dataset, { shareAttributes: true }), sources: files };
    }));
  return {
    values,
    positionals,
    io,
    flags,
    readSources,
    load,
    loadGraph: async () => (await load())?.graph,
    reportIssues,
    info: (text) => (flags.quiet ? undefined : io.err(text.endsWith("\n") ? text : `${text}\n`)),
  };
}

export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    if (name === "help" && rest[0] !== undefined) return runCli([rest[0], "--help"], io);
    (name === undefined ? io.err : io.out)(mainHelp(COMMANDS));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) {
      const near = closest(name, COMMANDS.map((c) => c.name), 1);
      const hint = near.length > 0 ? `did you mean 'chokepoint ${near[0]}'? ` : "";
      throw new UsageError(`unknown command '${name}'. ${hint}Commands: ${COMMANDS.map((c) => c.name).join(", ")}; 'chokepoint --help' lists them.`);
    }
    const context = makeContext(command, rest, io);
    if (context.values["help"]) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(context);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`chokepoint: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

// Run when executed directly (tsx src/cli/main.ts, or bin.js), not when imported by tests.
const entry = process.argv[1] ?? "";
if (entry.endsWith("main.ts") || entry.endsWith("bin.js") || entry.endsWith("chokepoint")) {
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`chokepoint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
