import { defineRule } from '../../../checking/rule.js';
/**
 * Its check reads other files (the fork's parent), so it runs at the edges, in src/formats/codex/links.ts
 * (FileLinks.check): the per-file hooks are empty.
 */
export default defineRule({
    name: 'fork-parent-missing',
    code: 'SD309',
    severity: 'error',
    fixable: false,
    summary: 'A fork\'s parent rollout is missing, or no longer holds what the fork reads.',
    explanation: '`codex exec fork` writes a child rollout that holds none of its parent\'s items: on every resume it reads them ' +
        'from the parent\'s file, from its start up to session_meta.payload.history_base.end_byte_offset (of the ' +
        'decompressed bytes, when Codex has compressed the parent to .jsonl.zst; a plain rollout beside it is read ' +
        'first). If the parent is gone from the Codex home (sessions/, archived_sessions/) or shorter than that offset, Codex cannot resume ' +
        'the fork ("cutoff byte offset is past the source rollout"); if the byte before the offset no longer ends a line, ' +
        'the parent was edited before it and the fork silently sees a different history. fix cannot repair this: restore ' +
        'the parent from its backup. session-doctor itself never moves a byte of a parent before any fork\'s offset.',
    create: () => ({}),
});
