/**
 * An external merge sort for what a file can have a million of (diagnostics, the edits of their repairs):
 * items are pushed in any order, a batch of at most `inMemory` is sorted and written to a temp file as a
 * sorted run, and reading merges the runs (and the last batch, in memory) back into one sorted sequence.
 * The sort is stable: items with equal keys come back in the order they were pushed.
 */
/** How an item is written as one line of a run file (a JSON value) and read back. */
export interface RowCodec<T> {
    toRow(item: T): unknown;
    fromRow(row: unknown): T;
}
/** Items held in memory at most; beyond that they are sorted and written to a temp file. */
export declare const ITEMS_IN_MEMORY = 16384;
export interface SortLimits {
    readonly inMemory: number;
    readonly runs: number;
}
export declare const DEFAULT_LIMITS: SortLimits;
/** The sorted items: the runs on disk and the last batch, sorted, in memory; merge them with `mergedRuns`. */
export interface SortedRuns<T> {
    readonly runs: readonly string[];
    readonly memory: readonly T[];
    readonly length: number;
}
export declare class SortedLog<T> {
    #private;
    private readonly compare;
    private readonly codec;
    private readonly limits;
    /** Called when a batch is written out: indexes into the batch are no longer valid. */
    onSpill: (() => void) | undefined;
    constructor(compare: (a: T, b: T) => number, codec: RowCodec<T>, limits?: SortLimits);
    /** The items held in memory now (the current batch), for changing the last ones in place. */
    get batch(): T[];
    get length(): number;
    push(item: T): void;
    /** The items, sorted; the log is done with. */
    finish(): SortedRuns<T>;
}
/** The items of sorted runs, merged: read as often as asked, each time from the files. */
export declare function mergedRuns<T>(sorted: SortedRuns<T>, compare: (a: T, b: T) => number, codec: RowCodec<T>): Iterable<T>;
/** Removes the run files: the items are not read again. */
export declare function removeRuns(sorted: SortedRuns<unknown>): void;
/** k sorted sequences as one, stable: for equal keys, the earlier sequence first. Read as often as asked. */
export declare function mergeRuns<T>(runs: Iterable<T>[], compare: (a: T, b: T) => number): Iterable<T>;
/** A new file name in this thread's spill folder (see spillFolder): `<kind>-<n>.<extension>`. */
export declare function spillPath(kind: string, extension: string): string;
export declare function removeAtExit(path: string): void;
/** A worker's folder outlives the worker once its runs are posted: the main thread removes it. */
export declare function handOver(path: string): void;
