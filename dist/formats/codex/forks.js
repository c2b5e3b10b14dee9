/**
 * Codex forks: `codex exec fork <id>` writes a child rollout that holds none of its parent's items. It
 * reads them from the parent's file, from its start up to `session_meta.payload.history_base
 * .end_byte_offset`, every time it is resumed. So a parent's bytes before any child's cutoff must never
 * move, and a child whose parent is gone or shorter than its cutoff cannot be resumed at all
 * ("cutoff byte offset is past the source rollout"). This is the only Codex code that reads other files:
 * the folders of the Codex home a rollout lives in (`sessions/`, `archived_sessions/`).
 */
import { open, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
const SESSION_FOLDERS = ['sessions', 'archived_sessions'];
const ROLLOUT_NAME = /^rollout-.*\.jsonl$/;
const SESSION_ID_IN_NAME = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_[^.]*)?\.jsonl$/;
/** The session_meta line is a few tens of KiB (base instructions); no first line is read past this. */
const MAX_FIRST_LINE = 4 << 20;
/** The fork origin in a parsed session_meta payload, if it is a fork. */
export function forkOriginOf(payload) {
    const base = payload.history_base;
    if (typeof base === 'object' && base !== null) {
        const { thread_id: parentId, end_byte_offset: cutoff } = base;
        if (typeof parentId === 'string') {
            return { parentId, ...(typeof cutoff === 'number' && Number.isSafeInteger(cutoff) && cutoff >= 0 && { cutoff }) };
        }
    }
    return typeof payload.forked_from_id === 'string' ? { parentId: payload.forked_from_id } : undefined;
}
/** The Codex home a rollout is in: the parent of the nearest `sessions/` or `archived_sessions/` above it. */
export function codexHomeOf(path) {
    for (let folder = dirname(path);; folder = dirname(folder)) {
        if (SESSION_FOLDERS.includes(basename(folder)))
            return dirname(folder);
        if (dirname(folder) === folder)
            return undefined;
    }
}
/** The session id in a canonical rollout name, if any. */
export function sessionIdInName(path) {
    return ROLLOUT_NAME.test(basename(path)) ? SESSION_ID_IN_NAME.exec(basename(path))?.[1] : undefined;
}
/** The first line of a file, parsed as a record; undefined when it is not one. */
export async function firstRecord(path) {
    let handle;
    try {
        handle = await open(path, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const chunks = [];
        let length = 0;
        for (;;) {
            const chunk = Buffer.alloc(64 << 10);
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
            const end = chunk.subarray(0, bytesRead).indexOf(0x0a);
            chunks.push(chunk.subarray(0, end >= 0 ? end : bytesRead));
            length += bytesRead;
            if (end >= 0 || bytesRead === 0 || length > MAX_FIRST_LINE)
                break;
        }
        const value = JSON.parse(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, ''));
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        await handle.close();
    }
}
/** The fork origin of a rollout file, from its first record (a session_meta). */
export async function forkOriginOfFile(path) {
    const record = await firstRecord(path);
    const payload = record?.type === 'session_meta' ? record.payload : undefined;
    return typeof payload === 'object' && payload !== null ? forkOriginOf(payload) : undefined;
}
async function rolloutsUnder(folder, into) {
    let entries;
    try {
        entries = await readdir(folder, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory())
            await rolloutsUnder(path, into);
        else if (entry.isFile() && ROLLOUT_NAME.test(entry.name))
            into.push(path);
    }
}
/** Every rollout of a Codex home, live and archived. */
async function rolloutsOf(home) {
    const paths = [];
    for (const folder of SESSION_FOLDERS)
        await rolloutsUnder(join(home, folder), paths);
    return paths;
}
/**
 * The forks of a rollout in its Codex home: rollouts whose session_meta names this session as the one
 * they were forked from. A fork without a byte cutoff (an older Codex) reads the whole parent: its cutoff
 * is then the parent's current size.
 */
export async function forksOf(path, sessionId, size) {
    const home = codexHomeOf(path);
    if (!home)
        return [];
    const forks = [];
    for (const candidate of await rolloutsOf(home)) {
        if (sessionIdInName(candidate) === sessionId)
            continue;
        const origin = await forkOriginOfFile(candidate);
        if (origin?.parentId === sessionId)
            forks.push({ path: candidate, cutoff: origin.cutoff ?? size });
    }
    return forks;
}
/** The parent rollout of a fork, found by the session id in its name, in the fork's Codex home. */
export async function parentOf(forkPath, parentId) {
    const home = codexHomeOf(forkPath);
    if (!home)
        return undefined;
    return (await rolloutsOf(home)).find((candidate) => sessionIdInName(candidate) === parentId);
}
