// What a command may touch: its streams and the terminal facts it adapts to. Tests pass buffers;
// the binary passes the process's own streams.
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The whole of standard input (for `add` with a JSON snippet). */
  readStdin?: () => Promise<string>;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readStdin: readAll,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
};

/** Thrown for a mistake in how the command was typed: exit code 2, with a hint. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, data: 1, usage: 2 } as const;
