import { rmSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { crypto } from '../builtins.js';
/**
 * The temp files session-doctor writes beside a session (`.<name>.session-doctor-<pid>-<hex>.tmp`: hidden,
 * never scanned), and the files it must remove when it is interrupted. A temp file is only ever renamed
 * over its target or removed; one left by a killed run is removed by the next run that writes in that folder.
 */
const TEMP_NAME = /^\..+\.session-doctor-(\d+)-[0-9a-f]{8}\.tmp$/;
/** The longest part of its target's name a temp name takes: a name is limited to 255 bytes. */
const MAX_TEMP_STEM_BYTES = 180;
/** A fresh temp file name in `folder`, for a file named like `target` (a long name shortened so that it fits). */
export function tempPathFor(folder, target) {
    let stem = basename(target);
    while (Buffer.byteLength(stem) > MAX_TEMP_STEM_BYTES)
        stem = stem.slice(0, -1);
    return join(folder, `.${stem}.session-doctor-${process.pid}-${crypto().randomBytes(4).toString('hex')}.tmp`);
}
/** Paths (files, or folders with `recursive`) to remove if the process is interrupted before it is done with them. */
const pending = new Map();
/** Remove `path` if the process is interrupted (SIGINT, SIGTERM, SIGHUP) before `release` is called. */
export function removeOnInterrupt(path, options = {}) {
    pending.set(path, { recursive: options.recursive ?? false });
    return () => pending.delete(path);
}
/**
 * Removes every path still pending, synchronously: it runs in a signal handler, just before the process
 * exits. Unlinking a temp file whose rename is in flight is safe either way: the rename then fails and the
 * target keeps its old bytes, or the name is already gone.
 */
export function removePendingFiles() {
    for (const [path, { recursive }] of pending) {
        try {
            rmSync(path, { force: true, recursive });
        }
        catch {
            // Nothing more can be done while exiting; the next run removes a temp file whose pid is gone.
        }
    }
    pending.clear();
}
const swept = new Set();
/** Removes, once per folder and process, the temp files that runs no longer alive left in `folder`. */
export async function removeStaleTempFiles(folder) {
    if (swept.has(folder))
        return;
    swept.add(folder);
    const names = await readdir(folder).catch(() => []);
    for (const name of names) {
        const pid = TEMP_NAME.exec(name)?.[1];
        if (pid !== undefined && !isAlive(Number(pid)))
            await unlink(join(folder, name)).catch(() => undefined);
    }
}
function isAlive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: the process exists but belongs to someone else.
        return error.code !== 'ESRCH';
    }
}
