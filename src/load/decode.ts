// Bytes of a data file -> its text, the one rule for CLI and view: UTF-8, strictly. An invalid
// byte is an error naming its offset and line, never a silent U+FFFD. A byte-order mark is kept
// here and dropped by validateFile (withoutBom), where text from any source passes.
import type { LoadIssue } from "./issues.ts";
import type { SourceFile } from "./validate-file.ts";

export type Decoded = { ok: true; source: SourceFile } | { ok: false; issue: LoadIssue };

export function decodeDataFile(path: string, bytes: Uint8Array): Decoded {
  try {
    return { ok: true, source: { path, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) } };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let k = 0; k < offset; k++) if (bytes[k] === 10) line++;
    const hex = (bytes[offset] ?? 0).toString(16).padStart(2, "0");
    return { ok: false, issue: { file: path, path: "$", line, message: `not valid UTF-8: byte 0x${hex} at byte offset ${offset} (line ${line}); save the file as UTF-8` } };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}
