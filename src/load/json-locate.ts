// A strict JSON scanner that finds where values start and which keys repeat in one object. It
// builds no values: JSON.parse does that (and handles keys like `__proto__` safely as plain own
// properties). It keeps its own stack instead of recursing, so no nesting depth can overflow the
// call stack, and it makes strings only for the paths a message asked for and for object keys
// when looking for duplicates: one pass over a 1,000,000-node file, whatever it is asked.

export interface TextPosition {
  line: number;
  column: number;
}

/** A key that appears twice in one object: JSON.parse keeps the last one and drops the first. */
export interface DuplicateKey {
  /** Path of the object's value for the key, e.g. `$.edges`. */
  path: string;
  key: string;
  first: number;
  second: number;
}

export type ScanResult =
  | { ok: true; offsets: Map<string, number>; duplicates: DuplicateKey[] }
  | { ok: false; message: string; offset: number };

export interface ScanOptions {
  /** JSON paths whose start offsets are wanted (as childPath formats them). */
  paths?: Iterable<string>;
  /** Report every key that repeats within one object. */
  duplicates?: boolean;
}

/** Formats a JSON path the way messages show it: `$.nodes[3].share`, `$["odd key"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** The segments of a path made by childPath: `$.a[3]["b c"]` -> ["a", 3, "b c"]; undefined if malformed. */
export function parsePath(path: string): (string | number)[] | undefined {
  if (!path.startsWith("$")) return undefined;
  const out: (string | number)[] = [];
  let i = 1;
  while (i < path.length) {
    if (path[i] === ".") {
      const m = /^[A-Za-z_$][\w$]*/.exec(path.slice(i + 1));
      if (!m) return undefined;
      out.push(m[0]);
      i += 1 + m[0].length;
    } else if (path[i] === "[" && path[i + 1] === '"') {
      let end = i + 2;
      while (end < path.length && path[end] !== '"') end += path[end] === "\\" ? 2 : 1;
      out.push(JSON.parse(path.slice(i + 1, end + 1)) as string);
      i = end + 2;
    } else if (path[i] === "[") {
      const m = /^\d+/.exec(path.slice(i + 1));
      if (!m) return undefined;
      out.push(Number(m[0]));
      i += m[0].length + 2;
    } else return undefined;
  }
  return out;
}

/** The wanted paths as a tree of segments, so the scan compares only where a wanted path goes. */
interface Want {
  path: string;
  children: Map<string | number, Want> | undefined;
}

function wantTree(paths: Iterable<string>): Want {
  const root: Want = { path: "$", children: undefined };
  for (const path of paths) {
    let node = root;
    let at = "$";
    for (const segment of parsePath(path) ?? []) {
      at = childPath(at, segment);
      node.children ??= new Map();
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { path: at, children: undefined }));
      node = child;
    }
  }
  return root;
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** One open object or array on the scanner's stack. */
interface Frame {
  isArray: boolean;
  count: number;
  want: Want | undefined;
  /** Path of this container, made only when duplicates are wanted. */
  path: string;
  keys: Map<string, number> | undefined;
}

