import type { ChalkInstance } from 'chalk';
import type { FileResult, RunSummary } from './results.js';
export interface ReportContext {
    readonly command: 'check' | 'fix';
    readonly summary: RunSummary;
    /** Colours for people's formats; machine formats ignore it. */
    readonly chalk: ChalkInstance;
    readonly toolVersion: string;
    /** `--statistics`: people's formats print per-rule counts instead of every problem; JSON adds them. */
    readonly statistics?: boolean;
    /** The GitHub report's problems also go to the Actions job summary ($GITHUB_STEP_SUMMARY is set). */
    readonly jobSummary?: boolean;
}
/** Renders a whole run. Reporters are pure: the CLI decides where the text goes. */
export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;
/**
 * A reporter that makes its text in pieces, so that the CLI writes a report of a million problems as it
 * is made, never holding it whole (the diagnostics themselves may be read back from temp files).
 */
export type ChunkedReporter<C extends ReportContext = ReportContext> = (results: readonly FileResult[], context: C) => Iterable<string>;
/** The whole text of a chunked reporter, as one string. */
export declare const joined: <C extends ReportContext>(chunks: ChunkedReporter<C>) => (results: readonly FileResult[], context: C) => string;
/** Each item changed by `change`, read lazily. */
export declare function mapIterable<T, U>(items: Iterable<T>, change: (item: T) => U): Iterable<U>;
