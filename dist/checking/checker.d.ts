import type { FormatAdapter, FormatName, HistoryModel, PinnedPrefix } from '../formats/format.js';
import { type RawLine } from '../reading/line-splitter.js';
import { type DiagnosticList } from './diagnostic-list.js';
import { type Severity } from './diagnostic.js';
import type { Rule } from './rule.js';
export interface EnabledRule {
    readonly rule: Rule;
    readonly severity: Severity;
}
export interface CheckerOptions {
    /** Display path, used in messages and by rules that look at the file name. */
    readonly path: string;
    readonly rules: readonly EnabledRule[];
    /** Force a format instead of detecting it from the first record. */
    readonly format?: FormatName;
    /** Compute each fixable diagnostic's repair. */
    readonly repairs?: boolean;
    /** Compute the repairs of unsafe fixes too (otherwise they are reported and held back). */
    readonly unsafeFixes?: boolean;
    readonly strategy?: 'placeholder' | 'truncate';
    readonly placeholderText?: string;
    /**
     * Parse every line with JSON.parse, never taking the format's fast path (the reference the fast path is
     * tested against). Default false.
     */
    readonly exact?: boolean;
    /** Bytes of the file other files read by offset: repairs that would move them are not planned. */
    readonly pinnedPrefix?: PinnedPrefix;
    /** Told of each repair as it is made: fix starts copying the file's unchanged start then (src/repairing/prefix-copy.ts). */
    readonly onRepair?: () => void;
}
/** What the repairer needs to know about the file beyond the diagnostics. */
export interface FileFacts {
    readonly format?: FormatAdapter;
    /** The file's history, as its format rebuilt it. */
    readonly history?: HistoryModel;
    readonly lines: number;
    readonly records: number;
    readonly lastLineEol: '' | '\n' | '\r\n';
    /** The pinned prefix, as lines: lines before `firstFreeLine` must stay byte for byte where they are. */
    readonly pinned?: {
        readonly firstFreeLine: number;
        readonly reason: string;
    };
}
export interface CheckOutcome {
    /** Sorted by line, then rule. A file with very many is read back from temp files. */
    readonly diagnostics: DiagnosticList;
    readonly facts: FileFacts;
}
/**
 * Checks one file without I/O: feed it the file's bytes in chunks (push), or every RawLine in order (line),
 * then call end(). Holds only pairing state, the diagnostics found and the start of a line that goes on in
 * the next chunk.
 */
export declare class FileChecker {
    #private;
    private readonly options;
    constructor(options: CheckerOptions);
    /** The file's format, once it was forced or its first records told it. */
    get format(): FormatAdapter | undefined;
    /**
     * The next chunk of the file. The kernel finds, splits and scans its lines where they lie (no line is
     * split, copied or scanned one by one in JavaScript); a chunk with no line end is only carried.
     */
    push(chunk: Buffer): void;
    line(raw: RawLine): void;
    end(): CheckOutcome;
}
