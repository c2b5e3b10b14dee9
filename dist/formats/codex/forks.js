/**
 * Codex forks: `codex exec fork <id>` writes a child rollout that holds none of its parent's items. It
 * reads them from the parent's file, from its start up to `session_meta.payload.history_base
 * .end_byte_offset`, every time it is resumed. So a parent's bytes before any child's cutoff must never
 * move, and a child whose parent is gone or shorter than its cutoff cannot be resumed at all
 * ("cutoff byte offset is past the source rollout"). This is the only Codex code that reads other files:
 * the folders of the Codex home a rollout lives in (`sessions/`, `archived_sessions/`).
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FieldList } from '../../reading/field-list.js';
import { fieldsOf } from '../../reading/value-fields.js';
import { READ_FLAGS, isCompressed, readChunks } from '../../reading/open-input.js';
const SESSION_FOLDERS = ['sessions', 'archived_sessions'];
/** Plain and compressed: Codex 0.171 compresses rollouts older than 7 days, and reads a fork's parent from its .zst. */
const ROLLOUT_NAME = /^rollout-.*\.jsonl(?:\.zst)?$/;
const SESSION_ID_IN_NAME = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_[^.]*)?\.jsonl(?:\.zst)?$/;
const LF = 0x0a;
/** The session_meta line is a few tens of KiB (base instructions); no first line is read past this. */
const MAX_FIRST_LINE = 4 << 20;
/** A session_meta payload's fields that name its fork origin, by path within the payload. */
const FORK_PATHS = { base: 'history_base', parentId: 'history_base.thread_id', cutoff: 'history_base.end_byte_offset', forkedFrom: 'forked_from_id' };
/** The paths of the fork fields at `prefix`. */
export const forkPaths = (prefix) => Object.values(FORK_PATHS).map((path) => `${prefix}${path}`);
/** The fork fields in a list that asked for forkPaths(prefix). */
export function forkFields(list, prefix) {
    return Object.fromEntries(Object.entries(FORK_PATHS).map(([key, path]) => [key, list.of(`${prefix}${path}`)]));
}
/** The fork origin a session_meta names, if it is a fork: from its scanned fields or, through fieldsOf, its parsed payload. */
export function forkOriginOfFields(fields, at) {
    const base = fields.kind(at.base);
    const parentId = base === 'object' || base === 'array' ? fields.string(at.parentId) : undefined;
    if (parentId !== undefined) {
        const cutoff = fields.number(at.cutoff);
        return { parentId, ...(cutoff !== undefined && Number.isSafeInteger(cutoff) && cutoff >= 0 && { cutoff }) };
    }
    const forkedFrom = fields.string(at.forkedFrom);
    return forkedFrom === undefined ? undefined : { parentId: forkedFrom };
}
const PAYLOAD_FIELDS = new FieldList(forkPaths(''));
const IN_PAYLOAD = forkFields(PAYLOAD_FIELDS, '');
/** The fork origin in a parsed session_meta payload, if it is a fork. */
export const forkOriginOf = (payload) => forkOriginOfFields(fieldsOf(payload, PAYLOAD_FIELDS), IN_PAYLOAD);
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
/**
 * The first line of a plain file, parsed as a record; undefined when it is not one. Read with synchronous
 * calls: fix reads the first line of every rollout of a Codex home once per run, and a regular file answers
 * at once, while a thread-pool round trip per call does not.
 */
