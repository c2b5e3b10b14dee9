import type { Rule } from '../../../checking/rule.js';
import brokenParentChain from './broken-parent-chain.js';
import danglingCompactReference from './dangling-compact-reference.js';
import danglingLeafUuid from './dangling-leaf-uuid.js';
import emptyTranscript from './empty-transcript.js';
import toolResultNotAdjacent from './tool-result-not-adjacent.js';

/** The rules only Claude Code transcripts need. */
export const CLAUDE_RULES: readonly Rule[] = [toolResultNotAdjacent, brokenParentChain, danglingLeafUuid, danglingCompactReference, emptyTranscript];
