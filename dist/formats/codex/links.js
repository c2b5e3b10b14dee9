import { basename } from 'node:path';
import { plural } from '../../checking/diagnostic.js';
import { CodexHistory } from './codex-history.js';
import { codexHomeOf, firstRecord, forksOf, parentOf, prefixAt } from './forks.js';
import forkParentMissing from './rules/fork-parent-missing.js';
const LF = 0x0a;
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
        // The parent may vanish or change under us: then the next check says so. A compressed parent is read
        // decompressed: the cutoff counts the bytes Codex reads from it.
        const prefix = await prefixAt(parent, origin.cutoff);
        if (prefix === undefined)
            return [];
        if (prefix.bytes < origin.cutoff) {
            return [
                {
                    line: 1,
                    message: `This fork reads its parent ${basename(parent)} up to byte ${origin.cutoff}, but the parent now has ${plural(prefix.bytes, 'byte')} (truncated or rewritten): ` +
                        'Codex cannot resume the fork ("cutoff byte offset is past the source rollout").',
                },
            ];
        }
        if (prefix.last !== LF) {
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
    async pinnedPrefix(path, run) {
        const record = await firstRecord(path);
        const payload = record?.type === 'session_meta' ? record.payload : undefined;
        const sessionId = typeof payload?.id === 'string' ? payload.id : undefined;
        if (!sessionId)
            return undefined;
        const forks = await forksOf(path, sessionId, run);
        if (forks.length === 0)
            return undefined;
        // A fork of an older Codex reads the whole parent (decompressed, for a .zst).
        const whole = forks.some((fork) => fork.cutoff === undefined) ? (await prefixAt(path, Number.POSITIVE_INFINITY))?.bytes : undefined;
        const bytes = Math.max(...forks.map((fork) => fork.cutoff ?? whole ?? Number.MAX_SAFE_INTEGER));
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
