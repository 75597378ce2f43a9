// What a command may touch: its output streams. Tests pass buffers; the binary passes process streams.
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Thrown for a mistake in how the command was typed: exit code 2, with a hint. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, data: 1, usage: 2 } as const;
