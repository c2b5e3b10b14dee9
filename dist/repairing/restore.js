import { readdir, realpath, rename, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatOfFile } from '../checking/check-source.js';
import { InputError, toInputError } from '../reading/input-error.js';
import { refuseIfChangedOrOpen, refuseReplacing } from './replace-guard.js';
import { syncFolder } from './write-atomically.js';
/** The backups of a file, oldest first. A link is followed: backups sit beside the link's target, as fix makes them. */
export async function listBackups(path) {
    const real = await realpath(path).catch((error) => Promise.reject(toInputError(path, error)));
    const folder = dirname(real);
    const name = basename(real);
    // Name the backups as the file was named, unless the file is a link to another folder (as fix does).
    const shownFolder = real === resolve(path) ? dirname(path) : folder;
    const backups = [];
    for (const entry of await readdir(folder).catch((error) => Promise.reject(toInputError(folder, error)))) {
        const index = backupIndex(name, entry);
        if (index === undefined)
            continue;
        const info = await stat(join(folder, entry)).catch(() => undefined);
        if (info?.isFile())
            backups.push({ path: join(shownFolder, entry), index, size: info.size, mtimeMs: info.mtimeMs });
    }
    return backups.sort((a, b) => a.index - b.index);
}
function backupIndex(name, entry) {
    if (entry === `${name}.bak`)
        return 0;
    const suffix = entry.startsWith(`${name}.bak.`) ? entry.slice(name.length + '.bak.'.length) : '';
    return /^[1-9][0-9]*$/.test(suffix) ? Number(suffix) : undefined;
}
/**
 * Puts the newest backup of `path` back, atomically (a rename over the file, then a folder fsync). Refuses
 * what fix refuses to replace: a file a process holds open for writing, one modified in the last
 * `minAgeSeconds` (a live session: its writer would go on writing to the replaced file) unless `force`, and
 * one that changes meanwhile.
 */
export async function restoreBackup(path, options = {}) {
    const before = await stat(path).catch((error) => Promise.reject(toInputError(path, error)));
    if (!before.isFile())
        throw new InputError(path, 'not a regular file');
    const backups = await listBackups(path);
    const newest = backups.at(-1);
    if (!newest)
        throw new InputError(path, `no backup to restore (${basename(path)}.bak, made by fix --in-place)`);
    // The guard fix uses before it replaces a file: open writers, a recent change, other hard links, and the
    // format's own evidence of a live session (Claude Code appends by path: no descriptor shows it writing).
    const format = await formatOfFile(path);
    await refuseReplacing(path, before, options, format);
    const real = await realpath(path).catch((error) => Promise.reject(toInputError(path, error)));
    const source = join(dirname(real), basename(newest.path));
    await refuseIfChangedOrOpen(path, before, options, format);
    try {
        await rename(source, real);
        await syncFolder(dirname(real));
    }
    catch (error) {
        throw toInputError(path, error);
    }
    return { path, restoredFrom: newest.path };
}
