import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, toInputError } from '../reading/input-error.js';
import { describeWriters, liveEvidence, writersOf } from './live-guard.js';
/** A file fix will not replace: it may be a live session, or it changed during the repair. */
export class FixRefusedError extends InputError {
}
/**
 * The guard fix applies before replacing a file, for other commands that replace one (restore): open
 * writers and the live owner the file's format knows of, a recent modification (unless `force`), other hard
 * links. The options stand for the run (the same object for every file): its look at the machine serves this
 * first look, as in fix. Throws FixRefusedError.
 */
export async function refuseReplacing(path, before, options, format) {
    await refuseUnsafeReplacement(path, before, await liveEvidence(path, before, options.minAgeSeconds ?? 10, format, options), options, undefined);
}
/** The last look before a rename, made afresh: the file did not change, and (unless allowed) nothing is writing it. */
export async function refuseIfChangedOrOpen(path, before, options, format) {
    await refuseIfChanged(path, before);
    if (!options.allowOpenWriters)
        refuseIfWriters(path, (await writersOf(path, before, format)).writers, undefined);
}
/** The checks made before any work on a file that would be replaced; each throws FixRefusedError. */
export async function refuseUnsafeReplacement(path, before, evidence, options, running) {
    // A compressed rollout is never replaced: its repaired plain rollout goes beside it. A writer still matters.
    if (!options.allowOpenWriters)
        refuseIfWriters(path, evidence.writers, running);
    if (options.force)
        return;
    if (evidence.recent) {
        throw new FixRefusedError(path, `modified ${evidence.age.toFixed(1)} s ago: it may be a live session still being written; not replaced (wait, or pass --force)${running ? `; ${running}` : ''}`);
    }
    // Only a file of several links has backups among them (a file of one is never refused for its links).
    if (before.nlink > 1 && before.nlink - (await backupLinks(path, before)) > 1) {
        throw new FixRefusedError(path, `has ${before.nlink} hard links: replacing it would leave the other names with the old bytes; not replaced (pass --force to replace this name only)`);
    }
}
/**
 * The links of `path` that are its own backups (`<file>.bak…` beside it, the same inode): a run killed
 * after making its backup and before the rename leaves one, and the next run must still finish the job.
 */
async function backupLinks(path, before) {
    const real = await realpath(path);
    const name = basename(real);
    let count = 0;
    for (const entry of await readdir(dirname(real)).catch(() => [])) {
        if (!/^\.bak(\.\d+)?$/.test(entry.slice(name.length)) || !entry.startsWith(name))
            continue;
        const info = await stat(join(dirname(real), entry)).catch(() => undefined);
        if (info?.ino === before.ino && info.dev === before.dev)
            count += 1;
    }
    return count;
}
export function refuseIfWriters(path, writers, running) {
    if (writers.length === 0)
        return;
    throw new FixRefusedError(path, `${describeWriters(writers)}: it may still be writing; not replaced (what it writes after a replacement would be lost; --allow-open-writers replaces it anyway)${running ? `; ${running}` : ''}`);
}
export async function refuseIfChanged(path, before) {
    const now = await stat(path).catch((error) => Promise.reject(toInputError(path, error)));
    if (now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ino !== before.ino) {
        throw new FixRefusedError(path, 'changed while it was being repaired (a live session?); left untouched');
    }
}
