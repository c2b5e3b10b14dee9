import type { Reporter } from './reporter.js';
/** Grouped by file, aligned, coloured on a terminal, with a summary line (ESLint's stylish). */
export declare const stylishReporter: Reporter;
