export interface RestoreArgs {
    readonly files: readonly string[];
    readonly list: boolean;
    readonly force: boolean;
    readonly minAge: number;
}
/**
 * `session-doctor restore FILE…`: puts each file's newest backup back (or lists the backups with --list).
 * Exit 0 when every file was restored, 2 when one could not be (no backup, a live file): that file is
 * named on stderr and the others are still restored.
 */
export declare function runRestoreCommand(args: RestoreArgs): Promise<number>;
