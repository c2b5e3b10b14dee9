import type { RunSummary } from '../reporting/results.js';
/** 0 clean, 1 errors (or more warnings than allowed), 2 a file could not be read or replaced. */
export declare function exitCode(summary: RunSummary, maxWarnings: number): 0 | 1 | 2;
