import { type ChunkedReporter } from './reporter.js';
import { type FileResult } from './results.js';
import { type LocatedReportContext } from './sarif.js';
/** GitHub shows this many error and this many warning annotations of a step; it drops the rest. */
export declare const GITHUB_ANNOTATION_LIMIT = 10;
/** Rows of the job summary table; the summary of a step may hold 1 MiB. */
export declare const STEP_SUMMARY_MAX_ROWS = 500;
/** Escaping of a workflow command's message (as @actions/core does). */
export declare const escapeData: (text: string) => string;
/** Escaping of a workflow command's property value: the message escapes, plus `:` and `,`. */
export declare const escapeProperty: (text: string) => string;
/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per problem, then a
 * plain summary line for the log. The CLI also appends `githubStepSummary` to $GITHUB_STEP_SUMMARY.
 */
export declare const githubChunks: ChunkedReporter<LocatedReportContext>;
export declare const githubReporter: (results: readonly FileResult[], context: LocatedReportContext) => string;
/**
 * The Markdown job summary for $GITHUB_STEP_SUMMARY: a summary line and a table of every problem (GitHub
 * annotates only the first few of a step), up to STEP_SUMMARY_MAX_ROWS rows.
 */
export declare function githubStepSummary(results: readonly FileResult[], context: LocatedReportContext): string;
