/**
 * A fast, exact JSON validity test for one line of bytes that also picks out a few fields, without
 * decoding the line or building its value. Most bytes of a session file sit in long strings (tool
 * outputs, encrypted reasoning, images) of records whose content the checker never looks at: for those,
 * proving the line is valid JSON and reading a handful of short fields is all that is needed.
 *
 * Exact means: for bytes that are valid UTF-8, `scan` accepts only text that `JSON.parse` accepts
 * (RFC 8259 as V8 implements it: no raw control characters in strings, only the nine escapes, strict
 * numbers and literals, nothing after the value but whitespace), and the fields it reports are those of
 * the value `JSON.parse` builds (the last of duplicate keys wins). UTF-8 validity is the caller's test:
 * bytes of 0x80 and up are taken as parts of characters, valid only inside strings.
 *
 * A client whose reader is stricter than `JSON.parse` (src/reading/json-dialect.ts) makes the scanner defer
 * what that reader might reject: nesting past its depth, long integers, surrogate escapes. A deferred line
 * scans as false, so that the exact path decides it.
 */
import type { ScanDeferrals } from './json-dialect.js';
/** The kind of a field's value; `absent` when the record has no such field. */
export type JsonKind = 'absent' | 'string' | 'number' | 'object' | 'array' | 'boolean' | 'null';
/**
 * The fields a scan picked out of a record, as `JSON.parse` would see them. A path names a field by its
 * keys from the top (`payload.type`); `[]` after a key goes through the elements of its array value
 * (`payload.output[].type`), which only `every` answers.
 */
export interface ScannedFields {
    /** The kind of a field. */
    kind(path: string): JsonKind;
    /** The field's value when it is a string, decoded exactly as `JSON.parse` decodes it. */
    string(path: string): string | undefined;
    /** The field's value when it is a number. */
    number(path: string): number | undefined;
    /** Whether the array before `[]` is there and each of its elements is an object whose field has this kind. */
    every(path: string, kind: JsonKind): boolean;
}
/**
 * Validates one line and records chosen fields of the object it holds. One scanner is reused for
 * every line; its fields describe the last line scanned.
 */
export declare class JsonScanner implements ScannedFields {
    #private;
    constructor(paths: readonly string[], deferrals?: ScanDeferrals);
    /**
     * True when `JSON.parse` would turn `bytes` (valid UTF-8) into an object, and the fields are known.
     * False when the line is not valid JSON, not an object, nested deeper than the scanner follows, or
     * names a wanted field with an escape: then only `JSON.parse` can tell what the line holds.
     */
    scan(bytes: Buffer): boolean;
    /** Lets go of the last line scanned (its memory may be large); the fields are unknown until the next scan. */
    release(): void;
    kind(path: string): JsonKind;
    string(path: string): string | undefined;
    number(path: string): number | undefined;
    every(path: string, kind: JsonKind): boolean;
}
