// Progress on stderr for long work: only on a terminal and without --quiet, redrawn in place.
import type { CommandContext } from "./command.ts";

export function makeProgress(context: CommandContext, label: string): { update: (done: number, total: number) => void; done: () => void } {
  const { io, flags } = context;
  if (!io.stderrIsTTY || flags.quiet) return { update: () => {}, done: () => {} };
  let last = 0;
  return {
    update: (done, total) => {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      io.err(`\r${label} ${done}/${total} (${Math.round((done / total) * 100)}%)`);
    },
    done: () => io.err("\r\u001b[2K"),
  };
}
