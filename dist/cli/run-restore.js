import { printable } from '../checking/diagnostic.js';
import { InputError } from '../reading/input-error.js';
import { listBackups, restoreBackup } from '../repairing/restore.js';
import { formatBytes } from './progress.js';
import { writeReport } from './report-output.js';
import { UsageError } from './usage-error.js';
/**
 * `session-doctor restore FILE…`: puts each file's newest backup back (or lists the backups with --list).
 * Exit 0 when every file was restored, 2 when one could not be (no backup, a live file): that file is
 * named on stderr and the others are still restored.
 */
export async function runRestoreCommand(args) {
    if (args.files.length === 0)
        throw new UsageError('restore: name the files to restore (session-doctor restore FILE…)');
    let code = 0;
    const out = [];
    // One object for the run: its first look at the machine serves the first looks of all its files.
    const options = { force: args.force, minAgeSeconds: args.minAge };
    for (const file of args.files) {
        try {
            if (args.list)
                out.push(...(await backupLines(file)));
            else {
                const { restoredFrom } = await restoreBackup(file, options);
                out.push(`restored ${printable(file)} from ${printable(restoredFrom)}`);
            }
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            code = 2;
            process.stderr.write(`session-doctor: ${printable(error.path)}: ${printable(error.message)}\n`);
        }
    }
    await writeReport(out.length > 0 ? `${out.join('\n')}\n` : '', undefined);
    return code;
}
async function backupLines(file) {
    const backups = await listBackups(file);
    if (backups.length === 0)
        return [`${printable(file)}: no backups`];
    return [
        `${printable(file)}: ${backups.length === 1 ? '1 backup' : `${backups.length} backups`}, newest last (restore puts the newest back)`,
        ...backups.map((backup) => `  ${printable(backup.path)}  ${formatBytes(backup.size)}  ${new Date(backup.mtimeMs).toISOString()}`),
    ];
}
