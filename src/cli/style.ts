// ANSI colour for a terminal, or none (--no-color, NO_COLOR, or output that is not a terminal).
export interface Style {
  bold: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export function makeStyle(enabled: boolean): Style {
  if (!enabled) return { bold: (t) => t, red: (t) => t, yellow: (t) => t };
  return { bold: wrap(1, 22), red: wrap(31, 39), yellow: wrap(33, 39) };
}
