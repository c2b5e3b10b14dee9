import { type InputError } from './input-error.js';
/** A path found, and its key: the absolute path it names (`d/x` and `./d/x` are one file). */
export type FoundInput = {
    readonly path: string;
    readonly key: string;
} | {
    readonly path: string;
    readonly key: string;
    readonly error: InputError;
};
/**
 * Expands the paths given on the command line: a file is taken as it is (whatever its name), a folder
 * is searched recursively for *.jsonl, *.ndjson and *.jsonl.zst files, in a stable order. Symbolic links to folders
 * are not followed (no cycles). A path that cannot be read is returned with its error. Each file comes once.
 */
export declare function findSessionFiles(paths: readonly string[]): Promise<FoundInput[]>;
