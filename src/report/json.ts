// Stable JSON for scripts: two-space indent, a final newline, Maps and Sets as plain objects and arrays.

export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : v instanceof Set ? [...v] : v), 2)}\n`;
}
