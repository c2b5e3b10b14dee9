import { type Diagnostic } from '../checking/diagnostic.js';
import type { Reporter } from './reporter.js';
/**
 * Grouped by file, aligned, coloured on a terminal, with a summary (ESLint's stylish). The same finding on
 * consecutive lines is one row with a line range; with `statistics`, per-rule counts replace the rows.
 */
export declare const stylishReporter: Reporter;
/** Runs of the same finding (rule, severity, message; no call id) on consecutive lines, as first diagnostic and last line. */
export declare function collapse(diagnostics: readonly Diagnostic[]): {
    diagnostic: Diagnostic;
    last: number;
}[];
