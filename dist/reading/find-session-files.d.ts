import { type InputError } from './input-error.js';
export type FoundInput = {
    readonly path: string;
} | {
    readonly path: string;
    readonly error: InputError;
};
/**
 * Expands the paths given on the command line: a file is taken as it is (whatever its name), a folder
 * is searched recursively for *.jsonl, *.ndjson and *.jsonl.zst files, in a stable order. Symbolic links to folders
 * are not followed (no cycles). A path that cannot be read is returned with its error.
 */
export declare function findSessionFiles(paths: readonly string[]): Promise<FoundInput[]>;
