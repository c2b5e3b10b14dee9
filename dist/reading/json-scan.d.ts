import type { ScanDeferrals } from './json-dialect.js';
/** The kind of a field's value; `absent` when the record has no such field. */
export type JsonKind = 'absent' | 'string' | 'number' | 'object' | 'array' | 'boolean' | 'null';
/**
 * The fields a scan picked out of a record, as `JSON.parse` would see them. A path names a field by its
 * keys from the top (`payload.type`); `[]` after a key goes through the elements of its array value
 * (`payload.output[].type`): `every` answers for all elements, `length` counts them, and `kind`, `string`,
 * `number` and `boolean` read the field of the array's only element (absent unless the array has exactly
 * one element and it is an object).
 */
export interface ScannedFields {
    /** The kind of a field. */
    kind(path: string): JsonKind;
    /** The field's value when it is a string, decoded exactly as `JSON.parse` decodes it. */
    string(path: string): string | undefined;
    /** The field's value when it is a number. */
    number(path: string): number | undefined;
    /** The field's value when it is true or false. */
    boolean(path: string): boolean | undefined;
    /** Whether the array before `[]` is there and each of its elements is an object whose field has this kind. */
    every(path: string, kind: JsonKind): boolean;
    /** The number of elements of the array at `path` (asked for with `[]` after it); undefined when it is not an array. */
    length(path: string): number | undefined;
}
/**
 * Validates one line and records chosen fields of the object it holds. One scanner is reused for
 * every line; its fields describe the last line scanned.
 */
export declare class JsonScanner implements ScannedFields {
    #private;
    /** `engine: 'js'` scans in JavaScript even where WebAssembly runs (to test one against the other). */
    constructor(paths: readonly string[], deferrals?: ScanDeferrals, options?: {
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
    /** Lets go of the last line scanned (its memory may be large); the fields are unknown until the next scan. */
    release(): void;
    kind(path: string): JsonKind;
    string(path: string): string | undefined;
    number(path: string): number | undefined;
    boolean(path: string): boolean | undefined;
    every(path: string, kind: JsonKind): boolean;
    length(path: string): number | undefined;
}
