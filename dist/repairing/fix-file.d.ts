import type { Stats } from 'node:fs';
import type { Writable } from 'node:stream';
import type { FormatAdapter } from '../formats/format.js';
import { type CheckOptions, type FileReport } from '../checking/check-source.js';
import { type CountedList, type DiagnosticList } from '../checking/diagnostic-list.js';
import { InputError } from '../reading/input-error.js';
/** A file fix will not replace: it may be a live session, or it changed during the repair. */
export declare class FixRefusedError extends InputError {
}
export interface FixOptions extends CheckOptions {
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
    /**
     * Replace a file even if it was modified within `minAgeSeconds`, has other hard links, or its owner
     * cannot be kept. Open writers are a separate matter: see `allowOpenWriters`.
     */
    readonly force?: boolean;
    /**
     * Replace a file even while a process holds it open for writing (or its format says a running client owns
     * it). Whatever that process writes next goes to the replaced file, which only the backup keeps.
     */
    readonly allowOpenWriters?: boolean;
    /** A file modified more recently than this is taken for a live session. Default 10. */
    readonly minAgeSeconds?: number;
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
/**
 * The guard fix applies before replacing a file, for other commands that replace one (restore): open
 * writers and the live owner the file's format knows of, a recent modification (unless `force`), other hard
 * links. The options stand for the run (the same object for every file): its look at the machine serves this
 * first look, as in fix. Throws FixRefusedError.
 */
export declare function refuseReplacing(path: string, before: Stats, options: Pick<FixOptions, 'force' | 'allowOpenWriters' | 'minAgeSeconds'>, format: FormatAdapter | undefined): Promise<void>;
/** The last look before a rename, made afresh: the file did not change, and (unless allowed) nothing is writing it. */
export declare function refuseIfChangedOrOpen(path: string, before: Stats, options: Pick<FixOptions, 'allowOpenWriters'>, format: FormatAdapter | undefined): Promise<void>;
