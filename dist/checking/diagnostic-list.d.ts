import type { Diagnostic } from './diagnostic.js';
import { type SortLimits } from './sorted-runs.js';
/** What reporters read of a file: read in order, as often as they like, and counted (an array is one). */
export interface CountedList<T> extends Iterable<T> {
    readonly length: number;
}
/**
 * A file's diagnostics as reporters read them; `length` counts entries (a run of identical findings on
 * consecutive lines is one). A million of them need not be held: see DiagnosticLog.
 */
export type DiagnosticList = CountedList<Diagnostic>;
/**
 * Collects the diagnostics of one file in the order the checker reports them and hands them back sorted by
 * line, then rule, in the order reported for equal keys: an in-memory sort for a file with few of them (all
 * but freak files); an external merge sort for one with many (src/checking/sorted-runs.ts). Most diagnostics
 * are reported in line order as the lines are read, but a rule that can only tell at the end (an unanswered
 * call) reports then, about earlier lines: so each batch of ITEMS_IN_MEMORY (16,384) is sorted and written to a
 * temp file as a sorted run, and reading merges the runs. A repair is data (its edits), written out with its
 * diagnostic: fix holds no more of a million than check does.
 */
export declare class DiagnosticLog {
    #private;
    private readonly ruleOrder;
    constructor(ruleOrder: ReadonlyMap<string, number>, 
    /** Smaller limits for tests. */
    limits?: SortLimits);
    /** The entries held in memory now (the current batch), for extending a run in place. */
    get batch(): Diagnostic[];
    /** Called when a batch is written out: indexes into the batch are no longer valid. */
    set onSpill(call: () => void);
    push(diagnostic: Diagnostic): void;
    /** The diagnostics, sorted; the log is done with. */
    finish(): DiagnosticList;
}
/** Diagnostics written to sorted runs on disk (and the last batch, in memory), read back merged. */
export declare class SpilledDiagnostics implements DiagnosticList {
    readonly runs: readonly string[];
    readonly memory: readonly Diagnostic[];
    readonly length: number;
    private readonly ruleOrder;
    /** A few found afterwards (from the files around it), sorted by line: each after those of its line. */
    private readonly extra;
    constructor(runs: readonly string[], memory: readonly Diagnostic[], length: number, ruleOrder: ReadonlyMap<string, number>, 
    /** A few found afterwards (from the files around it), sorted by line: each after those of its line. */
    extra?: readonly Diagnostic[]);
    [Symbol.iterator](): Iterator<Diagnostic>;
    /** Removes the run files: the list is not read again (its diagnostics were copied into an array). */
    release(): void;
    withExtra(found: readonly Diagnostic[]): SpilledDiagnostics;
    /** What a worker thread posts: the files stay where they are, and the main thread removes them. */
    toMessage(): SpilledMessage;
    static fromMessage(message: SpilledMessage): SpilledDiagnostics;
}
export interface SpilledMessage {
    readonly runs: readonly string[];
    readonly memory: readonly Diagnostic[];
    readonly length: number;
    readonly ruleOrder: readonly (readonly [string, number])[];
    readonly extra: readonly Diagnostic[];
}
/** A list as it can cross to another thread: an array as it is, spilled diagnostics by their files. */
export declare const toMessage: (list: DiagnosticList) => readonly Diagnostic[] | {
    readonly spilled: SpilledMessage;
};
export declare const fromMessage: (message: readonly Diagnostic[] | {
    readonly spilled: SpilledMessage;
}) => DiagnosticList;
/** The entries in an array (a copy only when they were not one). */
export declare const asArray: (list: DiagnosticList) => readonly Diagnostic[];
/** Whether any entry matches (one pass, stopping at the first). */
export declare function someOf(list: DiagnosticList, test: (diagnostic: Diagnostic) => boolean): boolean;
/** The entries that pass `keep`, read lazily (counted once, when asked). */
export declare function filtered(list: DiagnosticList, keep: (diagnostic: Diagnostic) => boolean): DiagnosticList;
/**
 * What `pick` makes of each item, the undefined left out: read lazily, counted once when asked (by `count`,
 * when the caller counts it together with another list).
 */
export declare function picked<T, U>(items: Iterable<T>, pick: (item: T) => U | undefined, count?: () => number): CountedList<U>;
/** Each entry changed by `change`, read lazily. */
export declare function mapped(list: DiagnosticList, change: (diagnostic: Diagnostic) => Diagnostic): DiagnosticList;
