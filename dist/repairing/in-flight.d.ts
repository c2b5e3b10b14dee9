/**
 * How many files a fix of many works on at once, and how many of their bytes. A repair of a small file
 * mostly waits (its fsyncs, and the last look before its rename, which one scan of /proc serves for every
 * file in flight: last-looks.ts); a large one keeps a core busy, and several at once would only add up
 * their memory.
 */
export declare const FIX_IN_FLIGHT: {
    readonly files: 16;
    readonly bytes: number;
};
/**
 * Starts `work(index)` for each index 0…count-1 in order, with at most `limits.files` running at once and
 * the `sizeOf` of those within `limits.bytes` (one always runs, whatever its size). Resolves when all are
 * done; after a failure no more are started, and the first error is thrown once those running settled.
 */
export declare function inFlight(count: number, sizeOf: (index: number) => number, work: (index: number) => Promise<void>, limits?: {
    readonly files: number;
    readonly bytes: number;
}): Promise<void>;
/** A file's size, for how many are worked on at once: 0 when it cannot be looked at (its fix says why). */
export declare function sizeOnDisk(path: string): number;
