/** The progress line shows up only once a run has lasted this long (a short run stays silent). */
export declare const PROGRESS_DELAY_MS = 800;
/** At most one redraw per this many milliseconds. */
export declare const PROGRESS_INTERVAL_MS = 100;
export interface ProgressOptions {
    /** --progress (true) / --no-progress (false); undefined: automatic. */
    readonly flag?: boolean;
    readonly stream?: NodeJS.WriteStream;
    readonly env?: NodeJS.ProcessEnv;
    /** The clock, for tests. */
    readonly now?: () => number;
}
export interface Progress {
    /** Work on the next file has started. */
    next(path: string): void;
    /** The run is over: clears the line. Safe to call twice. */
    end(): void;
}
/**
 * Whether to show progress: never when --no-progress, when stderr is not a terminal (pipes, files, CI
 * logs) or TERM=dumb, or under pre-commit (it captures the hook's output through a pty).
 */
export declare function progressWanted(options: ProgressOptions): boolean;
export declare function formatBytes(bytes: number): string;
/**
 * The progress line's text, without the terminal codes around it, at most `width` characters. A path too
 * long for the line loses its start, never its end: the file name (a rollout's session id) is what tells
 * files apart.
 */
export declare function progressText(done: number, total: number, path: string, bytes: number | undefined, elapsedMs: number, width?: number): string;
/**
 * A one-line progress display on stderr for long runs (many files, or large ones): drawn once the run
 * has lasted PROGRESS_DELAY_MS (at once with --progress), redrawn as each file starts and by a timer (so a
 * single huge file still shows time passing), at most every PROGRESS_INTERVAL_MS, and erased at the end.
 * Silent otherwise.
 */
export declare function startProgress(total: number, options?: ProgressOptions): Progress;
