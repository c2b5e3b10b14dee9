import { InputError } from '../reading/input-error.js';
import { type CheckedFile, type CheckOptions } from './check-source.js';
import { toMessage } from './diagnostic-list.js';
export type FileOutcome = CheckedFile | {
    readonly path: string;
    readonly error: InputError;
};
/**
 * Checks many files and returns their outcomes in the order given. Many files holding much are spread
 * over threads, one per core, each taking the next file when it is free; the others are checked here.
 * `onDone` is called as each file finishes (for progress). `threadsAsked` overrides that choice (no more
 * threads than files, though).
 */
export declare function checkFiles(paths: readonly string[], options: CheckOptions, onDone?: (path: string) => void, threadsAsked?: number): Promise<FileOutcome[]>;
/** A file for a worker: its place in the list, and its path. */
export interface WorkerFile {
    readonly index: number;
    readonly path: string;
}
/** A worker's answer for one file. */
export type WorkerReply = {
    readonly index: number;
    readonly report: Omit<CheckedFile, 'diagnostics'>;
    readonly diagnostics: ReturnType<typeof toMessage>;
} | {
    readonly index: number;
    readonly unreadable: {
        readonly path: string;
        readonly message: string;
    };
} | {
    readonly index: number;
    readonly internal: string;
};
