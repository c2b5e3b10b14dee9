/**
 * A client's JSON reader can be stricter than `JSON.parse`: Codex's (serde_json) refuses a lone surrogate
 * escape in a string it decodes, an integer that fits no 64-bit integer, and nesting deeper than 127 levels,
 * all of which `JSON.parse` takes. A format describes its client's reader as a JsonDialect; the exact path
 * asks `dialectViolation` of every parsed line, and the scanner (src/reading/json-scan.ts) leaves every line
 * that might break the dialect to the exact path, so that both paths reject the same lines.
 */
export interface JsonDialect {
  /** The reader, for messages: "Codex's JSON reader". */
  readonly reader: string;
  /** The deepest nesting of objects and arrays the reader takes (the line's own object is level 1). */
  readonly maxDepth?: number;
  /** Integer literals (no fraction, no exponent) must fit in a signed or an unsigned 64-bit integer. */
  readonly int64?: boolean;
  /** A `\uD800`–`\uDFFF` escape that is not half of a pair, in any string or key, makes the reader reject the line. */
  readonly loneSurrogates?: boolean;
}

/** The scanner's side of a dialect: what makes it leave a line to the exact path. */
export interface ScanDeferrals {
  readonly maxDepth?: number;
  /** Defer integers of more than 18 digits (some of them do not fit in 64 bits). */
  readonly longIntegers: boolean;
  /** Defer any `\uD800`–`\uDFFF` escape (paired or not). */
  readonly surrogateEscapes: boolean;
}

export function scanDeferrals(dialect: JsonDialect | undefined): ScanDeferrals | undefined {
  if (!dialect) return undefined;
  return {
    ...(dialect.maxDepth !== undefined && { maxDepth: dialect.maxDepth }),
    longIntegers: dialect.int64 === true,
    surrogateEscapes: dialect.loneSurrogates === true,
  };
}

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** Why the reader of `dialect` rejects a line that `JSON.parse` turned into `value`, for messages; undefined if it takes it. */
export function dialectViolation(text: string, value: object, dialect: JsonDialect): string | undefined {
  const reason = violation(text, value, dialect);
  return reason === undefined ? undefined : `${dialect.reader} rejects it: ${reason}`;
}

function violation(text: string, value: object, dialect: JsonDialect): string | undefined {
  if (dialect.maxDepth !== undefined && deeperThan(value, dialect.maxDepth)) return `nested deeper than ${dialect.maxDepth} levels`;
  if (dialect.int64) {
    const integer = outOfRangeInteger(text);
    if (integer !== undefined) return `the integer ${integer.length > 40 ? `${integer.slice(0, 40)}…` : integer} fits no 64-bit integer`;
  }
  const where = dialect.loneSurrogates ? loneSurrogateIn(value) : undefined;
  return where === undefined ? undefined : `a lone surrogate escape in ${where}`;
}

/** Whether objects and arrays nest deeper than `limit` levels (iterative: a line may nest 100 000 deep). */
function deeperThan(value: object, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Object.values(node as object)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The first integer literal of a valid JSON text that fits no 64-bit integer (one linear pass, strings skipped). */
function outOfRangeInteger(text: string): string | undefined {
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x2d || isDigit(code)) {
      let end = i + 1;
      while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
      const digitsEnd = end;
      // A fraction or an exponent makes it a float: consume the rest of the number.
      while (end < text.length && /[\d.eE+-]/.test(text[end]!)) end += 1;
      if (end === digitsEnd && digitsEnd - i >= 19) {
        const literal = text.slice(i, end);
        const n = BigInt(literal);
        if (n < INT64_MIN || n > UINT64_MAX) return literal;
      }
      i = end - 1;
    }
  }
  return undefined;
}

// ES2024's String.prototype.isWellFormed (Node 20 has it; the ES2023 lib does not declare it).
const hasLoneSurrogate = (text: string) => !(text as unknown as { isWellFormed(): boolean }).isWellFormed();

/** The path of the first string or key holding a lone surrogate (raw UTF-8 cannot encode one: it was escaped). */
function loneSurrogateIn(value: object): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (typeof node === 'string') {
      if (hasLoneSurrogate(node)) return at || 'the line';
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        const childPath = at === '' ? key : `${at}.${key}`;
        if (hasLoneSurrogate(key)) return `a key of ${at || 'the line'}`;
        stack.push([child, childPath]);
      }
    }
  }
  return undefined;
}
