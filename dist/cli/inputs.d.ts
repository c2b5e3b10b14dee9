import { type FoundInput } from '../reading/find-session-files.js';
export declare const STDIN = "-";
/** The Codex session store checked when no path is given. */
export declare function codexSessionStore(env: NodeJS.ProcessEnv): string;
/** Claude Code's transcript store, checked too when no path is given. */
export declare function claudeProjectsStore(env: NodeJS.ProcessEnv): string;
/** Reads a list of paths, one per line (`--files-from`, e.g. from `git ls-files` or `find`). */
export declare function readPathList(source: NodeJS.ReadableStream): Promise<string[]>;
/** The files a command works on, in the order given; `-` stands for stdin and is kept as it is. */
export declare function resolveInputs(paths: readonly string[]): Promise<FoundInput[]>;
/** Copies stdin to a private temp file, for commands that read their input twice. */
export declare function spoolStdin(): Promise<{
    path: string;
    dispose: () => Promise<void>;
}>;
