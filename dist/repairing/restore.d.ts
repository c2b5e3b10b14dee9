/** A backup `fix --in-place` kept of a file: `<file>.bak` (the oldest), then `<file>.bak.1`, `<file>.bak.2`, … */
export interface Backup {
    readonly path: string;
    /** 0 for `.bak`, N for `.bak.N`: the higher, the newer. */
    readonly index: number;
    readonly size: number;
    readonly mtimeMs: number;
}
export interface RestoreOptions {
    /** Restore even a file modified within `minAgeSeconds` (it may be a live session), as fix's `force`. */
    readonly force?: boolean;
    /** Restore even a file a process holds open for writing, as fix's `allowOpenWriters`. */
    readonly allowOpenWriters?: boolean;
    /** Default 10, as fix. */
    readonly minAgeSeconds?: number;
}
export interface RestoreReport {
    readonly path: string;
    /** The backup that was put back; it is gone afterwards (renamed into place). */
    readonly restoredFrom: string;
}
/** The backups of a file, oldest first. A link is followed: backups sit beside the link's target, as fix makes them. */
export declare function listBackups(path: string): Promise<Backup[]>;
/**
 * Puts the newest backup of `path` back, atomically (a rename over the file, then a folder fsync). Refuses
 * what fix refuses to replace: a file a process holds open for writing, one modified in the last
 * `minAgeSeconds` (a live session: its writer would go on writing to the replaced file) unless `force`, and
 * one that changes meanwhile.
 */
export declare function restoreBackup(path: string, options?: RestoreOptions): Promise<RestoreReport>;
