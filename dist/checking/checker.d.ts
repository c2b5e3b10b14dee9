import type { FormatAdapter, FormatName } from '../formats/format.js';
import type { RawLine } from '../reading/line-splitter.js';
import { type Diagnostic, type Severity } from './diagnostic.js';
import { LineSet } from './line-set.js';
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
    readonly strategy?: 'placeholder' | 'truncate';
    readonly placeholderText?: string;
    /**
     * Parse every line with JSON.parse, never taking the format's fast path (the reference the fast path is
     * tested against). Default false.
     */
    readonly exact?: boolean;
}
/** What the repairer needs to know about the file beyond the diagnostics. */
export interface FileFacts {
    readonly format?: FormatAdapter;
    readonly lines: number;
    readonly records: number;
    readonly paginated: boolean;
    readonly maxOrdinal?: number;
    /** Lines that hold a parsed record. */
    readonly recordLines: LineSet;
    /** Record lines without an ordinal. */
    readonly unnumberedLines: LineSet;
    readonly lastLineEol: '' | '\n' | '\r\n';
}
export interface CheckOutcome {
    readonly diagnostics: Diagnostic[];
    readonly facts: FileFacts;
}
/**
 * Checks one file, line by line, without I/O: feed it every RawLine in order, then call end().
 * Holds only pairing state and the diagnostics found.
 */
export declare class FileChecker {
    #private;
    private readonly options;
    constructor(options: CheckerOptions);
    line(raw: RawLine): void;
    end(): CheckOutcome;
}
