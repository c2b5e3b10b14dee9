import type { Rule } from '../../../checking/rule.js';
/** The rules only Codex rollouts need. */
export declare const CODEX_RULES: readonly Rule[];
