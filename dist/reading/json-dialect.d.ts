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
export declare function scanDeferrals(dialect: JsonDialect | undefined): ScanDeferrals | undefined;
/** Why the reader of `dialect` rejects a line that `JSON.parse` turned into `value`, for messages; undefined if it takes it. */
export declare function dialectViolation(text: string, value: object, dialect: JsonDialect): string | undefined;
