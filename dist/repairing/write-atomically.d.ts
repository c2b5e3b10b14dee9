import { type Stats } from 'node:fs';
import { type TempWriter } from './temp-writer.js';
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
/** A temp file made beside its target, for writeAtomically: it may be made, and written to, before the bytes are all known. */
export interface OpenTemp {
    readonly path: string;
    readonly writer: TempWriter;
    /** Ends its removal on interruption (it was renamed, or removed). */
    readonly release: () => void;
}
/** Makes a temp file beside `target` (the leftovers of killed runs there removed first), removed if the process is interrupted. */
export declare function openTemp(target: string, mode: number, sizeHint: number): Promise<OpenTemp>;
/** Closes and removes a temp file that will not be used. */
export declare function discardTemp(temp: OpenTemp): Promise<void>;
/**
 * Writes `chunks` to `target` so that readers see either the old file or the complete new one:
 * a temp file in the same folder, fsync, (backup), rename over the target, fsync the folder. On any
 * failure before the rename, the temp file and the backup made for it are removed and the target is
 * untouched. Returns the backup's path, when one was made. `given`: a temp file made (and maybe written to)
 * before, to be written on; it is used only if it is in the target's folder.
 */
export declare function writeAtomically(target: string, chunks: AsyncIterable<Buffer>, options?: AtomicWriteOptions, given?: OpenTemp): Promise<string | undefined>;
/** Test hook (test/hostile crash tests): SESSION_DOCTOR_TEST_PAUSE=<step> stops here until the process is killed. */
export declare function pauseForTest(step: 'copy-started' | 'temp-written' | 'backup-made' | 'renamed'): Promise<void>;
/** Makes renames in `folder` durable. Some file systems cannot fsync a folder; the rename is still atomic there. */
export declare function syncFolder(folder: string): Promise<void>;
