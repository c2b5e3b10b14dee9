import type { Stats } from 'node:fs';
import type { FormatAdapter } from '../formats/format.js';
import { InputError } from '../reading/input-error.js';
import { type LiveEvidence } from './live-guard.js';
import type { OpenWriter } from './open-writers.js';
/** A file fix will not replace: it may be a live session, or it changed during the repair. */
export declare class FixRefusedError extends InputError {
}
/** What the refusals let pass: fix's and restore's options. */
export interface ReplaceOptions {
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
}
/**
 * The guard fix applies before replacing a file, for other commands that replace one (restore): open
 * writers and the live owner the file's format knows of, a recent modification (unless `force`), other hard
 * links. The options stand for the run (the same object for every file): its look at the machine serves this
 * first look, as in fix. Throws FixRefusedError.
 */
export declare function refuseReplacing(path: string, before: Stats, options: ReplaceOptions, format: FormatAdapter | undefined): Promise<void>;
/** The last look before a rename, made afresh: the file did not change, and (unless allowed) nothing is writing it. */
export declare function refuseIfChangedOrOpen(path: string, before: Stats, options: Pick<ReplaceOptions, 'allowOpenWriters'>, format: FormatAdapter | undefined): Promise<void>;
/** The checks made before any work on a file that would be replaced; each throws FixRefusedError. */
export declare function refuseUnsafeReplacement(path: string, before: Stats, evidence: LiveEvidence, options: Pick<ReplaceOptions, 'force' | 'allowOpenWriters'>, running: string | undefined): Promise<void>;
export declare function refuseIfWriters(path: string, writers: readonly OpenWriter[], running: string | undefined): void;
export declare function refuseIfChanged(path: string, before: Stats): Promise<void>;
