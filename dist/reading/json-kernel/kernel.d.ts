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
     * A kernel for these fields (`root`: the top-level ones), or undefined when it cannot run or hold them.
     * It leaves to the caller what JsonScanner's deferrals say: lines nested deeper than `maxDepth`, and when
     * asked, integer literals of more than 18 digits and \u escapes of surrogates.
     */
    static create(root: readonly KernelField[], count: number, deferrals: {
        readonly maxDepth: number;
        readonly longIntegers: boolean;
        readonly surrogates: boolean;
    }): JsonKernel | undefined;
    private constructor();
    /** Scans one line; UNDECIDED too when the line does not fit in memory. */
    scan(bytes: Uint8Array): KernelResult;
}
