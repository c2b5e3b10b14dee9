import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { workerThreads } from '../builtins.js';
/** Diagnostics held in memory at most, per file; beyond that they are sorted and written to a temp file. */
export const DIAGNOSTICS_IN_MEMORY = 16_384;
/** Sorted runs on disk before they are merged into one, so that a merge reads from at most this many files. */
const MAX_RUNS = 32;
const READ_BYTES = 64 << 10;
/**
 * Collects the diagnostics of one file in the order the checker reports them and hands them back sorted by
 * line, then rule, in the order reported for equal keys: an in-memory sort for a file with few of them (all
 * but freak files); an external merge sort for one with many. Most diagnostics are reported in line order as
 * the lines are read, but a rule that can only tell at the end (an unanswered call) reports then, about
 * earlier lines: so each batch of DIAGNOSTICS_IN_MEMORY is sorted and written to a temp file as a sorted
 * run, and reading merges the runs. Diagnostics that carry a repair (a closure) are never written out: fix
 * keeps them in memory.
 */
export class DiagnosticLog {
    ruleOrder;
    spill;
    limits;
    #batch = [];
    #runs = [];
    #length = 0;
    /** Called when a batch is written out: indexes into the batch are no longer valid. */
    onSpill;
    constructor(ruleOrder, spill, 
    /** Smaller limits for tests. */
    limits = { inMemory: DIAGNOSTICS_IN_MEMORY, runs: MAX_RUNS }) {
        this.ruleOrder = ruleOrder;
        this.spill = spill;
        this.limits = limits;
    }
    /** The entries held in memory now (the current batch), for extending a run in place. */
    get batch() {
        return this.#batch;
    }
    push(diagnostic) {
        this.#batch.push(diagnostic);
        this.#length += 1;
        if (this.spill && this.#batch.length >= this.limits.inMemory)
            this.#spillBatch();
    }
    /** The diagnostics, sorted; the log is done with. */
    finish() {
        const compare = compareBy(this.ruleOrder);
        this.#batch.sort(compare);
        if (this.#runs.length === 0)
            return this.#batch;
        return new SpilledDiagnostics(this.#runs, this.#batch, this.#length, this.ruleOrder);
    }
    #spillBatch() {
        this.#batch.sort(compareBy(this.ruleOrder));
        this.#runs.push(writeRun(this.#batch));
        this.#batch = [];
        this.onSpill?.();
        if (this.#runs.length >= this.limits.runs) {
            const merged = mergeRuns(this.#runs.map(readRun), compareBy(this.ruleOrder));
            const runs = this.#runs;
            this.#runs = [writeRun(merged)];
            for (const run of runs)
                rmSync(run, { force: true });
        }
    }
}
/** Sorted by line, then by the rule's place in the rule list. */
function compareBy(ruleOrder) {
    return (a, b) => a.line - b.line || ruleOrder.get(a.rule) - ruleOrder.get(b.rule);
}
/** Diagnostics written to sorted runs on disk (and the last batch, in memory), read back merged. */
export class SpilledDiagnostics {
    runs;
    memory;
    length;
    ruleOrder;
    extra;
    constructor(runs, memory, length, ruleOrder, 
    /** A few found afterwards (from the files around it), sorted by line: each after those of its line. */
    extra = []) {
        this.runs = runs;
        this.memory = memory;
        this.length = length;
        this.ruleOrder = ruleOrder;
        this.extra = extra;
    }
    [Symbol.iterator]() {
        const sorted = mergeRuns([...this.runs.map(readRun), this.memory], compareBy(this.ruleOrder));
        return (this.extra.length === 0 ? sorted : mergeRuns([sorted, this.extra], (a, b) => a.line - b.line))[Symbol.iterator]();
    }
    /** Removes the run files: the list is not read again (its diagnostics were copied into an array). */
    release() {
        for (const run of this.runs)
            rmSync(run, { force: true });
    }
    withExtra(found) {
        const extra = [...this.extra, ...found].sort((a, b) => a.line - b.line);
        return new SpilledDiagnostics(this.runs, this.memory, this.length + found.length, this.ruleOrder, extra);
    }
    /** What a worker thread posts: the files stay where they are, and the main thread removes them. */
    toMessage() {
        for (const run of this.runs)
            handOver(dirname(run));
        return { runs: this.runs, memory: this.memory, length: this.length, ruleOrder: [...this.ruleOrder], extra: this.extra };
    }
    static fromMessage(message) {
        for (const run of message.runs)
            removeAtExit(dirname(run));
        return new SpilledDiagnostics(message.runs, message.memory, message.length, new Map(message.ruleOrder), message.extra);
    }
}
/** A list as it can cross to another thread: an array as it is, spilled diagnostics by their files. */
export const toMessage = (list) => list instanceof SpilledDiagnostics ? { spilled: list.toMessage() } : [...list];
export const fromMessage = (message) => 'spilled' in message ? SpilledDiagnostics.fromMessage(message.spilled) : message;
/** k sorted sequences as one, stable: for equal keys, the earlier sequence first. */
function* mergeRuns(runs, compare) {
    const heads = [];
    runs.forEach((run, source) => {
        const rest = run[Symbol.iterator]();
        const first = rest.next();
        if (!first.done)
            heads.push({ value: first.value, source, rest });
    });
    const before = (a, b) => compare(a.value, b.value) < 0 || (compare(a.value, b.value) === 0 && a.source < b.source);
    while (heads.length > 0) {
        // At most MAX_RUNS + 1 heads: a linear scan beats a heap's bookkeeping here.
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
}
function writeRun(diagnostics) {
    const path = join(spillFolder(), `run-${(runNumber += 1)}.jsonl`);
    const fd = openSync(path, 'wx', 0o600);
    try {
        let text = '';
        for (const { rule, code, severity, line, message, callId, fixable, applicability, endLine } of diagnostics) {
            const row = [rule, code, severity, line, message, callId ?? null, fixable, applicability ?? null, endLine ?? null];
            text += `${JSON.stringify(row)}\n`;
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
/** A run file's diagnostics, read in pieces as they are asked for. */
function* readRun(path) {
    const fd = openSync(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(READ_BYTES);
        let rest = '';
        for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
            const lines = (rest + buffer.toString('utf8', 0, read)).split('\n');
            rest = lines.pop();
            for (const line of lines)
                yield fromRow(JSON.parse(line));
        }
    }
    finally {
        closeSync(fd);
    }
}
function fromRow([rule, code, severity, line, message, callId, fixable, applicability, endLine]) {
    return {
        rule,
        code,
        severity,
        line,
        message,
        ...(callId !== null && { callId }),
        fixable,
        ...(applicability !== null && { applicability }),
        ...(endLine !== null && { endLine }),
    };
}
let folder;
let runNumber = 0;
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
function removeAtExit(path) {
    if (!removing)
        process.once('exit', () => toRemove.forEach((each) => rmSync(each, { recursive: true, force: true })));
    removing = true;
    toRemove.add(path);
}
/** A worker's folder outlives the worker once its runs are posted: the main thread removes it (fromMessage). */
function handOver(path) {
    if (!workerThreads().isMainThread)
        toRemove.delete(path);
}
/** The entries in an array (a copy only when they were not one). */
export const asArray = (list) => (Array.isArray(list) ? list : [...list]);
/** Whether any entry matches (one pass, stopping at the first). */
export function someOf(list, test) {
    for (const diagnostic of list)
        if (test(diagnostic))
            return true;
    return false;
}
/** The entries that pass `keep`, read lazily (counted once, when asked). */
export function filtered(list, keep) {
    if (Array.isArray(list))
        return list.filter(keep);
    let length;
    return {
        get length() {
            if (length === undefined) {
                length = 0;
                for (const diagnostic of list)
                    if (keep(diagnostic))
                        length += 1;
            }
            return length;
        },
        *[Symbol.iterator]() {
            for (const diagnostic of list)
                if (keep(diagnostic))
                    yield diagnostic;
        },
    };
}
/** Each entry changed by `change`, read lazily. */
export function mapped(list, change) {
    if (Array.isArray(list))
        return list.map(change);
    return {
        length: list.length,
        *[Symbol.iterator]() {
            for (const diagnostic of list)
                yield change(diagnostic);
        },
    };
}
