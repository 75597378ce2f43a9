// A strict JSON scanner that records where every value starts, so that a schema problem at
// `$.edges[3].share` can be reported with its line. It builds no values: JSON.parse does that
// (and handles keys like `__proto__` safely as plain own properties).

export interface TextPosition {
  line: number;
  column: number;
}

export type ScanResult =
  | { ok: true; positions: Map<string, TextPosition> }
  | { ok: false; message: string; position: TextPosition };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Formats a JSON path the way messages show it: `$.nodes[3].share`, `$["odd key"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function scanJson(text: string): ScanResult {
  const offsets = new Map<string, number>();
  let i = 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, i);
  };
  const describe = () => (i >= text.length ? "end of file" : `'${text[i]}'`);
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const expect = (ch: string, what: string) => {
    skipSpace();
    if (text[i] !== ch) fail(`expected ${what} but found ${describe()}`);
    i++;
  };

  const scanString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c === 92) {
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

  const scanValue = (path: string): void => {
    skipSpace();
    offsets.set(path, i);
    const c = text[i];
    if (c === "{") {
      i++;
      skipSpace();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a double-quoted property name but found ${describe()}`);
        const key = scanString();
        expect(":", "':' after a property name");
        scanValue(childPath(path, key));
        skipSpace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`expected ',' or '}' after a property value but found ${describe()}`);
      }
    }
    if (c === "[") {
      i++;
      skipSpace();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        scanValue(childPath(path, index));
        skipSpace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`expected ',' or ']' after an array element but found ${describe()}`);
      }
    }
    if (c === '"') {
      scanString();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail(`expected a value but found ${describe()}`);
    i += literal![0].length;
  };

  try {
    scanValue("$");
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, message: error.message, position: positionAt(text, error.offset) };
    }
    throw error;
  }

  // Convert offsets to positions in one pass over the text.
  const sorted = [...offsets.entries()].sort((a, b) => a[1] - b[1]);
  const positions = new Map<string, TextPosition>();
  let line = 1;
  let lineStart = 0;
  let cursor = 0;
  for (const [path, offset] of sorted) {
    for (; cursor < offset; cursor++) {
      if (text.charCodeAt(cursor) === 10) {
        line++;
        lineStart = cursor + 1;
      }
    }
    positions.set(path, { line, column: offset - lineStart + 1 });
  }
  return { ok: true, positions };
}
