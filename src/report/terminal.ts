// Text from data files (labels, notes, sources, even keys) is untrusted: on a terminal, a control
// character or an escape sequence in a label could recolour the screen, move the cursor or rewrite
// what the user sees, and a bidi override could reorder a line. Everything from data that is
// printed for people passes here. JSON output does not: it is exact JSON (and JSON.stringify
// already escapes C0 controls).

/** C0 and C1 controls (tab and line breaks included: one cell, one line), DEL, bidi controls. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `a\u001b[31mb` -> `a\u{1b}[31mb` as visible text: the character is shown, never acted on. */
export const terminalText = (text: string): string =>
  text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
