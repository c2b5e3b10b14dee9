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
 *
 * The scan runs in WebAssembly where it can (json-kernel/kernel.c, the same algorithm in C with SIMD
 * string skipping), with the same deferrals: this file's scan is the reference it is tested against, and
 * the fallback.
 */
import { type LineResult } from './json-kernel/kernel.js';
import type { ScanDeferrals } from './json-dialect.js';
import { FieldList, type FieldRef } from './field-list.js';
/** The kind of a field's value; `absent` when the record has no such field. */
export type JsonKind = 'absent' | 'string' | 'number' | 'object' | 'array' | 'boolean' | 'null';
/**
 * The fields a scan picked out of a record, as `JSON.parse` would see them, each named by its number in
 * the FieldList the scanner was made with. For a path through `[]` (`payload.output[].type`), `every`
 * answers for all elements, and `kind`, `string`, `number` and `boolean` read the field of the array's only
 * element (absent unless the array has exactly one element and it is an object); `length` counts the
 * elements of the array at a path that `[]` follows.
 */
export interface ScannedFields {
    /** The kind of a field. */
    kind(field: FieldRef): JsonKind;
    /** The field's value when it is a string, decoded exactly as `JSON.parse` decodes it. */
    string(field: FieldRef): string | undefined;
    /** The field's value when it is a number. */
    number(field: FieldRef): number | undefined;
    /** The field's value when it is true or false. */
    boolean(field: FieldRef): boolean | undefined;
    /** Whether the array before `[]` is there and each of its elements is an object whose field has this kind. */
    every(field: FieldRef, kind: JsonKind): boolean;
    /** The number of elements of the array at this field (asked for with `[]` after it); undefined when it is not an array. */
    length(field: FieldRef): number | undefined;
}
/**
 * Validates one line and records chosen fields of the object it holds. One scanner is reused for
 * every line; its fields describe the last line scanned.
 */
export declare class JsonScanner implements ScannedFields {
    #private;
    /** `engine: 'js'` scans in JavaScript even where WebAssembly runs (to test one against the other). */
    constructor(fields: FieldList | readonly string[], deferrals?: ScanDeferrals, options?: {
        readonly engine?: 'wasm' | 'js';
    });
    /** Which engine scans: WebAssembly, unless this Node cannot run it or JavaScript was asked for. */
    get engine(): 'wasm' | 'js';
    /** The last line scanned held only ASCII bytes, so it is valid UTF-8 (false when not known). */
    get ascii(): boolean;
    /**
     * True when `JSON.parse` would turn `bytes` (valid UTF-8) into an object, and the fields are known.
     * False when the line is not valid JSON, not an object, nested deeper than the scanner follows, or
     * names a wanted field with an escape: then only `JSON.parse` can tell what the line holds.
     */
    scan(bytes: Buffer): boolean;
    /**
     * Line by line in the kernel (no line split, copied or scanned one by one in JavaScript): loads `head`
     * then `tail` as the input nextLine() reads. False when this scanner runs in JavaScript or the input does
     * not fit in the kernel's memory.
     */
    load(head: Uint8Array, tail: Uint8Array): boolean;
    /**
     * The next line of the loaded input (JsonKernel.nextLine): for ASCII and NON_ASCII its fields are known,
     * at positions in `input`; `line` holds where it is and its terminator.
     */
    nextLine(final: boolean): LineResult;
    /** The loaded input, and the start, end and terminator of the line nextLine() found (see JsonKernel). */
    get input(): Buffer;
    get line(): Int32Array;
    /** The loaded bytes that nextLine() has not taken: valid until the next load. */
    rest(): Buffer;
    /** Lets go of the last line scanned (its memory may be large); the fields are unknown until the next scan. */
    release(): void;
    kind(field: FieldRef): JsonKind;
    string(field: FieldRef): string | undefined;
    number(field: FieldRef): number | undefined;
    boolean(field: FieldRef): boolean | undefined;
    every(field: FieldRef, kind: JsonKind): boolean;
    length(field: FieldRef): number | undefined;
}
