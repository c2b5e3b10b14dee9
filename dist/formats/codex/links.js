import { closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { plural } from '../../checking/diagnostic.js';
import { CodexHistory } from './codex-history.js';
import { codexHomeOf, firstRecord, forksOf, parentOf } from './forks.js';
import forkParentMissing from './rules/fork-parent-missing.js';
/**
 * The last byte of a file's first `length` bytes; a line end when it cannot be read (the file vanished:
 * the next check says so). Synchronous, as the stat before it: a check of a Codex home asks this of every
 * fork, and a regular file answers at once (and O_NONBLOCK keeps anything else from hanging the run).
 */
function byteBefore(path, length) {
    let fd;
    try {
        fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
        const byte = Buffer.alloc(1);
        return readSync(fd, byte, 0, 1, length - 1) === 1 ? byte[0] : undefined;
    }
    catch {
        return LF;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
const LF = 0x0a;
/** A file's size, or undefined when it cannot be stat'ed (gone). */
function sizeOf(path) {
    try {
        return statSync(path).size;
    }
    catch {
        return undefined;
    }
}
/** How Codex rollouts depend on each other: a fork reads its parent's file up to a byte offset. */
export const codexLinks = {
    rule: forkParentMissing.name,
    async check(path, history, run) {
        const origin = history instanceof CodexHistory ? history.forkOrigin : undefined;
        if (!origin)
            return [];
        const parent = parentOf(path, origin.parentId, run);
        if (!parent) {
            const where = codexHomeOf(path);
            return [
                {
                    line: 1,
                    message: `This rollout is a fork of session ${origin.parentId}, whose rollout is not in ${where ? `this Codex home (${where}: sessions/, archived_sessions/)` : 'a Codex home'}. ` +
                        'The fork holds none of its parent\'s history and reads it from that file: Codex cannot resume it.',
                },
            ];
        }
        if (origin.cutoff === undefined || origin.cutoff === 0)
            return [];
        // The parent may vanish or change under us: then the next check says so.
        const size = sizeOf(parent);
        if (size === undefined)
            return [];
        if (size < origin.cutoff) {
            return [
                {
                    line: 1,
                    message: `This fork reads its parent ${basename(parent)} up to byte ${origin.cutoff}, but the parent now has ${plural(size, 'byte')} (truncated or rewritten): ` +
                        'Codex cannot resume the fork ("cutoff byte offset is past the source rollout").',
                },
            ];
        }
        if (byteBefore(parent, origin.cutoff) !== LF) {
            return [
                {
                    line: 1,
                    message: `This fork reads its parent ${basename(parent)} up to byte ${origin.cutoff}, which no longer ends a line: the parent was edited before that offset, ` +
                        'so the fork\'s history now ends in the middle of a record and has lost or gained records without a word from Codex.',
                },
            ];
        }
        return [];
    },
    async pinnedPrefix(path, size, run) {
        const record = firstRecord(path);
        const payload = record?.type === 'session_meta' ? record.payload : undefined;
        const sessionId = typeof payload?.id === 'string' ? payload.id : undefined;
        if (!sessionId)
            return undefined;
        const forks = forksOf(path, sessionId, size, run);
        if (forks.length === 0)
            return undefined;
        const bytes = Math.max(...forks.map((fork) => fork.cutoff));
        const names = forks.map((fork) => basename(fork.path)).join(', ');
        const one = forks.length === 1;
        return {
            bytes,
            reason: `${names} ${one ? 'is a fork' : 'are forks'} of this session and read${one ? 's' : ''} this file up to byte ${bytes}; ` +
                `this repair would move bytes before that offset, and the fork${one ? '' : 's'} would silently lose the records pushed past it. ` +
                'Left as it is (Codex repairs it in memory on resume); the fork is unaffected.',
        };
    },
};
