/**
 * The fields a format picks out of each line, by path, and numbered: a question about a field takes its
 * number (see ScannedFields), so that reading a field of each of a million lines is an array access and
 * not a lookup by path. A path names a field by its keys from the top (`payload.type`); `[]` after a key
 * goes through the elements of its array value (`payload.output[].type`).
 */
/** A field asked for: its position in the FieldList's paths. */
export type FieldRef = number;
/** A field of the scan's tree; slots number the tree's fields (the ones asked for and the ones above them). */
export interface ScanField {
    readonly name: Buffer;
    readonly slot: number;
    /** The fields wanted inside this field's value, when it is an object. */
    readonly children: ScanField[];
    /** The fields wanted inside each element of this field's value, when it is an array. */
    readonly elements: ScanField[];
}
export interface FieldListOptions {
    /**
     * The paths whose values differ from line to line (timestamps, item ids, arguments): the kernel does
     * not cache their strings, as a value met once would only push out one that comes again. Every other
     * field's values are taken to repeat (types, roles, names).
     */
    readonly distinct?: readonly string[];
}
export declare class FieldList {
    readonly paths: readonly string[];
    /** The top-level fields of the tree. */
    readonly tree: readonly ScanField[];
    /** The number of slots. */
    readonly slots: number;
    /** Per ref: the slot of its field; for a field inside array elements, the slot of the array, else -1. */
    readonly slotOf: Int32Array;
    readonly arrayOf: Int32Array;
    /** Per slot: whether its array's elements are followed (a path went through it with `[]`). */
    readonly followed: Uint8Array;
    /** Per slot: whether its string values repeat from line to line (1), or are distinct (0). */
    readonly repeats: Uint8Array;
    /** Per ref: the path split at its dots, for reading a parsed value (value-fields.ts). */
    readonly segments: readonly (readonly string[])[];
    constructor(paths: readonly string[], options?: FieldListOptions);
    /** The number of a path asked for. */
    of(path: string): FieldRef;
}
