import type { FormatAdapter } from '../format.js';
/** Claude Code transcripts: ~/.claude/projects/<cwd>/<session>.jsonl and its subagents/agent-<id>.jsonl. */
export declare const claudeCode: FormatAdapter;
