import type { Writable } from 'node:stream';
import { type CheckOptions, type FileReport } from '../checking/check-source.js';
import { type CountedList, type DiagnosticList } from '../checking/diagnostic-list.js';
import { type ReplaceOptions } from './replace-guard.js';
export { FixRefusedError } from './replace-guard.js';
export interface FixOptions extends CheckOptions, ReplaceOptions {
    /** Replace the original (atomically, keeping a backup unless `backup` is false). */
    readonly inPlace?: boolean;
    /** Keep the original's bytes as `<file>.bak` when replacing it. Default true. */
    readonly backup?: boolean;
    /** Where to write the repaired file: a path or a stream. Default `<file>.fixed`. */
    readonly output?: string | Writable;
    /** Report what would change; write nothing. */
    readonly dryRun?: boolean;
    /** Also apply unsafe fixes (those that change what the model sees, or drop real content). Default false. */
    readonly unsafeFixes?: boolean;
    /** Also produce a unified diff of the change: in the report's `diff`, or given to `onDiff`. */
    readonly diff?: boolean;
    /**
     * Takes the diff piece by piece as it is made (the CLI writes it to stdout), instead of the report's
     * `diff`, which holds all of it: a diff can be larger than the file (a CRLF file: every line changes).
     */
    readonly onDiff?: (text: string) => void;
    /** The path to name in reports, when `path` is a temporary copy (stdin). */
    readonly displayPath?: string;
}
export interface RepairDone {
    readonly rule: string;
    readonly code: string;
    readonly line: number;
    /** A run: the same repair on every line from `line` to here (the action says so). */
    readonly endLine?: number;
    readonly action: string;
    readonly callId?: string;
    /** Other lines the repair edited (e.g. children re-linked to a removed line's parent). */
    readonly otherLines?: readonly number[];
}
export interface FixReport extends FileReport {
    /** What was repaired (or, with dryRun, would be). `diagnostics` holds what remains. */
    readonly repairs: readonly RepairDone[];
    /** Where the repaired file was written; undefined when nothing was written. */
    readonly written?: string;
    readonly backup?: string;
    readonly diff?: string;
    /** What the run could not be sure of, for the user (e.g. open writers that could not be checked). */
    readonly notes?: readonly string[];
    /** A dry run (or a diff): `repairs` lists what would be repaired; nothing was written. */
    readonly dryRun?: boolean;
}
/** A FixReport whose diagnostics and repairs may be read back from temp files (the CLI's: a million need not be held). */
export interface FixedFile extends Omit<FixReport, 'diagnostics' | 'repairs'> {
    readonly diagnostics: DiagnosticList;
    readonly repairs: CountedList<RepairDone>;
}
/**
 * Repairs one session file: a first pass checks it and plans the repairs, a second pass streams the
 * original through the plan to the destination. The original is only ever replaced by an atomic rename,
 * and only with `inPlace`.
 */
export declare function fixFile(path: string, options?: FixOptions): Promise<FixReport>;
/**
 * fixFile, its diagnostics and repairs possibly left in temp files until they are read (the CLI's); release()
 * removes those files once they are read.
 */
export declare function fixFileLazily(path: string, options?: FixOptions): Promise<FixedFile & {
    release(): void;
}>;
/** The copy fix writes by default: `<file>.fixed` (`x.jsonl.fixed` for `x.jsonl.zst`: it is plain). */
export declare const copyPathFor: (path: string) => string;
