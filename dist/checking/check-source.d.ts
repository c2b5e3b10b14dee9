import type { FormatAdapter, FormatName, PinnedPrefix } from '../formats/format.js';
import { type CheckOutcome } from './checker.js';
import { type DiagnosticList } from './diagnostic-list.js';
import type { Diagnostic } from './diagnostic.js';
import { type RuleSelection } from './select-rules.js';
export interface CheckOptions extends RuleSelection {
    /** Force an input format instead of detecting it. */
    readonly format?: FormatName;
    readonly strategy?: 'placeholder' | 'truncate';
    readonly placeholderText?: string;
    /** Stops the work: it rejects with the signal's reason (an AbortError), writing nothing. */
    readonly signal?: AbortSignal;
}
export interface FileReport {
    /** The path as given (or the stdin file name). */
    readonly path: string;
    /** The detected or forced format; undefined when the file holds no record. */
    readonly format?: FormatName;
    readonly records: number;
    readonly lines: number;
    readonly diagnostics: readonly Diagnostic[];
}
/** A FileReport whose diagnostics may be read back from temp files (the CLI's: a million need not be held). */
export interface CheckedFile extends Omit<FileReport, 'diagnostics'> {
    readonly diagnostics: DiagnosticList;
}
/**
 * Adds what the file's format learns from the files around it (a Codex fork whose parent is gone) to a
 * check of the file at `path`, when its rule is selected.
 */
export declare function withLinkedProblems<T extends CheckRun>(path: string, run: T, options: CheckOptions): Promise<T>;
export interface CheckRun extends CheckOutcome {
    readonly report: CheckedFile;
}
/** Checks a stream of bytes (a file, stdin, a socket) as one session file. */
export declare function runCheck(path: string, chunks: AsyncIterable<Buffer | string> | Iterable<Buffer>, options?: CheckOptions & {
    readonly repairs?: boolean;
    readonly unsafeFixes?: boolean;
    readonly pinnedPrefix?: PinnedPrefix;
    readonly onRepair?: () => void;
}): Promise<CheckRun>;
/** Checks one session file by path, streaming it. Throws InputError when it cannot be read. */
export declare function checkFile(path: string, options?: CheckOptions): Promise<FileReport>;
/** checkFile, its diagnostics possibly left in temp files until they are read (the CLI's). */
export declare function checkFileLazily(path: string, options?: CheckOptions): Promise<CheckedFile>;
/**
 * The format of the session file at `path` as a check of it would detect it from its first records (undefined
 * when they tell none), reading no more of it than that takes. Throws InputError when it cannot be read.
 */
export declare function formatOfFile(path: string): Promise<FormatAdapter | undefined>;
/** The report with its diagnostics in an array. */
export declare function asReport(checked: CheckedFile): FileReport;
/** Checks session content from a stream, a string or a Buffer. */
export declare function checkStream(input: AsyncIterable<Buffer | string> | string | Buffer, options?: CheckOptions & {
    readonly path?: string;
}): Promise<FileReport>;
/** The chunks, until the signal aborts: then the signal's reason is thrown. */
export declare function abortable<T>(chunks: AsyncIterable<T> | Iterable<T>, signal: AbortSignal): AsyncIterable<T>;