function firstRecordOfPlain(path) {
    let fd;
    try {
        fd = openSync(path, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const chunks = [];
        let length = 0;
        for (;;) {
            const chunk = Buffer.alloc(64 << 10);
            const bytesRead = readSync(fd, chunk, 0, chunk.length, length);
            const end = chunk.subarray(0, bytesRead).indexOf(LF);
            chunks.push(chunk.subarray(0, end >= 0 ? end : bytesRead));
            length += bytesRead;
            if (end >= 0 || bytesRead === 0 || length > MAX_FIRST_LINE)
                break;
        }
        return recordOf(Buffer.concat(chunks));
    }
    catch {
        return undefined;
    }
    finally {
        closeSync(fd);
    }
}
/** The first line of a rollout, plain or compressed (as Codex reads it), parsed as a record; undefined when it is not one. */
export async function firstRecord(path) {
    if (!isCompressed(path))
        return firstRecordOfPlain(path);
    const chunks = [];
    let length = 0;
    try {
        for await (const chunk of readChunks(path)) {
            const end = chunk.indexOf(LF);
            chunks.push(Buffer.from(chunk.subarray(0, end >= 0 ? end : chunk.length)));
            length += chunk.length;
            if (end >= 0 || length > MAX_FIRST_LINE)
                break;
        }
    }
    catch {
        return undefined;
    }
    return recordOf(Buffer.concat(chunks));
}
function recordOf(line) {
    try {
        const value = JSON.parse(line.toString('utf8').replace(/^\uFEFF/, ''));
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * How a rollout's bytes as Codex reads them (decompressed, for a .jsonl.zst) stand at `cutoff`: how many
 * there are up to it (all of them, when fewer), and the last of those; undefined when it cannot be read.
 * Synchronous for a plain file (a stat and a one-byte read, asked of every fork of a home); a compressed
 * one is decoded up to the cutoff.
 */
export async function prefixAt(path, cutoff) {
    if (!isCompressed(path)) {
        let fd;
        try {
            const bytes = Math.min(statSync(path).size, cutoff);
            fd = openSync(path, READ_FLAGS);
            const byte = Buffer.alloc(1);
            return { bytes, last: bytes > 0 && readSync(fd, byte, 0, 1, bytes - 1) === 1 ? byte[0] : undefined };
        }
        catch {
            return undefined;
        }
        finally {
            if (fd !== undefined)
                closeSync(fd);
        }
    }
    let bytes = 0;
    let last;
    try {
        for await (const chunk of readChunks(path)) {
            const taken = Math.min(chunk.length, cutoff - bytes);
            if (taken > 0)
                last = chunk[taken - 1];
            bytes += taken;
            if (bytes >= cutoff)
                break;
        }
    }
    catch {
        return undefined;
    }
    return { bytes, last };
}
/** The fork origin of a rollout file, from its first record (a session_meta). */
async function forkOriginOfFile(path) {
    const record = await firstRecord(path);
    const payload = record?.type === 'session_meta' ? record.payload : undefined;
    return typeof payload === 'object' && payload !== null ? forkOriginOf(payload) : undefined;
}
/**
 * A listing younger than this is listed again: file times move in coarse ticks, so a rollout written in the
 * tick the folder was listed in could leave its mtime as it was.
 */
const SETTLED_MS = 2000;
/**
 * The rollouts under a folder, from the run's listings where a folder's mtime says nothing was added or
 * removed since (a Codex home is looked at for every rollout fix repairs in it). Synchronous calls: a
 * folder's stat and listing answer at once.
 */
function rolloutsUnder(folder, into, listings) {
    let mtimeMs;
    try {
        mtimeMs = statSync(folder).mtimeMs;
    }
    catch {
        return;
    }
    let listing = listings.get(folder);
    if (listing?.mtimeMs !== mtimeMs || Date.now() - mtimeMs < SETTLED_MS) {
        let entries;
        try {
            entries = readdirSync(folder, { withFileTypes: true });
        }
        catch {
            return;
        }
        const folders = [];
        const rollouts = [];
        for (const entry of entries) {
            if (entry.isDirectory())
                folders.push(join(folder, entry.name));
            else if (entry.isFile() && ROLLOUT_NAME.test(entry.name))
                rollouts.push(join(folder, entry.name));
        }
        listings.set(folder, (listing = { mtimeMs, folders, rollouts }));
    }
    for (const rollout of listing.rollouts)
        into.push(rollout);
    for (const sub of listing.folders)
        rolloutsUnder(sub, into, listings);
}
/** Every rollout of a Codex home, live and archived. */
function rolloutsOf(home, listings) {
    const paths = [];
    for (const folder of SESSION_FOLDERS)
        rolloutsUnder(join(home, folder), paths, listings);
    return paths;
}
/**
 * What each run looked at. A fix of many rollouts in one Codex home asks for the forks of each, and
 * reading every other rollout's first line again for each (a home of 5,000, 200 of them damaged: a
 * million reads, two minutes) cost far more than the repairs; a check of its forks looked for each one's
 * parent through the whole home (1,000 forks: 24 s instead of 1). A rollout's first line never changes
 * (Codex writes it once), so a run reads it once; a folder is listed again when its mtime moved, so that a
 * fork written meanwhile is found.
 */
const memories = new WeakMap();
function memoryOf(run) {
    let memory = memories.get(run);
    if (!memory)
        memories.set(run, (memory = { listings: new Map(), rollouts: new Map(), sessions: new Map() }));
    return memory;
}
/** What the run knows of a rollout, its session id (from its name) at least. */
function knownRollout(memory, path) {
    let known = memory.rollouts.get(path);
    if (!known)
        memory.rollouts.set(path, (known = { sessionId: sessionIdInName(path) }));
    return known;
}
/**
 * The forks of a rollout in its Codex home: rollouts (plain or compressed) whose session_meta names this
 * session as the one they were forked from. `run` stands for the run (the same object for every file of
 * one fix).
 */
export async function forksOf(path, sessionId, run) {
    const home = codexHomeOf(path);
    if (!home)
        return [];
    const memory = memoryOf(run);
    const forks = [];
    for (const candidate of rolloutsOf(home, memory.listings)) {
        const known = knownRollout(memory, candidate);
        if (known.sessionId === sessionId)
            continue;
        if (known.origin === undefined)
            known.origin = (await forkOriginOfFile(candidate)) ?? null;
        if (known.origin?.parentId === sessionId)
            forks.push({ path: candidate, ...(known.origin.cutoff !== undefined && { cutoff: known.origin.cutoff }) });
    }
    return forks;
}
/**
 * The parent rollout of a fork, found by the session id in its name, in the fork's Codex home: the first
 * such rollout, live before archived, and a plain one before a compressed one (Codex reads
 * rollout-….jsonl before its .zst). The run's index of the home is trusted while the rollout it names is
 * still there (and, for a .zst, no plain one was written beside it), and made again otherwise (a parent
 * archived, or not found).
 */
export function parentOf(forkPath, parentId, run) {
    const home = codexHomeOf(forkPath);
    if (!home)
        return undefined;
    const memory = memoryOf(run);
    const indexed = memory.sessions.get(home)?.get(parentId);
    if (indexed !== undefined && isFile(indexed) && !(isCompressed(indexed) && isFile(plainOf(indexed))))
        return indexed;
    const index = new Map();
    for (const rollout of rolloutsOf(home, memory.listings)) {
        const { sessionId } = knownRollout(memory, rollout);
        if (sessionId === undefined)
            continue;
        const first = index.get(sessionId);
        if (first === undefined || (isCompressed(first) && !isCompressed(rollout)))
            index.set(sessionId, rollout);
    }
    memory.sessions.set(home, index);
    return index.get(parentId);
}
const plainOf = (path) => path.slice(0, -'.zst'.length);
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
