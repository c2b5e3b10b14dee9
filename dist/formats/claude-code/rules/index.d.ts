import type { Rule } from '../../../checking/rule.js';
/** The rules only Claude Code transcripts need. */
export declare const CLAUDE_RULES: readonly Rule[];
