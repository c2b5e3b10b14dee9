import { constants, linkSync, renameSync } from 'node:fs';
import { chown, copyFile, link, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { toInputError } from '../reading/input-error.js';
import { removeOnInterrupt, removeStaleTempFiles, tempPathFor } from './temp-files.js';
import { createTempFile } from './temp-writer.js';
import { UnmadeRewrite } from './unmade-rewrites.js';
/** Makes a temp file beside `target` (the leftovers of killed runs there removed first), removed if the process is interrupted. */
export async function openTemp(target, mode, sizeHint) {
    const folder = dirname(target);
    await removeStaleTempFiles(folder);
    const path = tempPathFor(folder, target);
    const release = removeOnInterrupt(path);
    try {
        return { path, writer: await createTempFile(path, mode, sizeHint), release };
    }
    catch (error) {
        release();
        throw toInputError(target, error);
    }
}
/** Closes and removes a temp file that will not be used. */
export async function discardTemp(temp) {
    try {
        await temp.writer.settled();
        await temp.writer.handle.close();
    }
    finally {
        await unlink(temp.path).catch(() => undefined);
        temp.release();
    }
}
/**
 * Writes `chunks` to `target` so that readers see either the old file or the complete new one:
 * a temp file in the same folder, fsync, (backup), rename over the target, fsync the folder. On any
 * failure before the rename, the temp file and the backup made for it are removed and the target is
 * untouched. Returns the backup's path, when one was made. `given`: a temp file made (and maybe written to)
 * before, to be written on; it is used only if it is in the target's folder.
 */
export async function writeAtomically(target, chunks, options = {}, given) {
    const folder = dirname(target);
    const usable = given !== undefined && dirname(given.path) === folder;
    if (given && !usable)
        await discardTemp(given);
    const temp = usable ? given : await openTemp(target, options.mode ?? 0o644, options.sizeHint ?? 0);
    const { writer } = temp;
    let backup;
    let renamed = false;
    try {
        try {
            for await (const chunk of chunks)
                await writer.write(chunk);
            await writer.finish();
            if (options.mode !== undefined)
                await writer.handle.chmod(options.mode);
            if (options.owner)
                await chown(temp.path, options.owner.uid, options.owner.gid).catch(ignoreWhenNotPermitted);
            await writer.handle.sync();
        }
        finally {
            await writer.settled();
            await writer.handle.close();
        }
        await pauseForTest('temp-written');
        if (options.backup) {
            const path = await makeBackup(target);
            backup = { path, release: removeOnInterrupt(path) };
        }
        await pauseForTest('backup-made');
        const temporary = await stat(temp.path);
        // The last look (beforeRename) and the rename with nothing between them that waits: what happens in
        // between is what no look can see (synchronous calls, one each).
        await options.beforeRename?.(temporary);
        // From here an interruption must not remove the backup: the rename may already be done.
        backup?.release();
        if (options.noClobber) {
            linkSync(temp.path, target);
            renamed = true;
            await unlink(temp.path);
        }
        else {
            renameSync(temp.path, target);
            renamed = true;
        }
        await pauseForTest('renamed');
        await syncFolder(folder);
        return backup?.path;
    }
    catch (error) {
        if (!renamed) {
            await unlink(temp.path).catch(() => undefined);
            // A replacement that failed leaves no backup behind: the target still holds those bytes.
            if (backup)
                await unlink(backup.path).catch(() => undefined);
        }
        // An abort (the library's AbortSignal) and a rewrite the plan cannot make are the caller's, not the file's: they go through as they are.
        throw (error instanceof Error && error.name === 'AbortError') || error instanceof UnmadeRewrite ? error : toInputError(target, error);
    }
    finally {
        temp.release();
    }
}
/** Test hook (test/hostile crash tests): SESSION_DOCTOR_TEST_PAUSE=<step> stops here until the process is killed. */
export async function pauseForTest(step) {
    if (process.env.SESSION_DOCTOR_TEST_PAUSE !== step)
        return;
    process.stderr.write(`session-doctor: paused at ${step}\n`);
    await new Promise(() => setInterval(() => undefined, 60_000));
}
function ignoreWhenNotPermitted(error) {
    if (error.code !== 'EPERM' && error.code !== 'EINVAL' && error.code !== 'ENOSYS')
        throw error;
}
/** Makes renames in `folder` durable. Some file systems cannot fsync a folder; the rename is still atomic there. */
export async function syncFolder(folder) {
    await syncPath(folder, (error) => error.code === 'EINVAL' || error.code === 'EISDIR' || error.code === 'EPERM');
}
async function syncPath(path, tolerated = () => false) {
    const handle = await open(path, 'r');
    try {
        await handle.sync().catch((error) => {
            if (!tolerated(error))
                throw error;
        });
    }
    finally {
        await handle.close();
    }
}
/**
 * Keeps the original's bytes under the first free name of `<file>.bak`, `<file>.bak.1`, …: an existing
 * backup is never overwritten. A hard link costs nothing and keeps the old bytes, because the repaired
 * file replaces the original by rename (a new inode). Where links are not possible the file is copied to
 * a temp file, fsynced, and only then given its name, so that a backup under its name is always whole
 * (the folder is fsynced after the rename that follows).
 */
async function makeBackup(file) {
    for (let index = 0;; index += 1) {
        const candidate = index === 0 ? `${file}.bak` : `${file}.bak.${index}`;
        try {
            await link(file, candidate);
            return candidate;
        }
        catch (error) {
            const code = error.code;
            if (code === 'EEXIST')
                continue;
            if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK')
                throw toInputError(candidate, error);
        }
        const named = await copyBackup(file, candidate);
        if (named)
            return candidate;
    }
}
/** Copies `file` to `candidate` through a synced temp file; false when `candidate` exists already. */
async function copyBackup(file, candidate) {
    const temp = tempPathFor(dirname(candidate), candidate);
    const release = removeOnInterrupt(temp);
    try {
        await copyFile(file, temp, constants.COPYFILE_EXCL);
        await syncPath(temp);
        // Claim the name without replacing anything there: a link where the file system has them, else a rename
        // after a check (only another session-doctor run could take the name in between).
        try {
            await link(temp, candidate);
            return true;
        }
        catch (error) {
            const code = error.code;
            if (code === 'EEXIST')
                return false;
            if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK')
                throw error;
        }
        if (await stat(candidate).then(() => true, () => false))
            return false;
        await rename(temp, candidate);
        return true;
    }
    catch (error) {
        throw toInputError(candidate, error);
    }
    finally {
        await unlink(temp).catch(() => undefined);
        release();
    }
}
