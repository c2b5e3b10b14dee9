/** A fresh temp file name in `folder`, for a file named like `target` (a long name shortened so that it fits). */
export declare function tempPathFor(folder: string, target: string): string;
/** Remove `path` if the process is interrupted (SIGINT, SIGTERM, SIGHUP) before `release` is called. */
export declare function removeOnInterrupt(path: string, options?: {
    readonly recursive?: boolean;
}): () => void;
/**
 * Removes every path still pending, synchronously: it runs in a signal handler, just before the process
 * exits. Unlinking a temp file whose rename is in flight is safe either way: the rename then fails and the
 * target keeps its old bytes, or the name is already gone.
 */
export declare function removePendingFiles(): void;
/** Removes, once per folder and process, the temp files that runs no longer alive left in `folder`. */
export declare function removeStaleTempFiles(folder: string): Promise<void>;
