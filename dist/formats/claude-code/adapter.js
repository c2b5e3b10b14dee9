import { ClaudeHistory } from './chain.js';
import { claudeLiveSession } from './live-session.js';
import { claudeScan, classifyClaude, isClaudeRecord } from './records.js';
const CLAUDE_WORDS = {
    callKey: 'id',
    outputKey: 'tool_use_id',
    outsideNote: ' It is outside the conversation Claude Code rebuilds on resume (on a dead branch, behind a cut in the parentUuid chain, or in the history a later compact boundary summarised).',
    embeddedNote: ' fix leaves dead branches as they are.',
};
/** Claude Code transcripts: ~/.claude/projects/<cwd>/<session>.jsonl and its subagents/agent-<id>.jsonl. */
export const claudeCode = {
    name: 'claude-code',
    description: 'Claude Code transcript (~/.claude/projects/…/<session>.jsonl)',
    words: CLAUDE_WORDS,
    matches: isClaudeRecord,
    classify: classifyClaude,
    timestampOf: (value) => {
        const timestamp = value.timestamp;
        return typeof timestamp === 'string' ? timestamp : undefined;
    },
    scan: claudeScan,
    toleratesBom: true,
    createHistory: (emit, options) => new ClaudeHistory(emit, options),
    liveSession: claudeLiveSession,
};
