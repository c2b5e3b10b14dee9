import type { CheckedFile } from '../checking/check-source.js';
import type { CountedList } from '../checking/diagnostic-list.js';
import type { FixReport, RepairDone } from '../repairing/fix-file.js';
/** One file's outcome in a run: a check or fix report, or why it could not be read. */
export type FileResult = (CheckedFile & {
    readonly repairs?: CountedList<RepairDone>;
} & Partial<Pick<FixReport, 'written' | 'backup' | 'diff' | 'notes' | 'dryRun'>>) | UnreadableFile;
export interface UnreadableFile {
    readonly path: string;
    readonly error: string;
}
export declare const isUnreadable: (result: FileResult) => result is UnreadableFile;
export interface RunSummary {
    readonly files: number;
    readonly filesWithProblems: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    /** Diagnostics `fix` can repair. */
    readonly fixable: number;
    /** Of those, the ones whose fix is unsafe: applied only with `--unsafe-fixes` (held back otherwise). */
    readonly unsafeFixable: number;
    /** Repairs made (fix runs). */
    readonly repaired: number;
    /** Repairs a dry run (or a diff) would make; nothing was written. */
    readonly wouldRepair: number;
    readonly unreadable: number;
}
export declare function summarize(results: readonly FileResult[]): RunSummary;
export { plural } from '../checking/diagnostic.js';
/** One rule's count over a run (`--statistics`). */
export interface RuleStatistic {
    readonly rule: string;
    readonly code: string;
    readonly count: number;
    /** How many of them `fix` repairs by default, and how many only with `--unsafe-fixes`. */
    readonly fixable: number;
    readonly unsafeFixable: number;
}
/** Per-rule counts over the run, most frequent first (ties in code order). */
export declare function ruleStatistics(results: readonly FileResult[]): RuleStatistic[];
