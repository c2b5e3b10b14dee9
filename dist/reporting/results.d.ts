import type { FileReport } from '../checking/check-source.js';
import type { FixReport } from '../repairing/fix-file.js';
/** One file's outcome in a run: a check or fix report, or why it could not be read. */
export type FileResult = (FileReport & Partial<Pick<FixReport, 'repairs' | 'written' | 'backup' | 'diff' | 'notes'>>) | UnreadableFile;
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
    /** Repairs made (fix runs). */
    readonly repaired: number;
    readonly unreadable: number;
}
export declare function summarize(results: readonly FileResult[]): RunSummary;
export declare const plural: (count: number, word: string) => string;
