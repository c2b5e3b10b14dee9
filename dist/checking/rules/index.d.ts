import type { Rule } from '../rule.js';
/** Every rule, in code order: the order diagnostics on one line are listed in. */
export declare const RULES: readonly Rule[];
