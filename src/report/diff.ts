// A unified diff of one file's change, for `add --dry-run` and `import --dry-run`. The changes
// these commands make are one contiguous region (an insertion), so one hunk found from the common
// head and tail of the two texts is exact.

export function formatUnifiedDiff(path: string, before: string | undefined, after: string, context = 3): string {
  const a = before === undefined ? [] : splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (head === a.length && head === b.length) return "";
  const start = Math.max(0, head - context);
  const endA = Math.min(a.length, a.length - tail + context);
  const endB = Math.min(b.length, b.length - tail + context);
  const lines = [
    `--- ${before === undefined ? "/dev/null" : `a/${path}`}`,
    `+++ b/${path}`,
    `@@ -${range(start, endA - start)} +${range(start, endB - start)} @@`,
    ...a.slice(start, head).map((l) => ` ${l}`),
    ...a.slice(head, a.length - tail).map((l) => `-${l}`),
    ...b.slice(head, b.length - tail).map((l) => `+${l}`),
    ...b.slice(b.length - tail, endB).map((l) => ` ${l}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** Lines without their terminators; a final newline does not make an empty last line. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

const range = (start: number, count: number) => (count === 0 ? `${start},0` : count === 1 ? `${start + 1}` : `${start + 1},${count}`);
