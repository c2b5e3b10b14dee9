import { type FileResult, type RunSummary } from './results.js';
/** One sentence of a run's summary, with the tone people's formats colour it in. */
export interface SummarySentence {
    readonly tone: 'ok' | 'error' | 'warning' | 'plain';
    readonly text: string;
    /** A hint under the totals (stylish indents it). */
    readonly hint?: boolean;
}
/**
 * What a run found and did, and what to do next, in sentences: stylish prints one per line, the GitHub
 * log line joins them. Counts are pluralised; a dry run says what it would do.
 */
export declare function summarySentences(command: 'check' | 'fix', summary: RunSummary, results: readonly FileResult[]): SummarySentence[];
