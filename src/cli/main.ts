// The `chokepoint` command: parse arguments, load data, run one command, exit 0 / 1 (data) / 2 (usage).
import { parseArgs } from "node:util";
import { formatIssue } from "../load/issues.ts";
import { loadData } from "../node/load-data.ts";
import type { Command, OptionSpec } from "./command.ts";
import { riskCommand } from "./commands/risk.ts";
import { EXIT, processIO, UsageError, type CliIO } from "./io.ts";

const COMMANDS: Command[] = [riskCommand];

const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  data: { type: "string", multiple: true, description: "extra data file or folder, loaded on top of data/ (repeatable)" },
  help: { type: "boolean", short: "h", description: "show help" },
};

function helpText(command?: Command): string {
  const describe = (options: Record<string, OptionSpec>) =>
    Object.entries(options)
      .map(([name, o]) => `  --${name}${o.type === "string" ? " VALUE" : ""}`.padEnd(22) + o.description)
      .join("\n");
  if (command) {
    return `${command.summary}\n\nUsage: ${command.usage}\n\nOptions:\n${describe({ ...command.options, ...GLOBAL_OPTIONS })}\n`;
  }
  return (
    "chokepoint: strategic-dependency graph analyzer\n\nUsage: chokepoint <command> [options]\n\nCommands:\n" +
    COMMANDS.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join("\n") +
    `\n\nGlobal options:\n${describe(GLOBAL_OPTIONS)}\n\nRun 'chokepoint <command> --help' for a command's options.\n`
  );
}

export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(helpText());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) {
      throw new UsageError(`unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.name).join(", ")}. Try 'chokepoint --help'.`);
    }
    const options = { ...command.options, ...GLOBAL_OPTIONS };
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${(error as Error).message}. Try 'chokepoint ${name} --help'.`);
    }
    if (parsed.values["help"]) {
      io.out(helpText(command));
      return EXIT.ok;
    }
    const extra = (parsed.values["data"] as string[] | undefined) ?? [];
    return await command.run({
      values: parsed.values,
      positionals: parsed.positionals,
      io,
      loadGraph: async () => {
        const loaded = await loadData({ extra });
        if (loaded.ok) return loaded.graph;
        io.err(`chokepoint: ${loaded.issues.length} problem(s) in the data:\n`);
        for (const issue of loaded.issues) io.err(`${formatIssue(issue)}\n`);
        return undefined;
      },
    });
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
