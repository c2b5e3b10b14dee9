import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chown, copyFile, link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { toInputError } from '../reading/input-error.js';
/**
 * Writes `chunks` to `target` so that readers see either the old file or the complete new one:
 * a temp file in the same folder, fsync, rename over the target, fsync the folder. On any failure the
 * temp file is removed and the target is untouched.
 */
export async function writeAtomically(target, chunks, options = {}) {
    const folder = dirname(target);
    const temp = join(folder, `.${basename(target)}.session-doctor-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    let renamed = false;
    try {
        const handle = await open(temp, 'wx', options.mode ?? 0o644);
        try {
            for await (const chunk of chunks)
                await writeAll(handle, chunk);
            if (options.mode !== undefined)
                await handle.chmod(options.mode);
            if (options.owner)
                await chown(temp, options.owner.uid, options.owner.gid).catch(ignoreWhenNotPermitted);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await pauseForTest('temp-written');
        await options.beforeRename?.();
        await pauseForTest('backup-made');
        await rename(temp, target);
        renamed = true;
        await pauseForTest('renamed');
        await syncFolder(folder);
    }
    catch (error) {
        if (!renamed)
            await unlink(temp).catch(() => undefined);
        throw toInputError(target, error);
    }
}
/** Test hook (test/hostile crash tests): SESSION_DOCTOR_TEST_PAUSE=<step> stops here until the process is killed. */
async function pauseForTest(step) {
    if (process.env.SESSION_DOCTOR_TEST_PAUSE !== step)
        return;
    process.stderr.write(`session-doctor: paused at ${step}\n`);
    await new Promise(() => setInterval(() => undefined, 60_000));
}
async function writeAll(handle, chunk) {
    let offset = 0;
    while (offset < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
    }
}
function ignoreWhenNotPermitted(error) {
    if (error.code !== 'EPERM' && error.code !== 'EINVAL' && error.code !== 'ENOSYS')
        throw error;
}
/** Makes the rename durable. Some file systems cannot fsync a folder; the rename is still atomic there. */
async function syncFolder(folder) {
    const handle = await open(folder, 'r');
    try {
        await handle.sync().catch((error) => {
            if (error.code !== 'EINVAL' && error.code !== 'EISDIR' && error.code !== 'EPERM')
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
 * file replaces the original by rename (a new inode); where links are not possible the file is copied.
 */
export async function makeBackup(file) {
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
        try {
            await copyFile(file, candidate, constants.COPYFILE_EXCL);
            return candidate;
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw toInputError(candidate, error);
        }
    }
}
