// Help text for `chokepoint --help` and `chokepoint <command> --help`.
import type { Command, OptionSpec } from "./command.ts";

export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  data: { type: "string", multiple: true, arg: "PATH", description: "extra data file or folder, loaded on top of data/ (repeatable)" },
  "no-bundled": { type: "boolean", description: "leave out the bundled data/ folder (use only --data)" },
  quiet: { type: "boolean", short: "q", description: "no notes on stderr (errors are still printed)" },
  "no-color": { type: "boolean", description: "no colour, also when NO_COLOR is set" },
  help: { type: "boolean", short: "h", description: "show help" },
};

function describeOptions(options: Record<string, OptionSpec>): string {
  return Object.entries(options)
    .map(([name, o]) => {
      const flag = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.arg ?? "VALUE"}` : ""}`;
      return `  ${flag.padEnd(26)} ${o.description}`;
    })
    .join("\n");
}

export function commandHelp(command: Command): string {
  const own = Object.keys(command.options).length > 0 ? `Options:\n${describeOptions(command.options)}\n\n` : "";
  const details = command.details ? `${command.details.trimEnd()}\n\n` : "";
  return `chokepoint ${command.name}: ${command.summary}\n\nUsage: ${command.usage}\n\n${own}${details}Global options:\n${describeOptions(GLOBAL_OPTIONS)}\n`;
}

export function mainHelp(commands: Command[]): string {
  return (
    "chokepoint: strategic-dependency graph analyzer\n\n" +
    "Usage: chokepoint <command> [options]\n\nCommands:\n" +
    commands.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join("\n") +
    `\n\nGlobal options:\n${describeOptions(GLOBAL_OPTIONS)}\n\n` +
    "Exit codes: 0 ok, 1 data or validation error (or a breach with --fail-on breach), 2 usage error.\n" +
    "Run 'chokepoint <command> --help' for a command's options.\n"
  );
}
