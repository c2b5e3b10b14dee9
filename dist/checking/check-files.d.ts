import { InputError } from '../reading/input-error.js';
import { type CheckOptions, type FileReport } from './check-source.js';
export type FileOutcome = FileReport | {
    readonly path: string;
    readonly error: InputError;
};
/**
 * Checks many files and returns their outcomes in the order given. Many files are spread over threads,
 * one per core, each taking the next file when it is free; a few are checked here.
 * `onDone` is called as each file finishes (for progress).
 */
export declare function checkFiles(paths: readonly string[], options: CheckOptions, onDone?: (path: string) => void): Promise<FileOutcome[]>;
/** A worker's answer for one file. */
export type WorkerReply = {
    readonly index: number;
    readonly report: FileReport;
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
