import type { Stats } from 'node:fs';
import { type CheckedFile, type CheckOptions } from '../checking/check-source.js';
import { type DiagnosticList } from '../checking/diagnostic-list.js';
import type { FormatAdapter, ProcessTable } from '../formats/format.js';
import { type OpenWriter, type WriterIndex } from './open-writers.js';
/**
 * The live-session guard: what shows that a client may still be writing a session file. A file recently
 * written, a process holding it open for writing (any format), or a format's own evidence (its
 * LiveSessionProbe). Asked only of files that a fix would replace.
 */
export interface LiveEvidence {
    /** Seconds since the file was last written. */
    readonly age: number;
    /** Written within the --min-age window. */
    readonly recent: boolean;
    readonly writers: readonly OpenWriter[];
    /** Why open writers could not be (fully) checked. */
    readonly unchecked?: string;
}
/**
 * The first look at a file (before any work on it). With `run` (an object that stands for the run, such as
 * its options), it is the run's look at the machine (runLook): what it finds only decides what is refused
 * early and what is noted, and the last look before a rename (writersOf without one) is made afresh.
 */
export declare function liveEvidence(path: string, stats: Stats, minAgeSeconds: number, format: FormatAdapter | undefined, run?: object): Promise<LiveEvidence>;
/** What one look at the machine found: every file open for writing (undefined without /proc), and the processes. */
export interface MachineLook {
    readonly index: WriterIndex | undefined;
    readonly processes: ProcessTable;
}
/** A look at the machine now: every file open for writing, and the processes. */
export declare function lookAtMachine(): MachineLook;
/**
 * Processes holding the file open for writing, and the live owner its format knows of: from `look` when
 * given, else found now (without /proc, open writers are asked of lsof for this file).
 */
export declare function writersOf(path: string, stats: Stats, format: FormatAdapter | undefined, look?: MachineLook): Promise<{
    writers: OpenWriter[];
    unchecked?: string;
}>;
/** `open for appending by codex (pid 4242)`, for each writer. */
export declare function describeWriters(writers: readonly OpenWriter[]): string;
/**
 * The lines of the unanswered calls at the very end of the file: in the last turn, with no turn boundary
 * after them. While a tool runs the client writes nothing, so such a call may be running rather than crashed.
 */
export declare function trailingUnanswered(diagnostics: DiagnosticList, turnBoundaries: readonly number[] | undefined): number[];
/** Why a trailing unanswered call may still be running, or undefined when nothing says so. */
export declare function stillRunningReason(evidence: LiveEvidence): string | undefined;
/**
 * For `check`: the unanswered calls at the very end of a file that was just written, is held open for writing
 * or whose client session is running (its format's probe) are reported as possibly still running. One look
 * at the machine serves the whole run, and only files with an unanswered call that are fresh, open or owned
 * are looked at again (for their turn boundaries).
 */
export declare function notePossiblyRunning<T extends CheckedFile | {
    readonly path: string;
    readonly error: string;
}>(reports: readonly T[], options: CheckOptions, minAgeSeconds?: number): Promise<T[]>;
