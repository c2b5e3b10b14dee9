import { type Diagnostic } from '../checking/diagnostic.js';
import { type ChunkedReporter, type ReportContext } from './reporter.js';
import { type FileResult } from './results.js';
/**
 * Grouped by file, aligned, coloured on a terminal, with a summary (ESLint's stylish). The same finding on
 * consecutive lines is one row with a line range; with `statistics`, per-rule counts replace the rows.
 * Made in pieces: a file's rows are gone through twice, once for the column widths, then to write them.
 */
export declare const stylishChunks: ChunkedReporter;
export declare const stylishReporter: (results: readonly FileResult[], context: ReportContext) => string;
/** Runs of the same finding (rule, severity, message; no call id) on consecutive lines, as first diagnostic and last line. */
export declare function collapse(diagnostics: Iterable<Diagnostic>): Iterable<{
    diagnostic: Diagnostic;
    last: number;
}>;
