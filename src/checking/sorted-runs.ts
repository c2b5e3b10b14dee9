import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { workerThreads } from '../builtins.js';

/**
 * An external merge sort for what a file can have a million of (diagnostics, the edits of their repairs):
 * items are pushed in any order, a batch of at most `inMemory` is sorted and written to a temp file as a
 * sorted run, and reading merges the runs (and the last batch, in memory) back into one sorted sequence.
 * The sort is stable: items with equal keys come back in the order they were pushed.
 */

/** How an item is written as one line of a run file (a JSON value) and read back. */
export interface RowCodec<T> {
  toRow(item: T): unknown;
  fromRow(row: unknown): T;
}

/** Items held in memory at most; beyond that they are sorted and written to a temp file. */
export const ITEMS_IN_MEMORY = 16_384;
/** Sorted runs on disk before they are merged into one, so that a merge reads from at most this many files. */
const MAX_RUNS = 32;
const READ_BYTES = 64 << 10;

export interface SortLimits {
  readonly inMemory: number;
  readonly runs: number;
}

export const DEFAULT_LIMITS: SortLimits = { inMemory: ITEMS_IN_MEMORY, runs: MAX_RUNS };

/** The sorted items: the runs on disk and the last batch, sorted, in memory; merge them with `mergedRuns`. */
export interface SortedRuns<T> {
  readonly runs: readonly string[];
  readonly memory: readonly T[];
  readonly length: number;
}

export class SortedLog<T> {
  #batch: T[] = [];
  #runs: string[] = [];
  #length = 0;
  /** Called when a batch is written out: indexes into the batch are no longer valid. */
  onSpill: (() => void) | undefined;

  constructor(
    private readonly compare: (a: T, b: T) => number,
    private readonly codec: RowCodec<T>,
    private readonly limits: SortLimits = DEFAULT_LIMITS,
  ) {}

  /** The items held in memory now (the current batch), for changing the last ones in place. */
  get batch(): T[] {
    return this.#batch;
  }

  get length(): number {
    return this.#length;
  }

  push(item: T): void {
    this.#batch.push(item);
    this.#length += 1;
    if (this.#batch.length >= this.limits.inMemory) this.#spillBatch();
  }

  /** The items, sorted; the log is done with. */
  finish(): SortedRuns<T> {
    this.#batch.sort(this.compare);
    return { runs: this.#runs, memory: this.#batch, length: this.#length };
  }

  #spillBatch(): void {
    this.#batch.sort(this.compare);
    this.#runs.push(writeRun(this.#batch, this.codec));
    this.#batch = [];
    this.onSpill?.();
    if (this.#runs.length >= this.limits.runs) {
      const merged = mergeRuns(
        this.#runs.map((run) => readRun(run, this.codec)),
        this.compare,
      );
      const runs = this.#runs;
      this.#runs = [writeRun(merged, this.codec)];
      for (const run of runs) rmSync(run, { force: true });
    }
  }
}

/** The items of sorted runs, merged: read as often as asked, each time from the files. */
export function mergedRuns<T>(sorted: SortedRuns<T>, compare: (a: T, b: T) => number, codec: RowCodec<T>): Iterable<T> {
  return sorted.runs.length === 0 ? sorted.memory : mergeRuns([...sorted.runs.map((run) => readRun(run, codec)), sorted.memory], compare);
}

/** Removes the run files: the items are not read again. */
export function removeRuns(sorted: SortedRuns<unknown>): void {
  for (const run of sorted.runs) rmSync(run, { force: true });
}

/** k sorted sequences as one, stable: for equal keys, the earlier sequence first. Read as often as asked. */
export function mergeRuns<T>(runs: Iterable<T>[], compare: (a: T, b: T) => number): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      const heads: { value: T; source: number; rest: Iterator<T> }[] = [];
      runs.forEach((run, source) => {
        const rest = run[Symbol.iterator]();
        const first = rest.next();
        if (!first.done) heads.push({ value: first.value, source, rest });
      });
      const before = (a: (typeof heads)[number], b: (typeof heads)[number]) => {
        const order = compare(a.value, b.value);
        return order < 0 || (order === 0 && a.source < b.source);
      };
      while (heads.length > 0) {
        // At most MAX_RUNS + 2 heads: a linear scan beats a heap's bookkeeping here.
        let best = 0;
        for (let index = 1; index < heads.length; index += 1) if (before(heads[index]!, heads[best]!)) best = index;
        const head = heads[best]!;
        yield head.value;
        const next = head.rest.next();
        if (next.done) heads.splice(best, 1);
        else head.value = next.value;
      }
    },
  };
}

function writeRun<T>(items: Iterable<T>, codec: RowCodec<T>): string {
  const path = spillPath('run', 'jsonl');
  const fd = openSync(path, 'wx', 0o600);
  try {
    let text = '';
    for (const item of items) {
      text += `${JSON.stringify(codec.toRow(item))}\n`;
      if (text.length >= READ_BYTES) {
        writeSync(fd, text);
        text = '';
      }
    }
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** A run file's items, read in pieces as they are asked for. */
function readRun<T>(path: string, codec: RowCodec<T>): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      const fd = openSync(path, 'r');
      try {
        const buffer = Buffer.allocUnsafe(READ_BYTES);
        // A read may end inside a character: the decoder keeps its first bytes for the next.
        const decoder = new StringDecoder('utf8');
        let rest = '';
        for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
          const text = rest + decoder.write(buffer.subarray(0, read));
          const end = text.lastIndexOf('\n');
          rest = text.slice(end + 1);
          if (end === -1) continue;
          // One JSON.parse for the piece's rows (JSON text holds no raw line break): far cheaper than one a row.
          for (const row of JSON.parse(`[${text.slice(0, end).replaceAll('\n', ',')}]`) as unknown[]) yield codec.fromRow(row);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

let folder: string | undefined;
let spilled = 0;

/** A new file name in this thread's spill folder (see spillFolder): `<kind>-<n>.<extension>`. */
export function spillPath(kind: string, extension: string): string {
  return join(spillFolder(), `${kind}-${(spilled += 1)}.${extension}`);
}

/** This thread's folder for run files, made when first needed and removed when the thread exits. */
function spillFolder(): string {
  if (folder) return folder;
  folder = mkdtempSync(join(tmpdir(), 'session-doctor-diagnostics-'));
  removeAtExit(folder);
  return folder;
}

const toRemove = new Set<string>();
let removing = false;

export function removeAtExit(path: string): void {
  if (!removing) process.once('exit', () => toRemove.forEach((each) => rmSync(each, { recursive: true, force: true })));
  removing = true;
  toRemove.add(path);
}

/** A worker's folder outlives the worker once its runs are posted: the main thread removes it. */
export function handOver(path: string): void {
  if (!workerThreads().isMainThread) toRemove.delete(path);
}
