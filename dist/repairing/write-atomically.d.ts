export interface AtomicWriteOptions {
    /** File mode for the result (the original's, when replacing). */
    readonly mode?: number;
    readonly owner?: {
        readonly uid: number;
        readonly gid: number;
    };
    /** Runs after the data is on disk and before the rename; throw to abort and leave everything as it was. */
    readonly beforeRename?: () => Promise<void>;
}
/**
 * Writes `chunks` to `target` so that readers see either the old file or the complete new one:
 * a temp file in the same folder, fsync, rename over the target, fsync the folder. On any failure the
 * temp file is removed and the target is untouched.
 */
export declare function writeAtomically(target: string, chunks: AsyncIterable<Buffer>, options?: AtomicWriteOptions): Promise<void>;
/**
 * Keeps the original's bytes under the first free name of `<file>.bak`, `<file>.bak.1`, …: an existing
 * backup is never overwritten. A hard link costs nothing and keeps the old bytes, because the repaired
 * file replaces the original by rename (a new inode); where links are not possible the file is copied.
 */
export declare function makeBackup(file: string): Promise<string>;
