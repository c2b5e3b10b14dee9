/** The slots of its cache of short strings. */
export declare const CACHE_SLOTS = 1024;
/** A field of the tree the kernel follows (JsonScanner's), by slot. */
export interface KernelField {
    readonly name: Buffer;
    readonly slot: number;
    readonly children: readonly KernelField[];
    readonly elements: readonly KernelField[];
}
/**
 * What scan() says of a line: UNDECIDED, not an object the kernel vouches for (JSON.parse decides); ASCII,
 * a JSON object of ASCII bytes; NON_ASCII, one with bytes of 0x80 and up, which the kernel takes as parts
 * of characters (the caller checks UTF-8). For the last two the fields are recorded.
 */
export declare const UNDECIDED = -1;
export declare const ASCII = 0;
export declare const NON_ASCII = 1;
export type KernelResult = typeof UNDECIDED | typeof ASCII | typeof NON_ASCII;
/** What nextLine() says besides a KernelResult: no whole line is left; the line is blank. */
export declare const NEED_MORE = -2;
export declare const BLANK = 2;
export type LineResult = KernelResult | typeof NEED_MORE | typeof BLANK;
/**
 * One instance of the WebAssembly scanner (src/reading/json-kernel/kernel.c) set up for one field tree.
 * After scan(), the typed arrays hold what it found, by slot, as JsonScanner's own do.
 */
export declare class JsonKernel {
    #private;
    kinds: Uint8Array;
    escaped: Uint8Array;
    elementKinds: Uint8Array;
    starts: Int32Array;
    ends: Int32Array;
    counts: Int32Array;
    /**
     * Per field whose values repeat and whose value is a string without escapes of up to 48 bytes: its
     * slot in the kernel's cache of short strings (-1 for other strings), and the slot's generation. The
     * same slot and generation mean the same bytes as when the slot was last seen, so a string decoded then
     * can be reused.
     */
    cached: Int32Array;
    generations: Uint32Array;
    /** The line nextLine() found: its start and end in `input`, and its terminator (0 none, 1 \n, 2 \r\n). */
    line: Int32Array;
    /** The loaded input (positions in the field arrays and `line` index it); valid until the next load. */
    input: Buffer;
    /**
     * A kernel for these fields (`root`: the top-level ones; `repeats`, per slot, 1 for a field whose string
     * values repeat from line to line), or undefined when it cannot run or hold them. It leaves to the
     * caller what JsonScanner's deferrals say: lines nested deeper than `maxDepth`, and when asked, integer
     * literals of more than 18 digits and \u escapes of surrogates.
     */
    static create(root: readonly KernelField[], repeats: Uint8Array, deferrals: {
        readonly maxDepth: number;
        readonly longIntegers: boolean;
        readonly surrogates: boolean;
    }): JsonKernel | undefined;
    private constructor();
    /** Scans one line; UNDECIDED too when the line does not fit in memory. */
    scan(bytes: Uint8Array): KernelResult;
    /**
     * Loads `head` then `tail` as the input that nextLine() reads line by line; false when they do not fit in
     * memory. The input replaces the last one (the bytes nextLine() did not take: rest()).
     */
    load(head: Uint8Array, tail: Uint8Array): boolean;
    /** Finds and scans the next line of the input; with `final`, a last line without a terminator too. */
    nextLine(final: boolean): LineResult;
    /** The bytes of the input nextLine() has not taken (the start of a line that goes on in the next chunk). */
    rest(): Buffer;
}
