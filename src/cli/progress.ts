import { statSync } from 'node:fs';
import { printable } from '../checking/diagnostic.js';

/** The progress line shows up only once a run has lasted this long (a short run stays silent). */
export const PROGRESS_DELAY_MS = 800;
/** At most one redraw per this many milliseconds. */
export const PROGRESS_INTERVAL_MS = 100;

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

const SILENT: Progress = { next() {}, end() {} };

/**
 * Whether to show progress: never when --no-progress, when stderr is not a terminal (pipes, files, CI
 * logs) or TERM=dumb, or under pre-commit (it captures the hook's output through a pty).
 */
export function progressWanted(options: ProgressOptions): boolean {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  if (options.flag === false) return false;
  if (stream.isTTY !== true || env.TERM === 'dumb') return false;
  if (options.flag === undefined && env.PRE_COMMIT) return false;
  return true;
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${BYTE_UNITS[unit]}`;
}

/**
 * The progress line's text, without the terminal codes around it, at most `width` characters. A path too
 * long for the line loses its start, never its end: the file name (a rollout's session id) is what tells
 * files apart.
 */
export function progressText(done: number, total: number, path: string, bytes: number | undefined, elapsedMs: number, width = Infinity): string {
  const seconds = Math.floor(elapsedMs / 1000);
  const size = bytes !== undefined ? ` (${formatBytes(bytes)})` : '';
  const head = `session-doctor: file ${done}/${total} · ${seconds}s · `;
  const shown = printable(path);
  const room = width - head.length - size.length;
  if (shown.length <= room) return `${head}${shown}${size}`;
  return `${head}…${shown.slice(shown.length - Math.max(0, room - 1))}${size}`.slice(0, width);
}

/**
 * A one-line progress display on stderr for long runs (many files, or large ones): drawn once the run
 * has lasted PROGRESS_DELAY_MS (at once with --progress), redrawn as each file starts and by a timer (so a
 * single huge file still shows time passing), at most every PROGRESS_INTERVAL_MS, and erased at the end.
 * Silent otherwise.
 */
export function startProgress(total: number, options: ProgressOptions = {}): Progress {
  if (!progressWanted(options)) return SILENT;
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const started = now();
  const delay = options.flag === true ? 0 : PROGRESS_DELAY_MS;
  let index = 0;
  let path = '';
  let bytes: number | undefined;
  let drawn = false;
  let lastDrawn = -Infinity;
  let ended = false;

  const draw = () => {
    if (ended || index === 0 || now() - started < delay) return;
    const width = Math.max(20, (stream.columns || 80) - 1);
    const text = progressText(index, total, path, bytes, now() - started, width);
    stream.write(`\r\u001b[2K${text}`);
    drawn = true;
    lastDrawn = now();
  };
  const timer = setInterval(draw, PROGRESS_INTERVAL_MS);
  timer.unref();
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(timer);
    process.off('exit', end);
    if (drawn) stream.write('\r\u001b[2K');
  };
  // An error that ends the run early must not leave the line behind.
  process.once('exit', end);

  return {
    next(nextPath) {
      index += 1;
      path = nextPath;
      try {
        bytes = nextPath === '-' ? undefined : statSync(nextPath).size;
      } catch {
        bytes = undefined;
      }
      // A new file is shown at once unless the line was just drawn (the timer shows time passing within a file).
      if (now() - lastDrawn >= PROGRESS_INTERVAL_MS) draw();
    },
    end,
  };
}
