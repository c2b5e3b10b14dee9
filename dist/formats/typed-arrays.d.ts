/**
 * Growing the typed arrays that hold a file's calls, ids and entries. An array that lived a while sits in
 * V8's old generation, whose dead objects only a full garbage collection finds: until one runs, every copy
 * that growing left behind keeps its memory. On a 200 MB Claude Code transcript those copies were some
 * 9 MiB of the peak. So growing releases the old array at once: its memory is handed to an ArrayBuffer
 * that nothing holds, which the next minor collection frees (a transfer moves the memory, it copies
 * nothing).
 */
export type GrowableArray = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array;
/** Half again as many, and a few more: a long file then wastes at most a third of each array. */
export declare const grownLength: (length: number) => number;
/**
 * Gives back the memory of an array that is no longer used. It must own its buffer: every view of that
 * buffer is emptied.
 */
export declare function release(array: GrowableArray): void;
/**
 * `array`'s values at the start of a new array of `length` elements, made by `make` (by default of the
 * same kind); `array` is released.
 */
export declare function grownArray<T extends GrowableArray>(array: T, length: number, make?: (length: number) => T): T;
