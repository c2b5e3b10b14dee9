import { type FoundInput } from '../reading/find-session-files.js';
export declare const STDIN = "-";
/** The Codex session store checked when no path is given. */
export declare function codexSessionStore(env: NodeJS.ProcessEnv): string;
/** Claude Code's transcript store, checked too when no path is given. */
export declare function claudeProjectsStore(env: NodeJS.ProcessEnv): string;
/**
 * Reads a list of paths (`--files-from`, e.g. from `git ls-files` or `find`): one per line, or NUL-separated
 * (`-z`, `-print0`) with `nul`. A path is taken exactly as written (spaces are part of names): only empty
 * entries are skipped, and a line's CR when the list has CRLF line ends.
 */
export declare function readPathList(source: NodeJS.ReadableStream, { nul }?: {
    nul?: boolean | undefined;
}): Promise<string[]>;
/**
 * The files a command works on, in the order given, each once (`d/x` and `./d/x` are one file, named as
 * first given); `-` stands for stdin and is kept as it is.
 */
export declare function resolveInputs(paths: readonly string[]): Promise<FoundInput[]>;
/** Copies stdin to a private temp file, for commands that read their input twice. */
export declare function spoolStdin(): Promise<{
    path: string;
    dispose: () => Promise<void>;
}>;
