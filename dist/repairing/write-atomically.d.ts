import { type Stats } from 'node:fs';
export interface AtomicWriteOptions {
    /** File mode for the result (the original's, when replacing). */
    readonly mode?: number;
    readonly owner?: {
        readonly uid: number;
        readonly gid: number;
    };
    /**
     * Runs after the data is on disk and the backup is made, right before the rename, with the temp file's
     * stats (its owner as it could be set); throw to abort and leave everything as it was (the backup removed).
     */
    readonly beforeRename?: (temp: Stats) => Promise<void>;
    /** Keep the target's current bytes under `<target>.bak` (`.bak.1`, …) before replacing it. */
    readonly backup?: boolean;
    /** Fail (EEXIST) rather than replace an existing target: the temp file is linked into place, not renamed. */
    readonly noClobber?: boolean;
    /** About how many bytes will be written (the original's size): a large file is written around the page cache. */
    readonly sizeHint?: number;
}
/**
 * Writes `chunks` to `target` so that readers see either the old file or the complete new one:
 * a temp file in the same folder, fsync, (backup), rename over the target, fsync the folder. On any
 * failure before the rename, the temp file and the backup made for it are removed and the target is
 * untouched. Returns the backup's path, when one was made.
 */
export declare function writeAtomically(target: string, chunks: AsyncIterable<Buffer>, options?: AtomicWriteOptions): Promise<string | undefined>;
/** Makes renames in `folder` durable. Some file systems cannot fsync a folder; the rename is still atomic there. */
export declare function syncFolder(folder: string): Promise<void>;
