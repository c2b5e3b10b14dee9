import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { workerThreads } from '../builtins.js';
/** Items held in memory at most; beyond that they are sorted and written to a temp file. */
export const ITEMS_IN_MEMORY = 16_384;
/** Sorted runs on disk before they are merged into one, so that a merge reads from at most this many files. */
const MAX_RUNS = 32;
const READ_BYTES = 64 << 10;
export const DEFAULT_LIMITS = { inMemory: ITEMS_IN_MEMORY, runs: MAX_RUNS };
export class SortedLog {
    compare;
    codec;
    limits;
    #batch = [];
    #runs = [];
    #length = 0;
    /** Called when a batch is written out: indexes into the batch are no longer valid. */
    onSpill;
    constructor(compare, codec, limits = DEFAULT_LIMITS) {
        this.compare = compare;
        this.codec = codec;
        this.limits = limits;
    }
    /** The items held in memory now (the current batch), for changing the last ones in place. */
    get batch() {
        return this.#batch;
    }
    get length() {
        return this.#length;
    }
    push(item) {
        this.#batch.push(item);
        this.#length += 1;
        if (this.#batch.length >= this.limits.inMemory)
            this.#spillBatch();
    }
    /** The items, sorted; the log is done with. */
    finish() {
        this.#batch.sort(this.compare);
        return { runs: this.#runs, memory: this.#batch, length: this.#length };
    }
    #spillBatch() {
        this.#batch.sort(this.compare);
        this.#runs.push(writeRun(this.#batch, this.codec));
        this.#batch = [];
        this.onSpill?.();
        if (this.#runs.length >= this.limits.runs) {
            const merged = mergeRuns(this.#runs.map((run) => readRun(run, this.codec)), this.compare);
            const runs = this.#runs;
            this.#runs = [writeRun(merged, this.codec)];
            for (const run of runs)
                rmSync(run, { force: true });
        }
    }
}
/** The items of sorted runs, merged: read as often as asked, each time from the files. */
export function mergedRuns(sorted, compare, codec) {
    return sorted.runs.length === 0 ? sorted.memory : mergeRuns([...sorted.runs.map((run) => readRun(run, codec)), sorted.memory], compare);
}
/** Removes the run files: the items are not read again. */
export function removeRuns(sorted) {
    for (const run of sorted.runs)
        rmSync(run, { force: true });
}
/** k sorted sequences as one, stable: for equal keys, the earlier sequence first. Read as often as asked. */
export function mergeRuns(runs, compare) {
    return {
        *[Symbol.iterator]() {
            const heads = [];
            runs.forEach((run, source) => {
                const rest = run[Symbol.iterator]();
                const first = rest.next();
                if (!first.done)
                    heads.push({ value: first.value, source, rest });
            });
            const before = (a, b) => {
                const order = compare(a.value, b.value);
                return order < 0 || (order === 0 && a.source < b.source);
            };
            while (heads.length > 0) {
                // At most MAX_RUNS + 2 heads: a linear scan beats a heap's bookkeeping here.
                let best = 0;
                for (let index = 1; index < heads.length; index += 1)
                    if (before(heads[index], heads[best]))
                        best = index;
                const head = heads[best];
                yield head.value;
                const next = head.rest.next();
                if (next.done)
                    heads.splice(best, 1);
                else
                    head.value = next.value;
            }
        },
    };
}
function writeRun(items, codec) {
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
    }
    finally {
        closeSync(fd);
    }
    return path;
}
/** A run file's items, read in pieces as they are asked for. */
function readRun(path, codec) {
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
                    if (end === -1)
                        continue;
                    // One JSON.parse for the piece's rows (JSON text holds no raw line break): far cheaper than one a row.
                    for (const row of JSON.parse(`[${text.slice(0, end).replaceAll('\n', ',')}]`))
                        yield codec.fromRow(row);
                }
            }
            finally {
                closeSync(fd);
            }
        },
    };
}
let folder;
let spilled = 0;
/** A new file name in this thread's spill folder (see spillFolder): `<kind>-<n>.<extension>`. */
export function spillPath(kind, extension) {
    return join(spillFolder(), `${kind}-${(spilled += 1)}.${extension}`);
}
/** This thread's folder for run files, made when first needed and removed when the thread exits. */
function spillFolder() {
    if (folder)
        return folder;
    folder = mkdtempSync(join(tmpdir(), 'session-doctor-diagnostics-'));
    removeAtExit(folder);
    return folder;
}
const toRemove = new Set();
let removing = false;
export function removeAtExit(path) {
    if (!removing)
        process.once('exit', () => toRemove.forEach((each) => rmSync(each, { recursive: true, force: true })));
    removing = true;
    toRemove.add(path);
}
/** A worker's folder outlives the worker once its runs are posted: the main thread removes it. */
export function handOver(path) {
    if (!workerThreads().isMainThread)
        toRemove.delete(path);
}