export function scanJson(text: string, options: ScanOptions = {}): ScanResult {
  const findDuplicates = options.duplicates === true;
  const offsets = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let i = 0;
  let want: Want | undefined = options.paths ? wantTree(options.paths) : undefined;
  /** Path of the value being scanned; kept only when duplicates are wanted (their messages name it). */
  let path = "$";
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, i);
  };
  const describe = () => (i >= text.length ? "end of file" : `'${text[i]}'`);
  const skipSpace = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  /** Scans a string at i; returns its value only when `decode` (keys that are compared). */
  const scanString = (decode: boolean): string | undefined => {
    const start = i++;
    let escaped = false;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        if (!decode) return undefined;
        return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
      }
      if (c === 92) {
        escaped = true;
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("invalid \\u escape in string");
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail("invalid escape in string");
      } else if (c < 32) fail("control character or line break inside a string");
      else i++;
    }
    return fail("unterminated string");
  };
  /** Reads `"key":` in the object on top of the stack and moves `want` and `path` to its value. */
  const enterKey = (frame: Frame) => {
    skipSpace();
    if (text.charCodeAt(i) !== 34) fail(`expected a double-quoted property name but found ${describe()}`);
    const at = i;
    const key = scanString(findDuplicates || frame.want?.children !== undefined);
    skipSpace();
    if (text[i] !== ":") fail(`expected ':' after a property name but found ${describe()}`);
    i++;
    want = key === undefined ? undefined : frame.want?.children?.get(key);
    if (!findDuplicates) return;
    path = childPath(frame.path, key!);
    const first = frame.keys!.get(key!);
    if (first === undefined) frame.keys!.set(key!, at);
    else duplicates.push({ path, key: key!, first, second: at });
  };
  const enterElement = (frame: Frame) => {
    want = frame.want?.children?.get(frame.count);
    if (findDuplicates) path = childPath(frame.path, frame.count);
  };


  try {
    for (;;) {
      // A value starts here.
      skipSpace();
      if (want) offsets.set(want.path, i);
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) {
        const frame: Frame = { isArray: c === 91, count: 0, want, path, keys: findDuplicates && c === 123 ? new Map() : undefined };
        i++;
        skipSpace();
        if (text.charCodeAt(i) !== c + 2) {
          stack.push(frame);
          if (frame.isArray) enterElement(frame);
          else enterKey(frame);
          continue;
        }
        i++;
      } else if (c === 34) scanString(false);
      else {
        LITERAL.lastIndex = i;
        if (!LITERAL.test(text)) fail(`expected a value but found ${describe()}`);
        i = LITERAL.lastIndex;
      }
      // A value ended: close containers until one continues with another element.
      for (;;) {
        const frame = stack[stack.length - 1];
        skipSpace();
        if (!frame) {
          if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
          return { ok: true, offsets, duplicates };
        }
        const ch = text[i];
        if (ch === ",") {
          i++;
          frame.count++;
          if (frame.isArray) enterElement(frame);
          else enterKey(frame);
          break;
        }
        if (ch === (frame.isArray ? "]" : "}")) {
          i++;
          stack.pop();
          continue;
        }
        fail(
          frame.isArray
            ? `expected ',' or ']' after an array element but found ${describe()}`
            : `expected ',' or '}' after a property value but found ${describe()}`,
        );
      }
    }
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}

/** Line and column (1-based, column in UTF-16 units) of each offset, in one pass over the text. */
export function positionsOf(text: string, offsets: Iterable<number>): Map<number, TextPosition> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, TextPosition>();
  let line = 1;
  let lineStart = 0;
  for (const offset of sorted) {
    for (let nl = text.indexOf("\n", lineStart); nl !== -1 && nl < offset; nl = text.indexOf("\n", lineStart)) {
      line++;
      lineStart = nl + 1;
    }
    out.set(offset, { line, column: offset - lineStart + 1 });
  }
  return out;
}

export const positionAt = (text: string, offset: number): TextPosition => positionsOf(text, [offset]).get(offset)!;

/**
 * Whether some object in `text` repeats a key, given `value` = JSON.parse(text). JSON.parse keeps
 * the last of equal keys, so the parsed value has fewer own keys than the text has property names
 * exactly when a key repeats. Both counts are cheap (the text's with native indexOf jumps from
 * quote to quote), which keeps this check, run on every valid file, off the loader's time.
 */
export function hasDuplicateKeys(text: string, value: unknown): boolean {
  return countTextKeys(text) !== countOwnKeys(value);
}

/** Property names in valid JSON text: strings followed by ':'. */
function countTextKeys(text: string): number {
  let count = 0;
  for (let open = text.indexOf('"'); open !== -1; ) {
    let close = text.indexOf('"', open + 1);
    while (isEscaped(text, close)) close = text.indexOf('"', close + 1);
    let j = close + 1;
    for (let c = text.charCodeAt(j); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++j));
    if (text.charCodeAt(j) === 58) count++;
    open = text.indexOf('"', j);
  }
  return count;
}

/** A quote preceded by an odd number of backslashes is part of the string. */
function isEscaped(text: string, quote: number): boolean {
  let n = 0;
  while (text.charCodeAt(quote - 1 - n) === 92) n++;
  return n % 2 === 1;
}

/** Own keys of every object in a parsed JSON value, walked with a stack (no recursion). */
function countOwnKeys(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      for (let k = 0; k < v.length; k++) if (typeof v[k] === "object") stack.push(v[k]);
      continue;
    }
    // for-in rather than Object.keys: no array per object (six million of them at a million nodes).
    // A parsed value's prototype is Object.prototype, which has no enumerable keys.
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      count++;
      const child = (v as Record<string, unknown>)[key];
      if (typeof child === "object") stack.push(child);
    }
  }
  return count;
}
