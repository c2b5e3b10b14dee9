import { dirname } from 'node:path';
import { DEFAULT_LIMITS, handOver, mergedRuns, mergeRuns, removeAtExit, removeRuns, SortedLog } from './sorted-runs.js';
/**
 * Collects the diagnostics of one file in the order the checker reports them and hands them back sorted by
 * line, then rule, in the order reported for equal keys: an in-memory sort for a file with few of them (all
 * but freak files); an external merge sort for one with many (src/checking/sorted-runs.ts). Most diagnostics
 * are reported in line order as the lines are read, but a rule that can only tell at the end (an unanswered
 * call) reports then, about earlier lines: so each batch of ITEMS_IN_MEMORY (16,384) is sorted and written to a
 * temp file as a sorted run, and reading merges the runs. A repair is data (its edits), written out with its
 * diagnostic: fix holds no more of a million than check does.
 */
export class DiagnosticLog {
    ruleOrder;
    #log;
    constructor(ruleOrder, 
    /** Smaller limits for tests. */
    limits = DEFAULT_LIMITS) {
        this.ruleOrder = ruleOrder;
        this.#log = new SortedLog(compareBy(ruleOrder), DIAGNOSTIC_ROWS, limits);
    }
    /** The entries held in memory now (the current batch), for extending a run in place. */
    get batch() {
        return this.#log.batch;
    }
    /** Called when a batch is written out: indexes into the batch are no longer valid. */
    set onSpill(call) {
        this.#log.onSpill = call;
    }
    push(diagnostic) {
        this.#log.push(diagnostic);
    }
    /** The diagnostics, sorted; the log is done with. */
    finish() {
        const sorted = this.#log.finish();
        if (sorted.runs.length === 0)
            return sorted.memory;
        return new SpilledDiagnostics(sorted.runs, sorted.memory, sorted.length, this.ruleOrder);
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
        const sorted = mergedRuns(this, compareBy(this.ruleOrder), DIAGNOSTIC_ROWS);
        return (this.extra.length === 0 ? sorted : mergeRuns([sorted, this.extra], (a, b) => a.line - b.line))[Symbol.iterator]();
    }
    /** Removes the run files: the list is not read again (its diagnostics were copied into an array). */
    release() {
        removeRuns(this);
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
const DIAGNOSTIC_ROWS = {
    toRow: ({ rule, code, severity, line, message, callId, fixable, applicability, endLine, repair }) => [
        rule,
        code,
        severity,
        line,
        message,
        callId ?? null,
        fixable,
        applicability ?? null,
        endLine ?? null,
        repair ?? null,
    ],
    fromRow: (row) => {
        const [rule, code, severity, line, message, callId, fixable, applicability, endLine, repair] = row;
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
            ...(repair !== null && { repair }),
        };
    },
};
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
    return picked(list, (diagnostic) => (keep(diagnostic) ? diagnostic : undefined));
}
/**
 * What `pick` makes of each item, the undefined left out: read lazily, counted once when asked (by `count`,
 * when the caller counts it together with another list).
 */
export function picked(items, pick, count) {
    let length;
    return {
        get length() {
            if (length === undefined && count)
                length = count();
            if (length === undefined) {
                length = 0;
                for (const item of items)
                    if (pick(item) !== undefined)
                        length += 1;
            }
            return length;
        },
        *[Symbol.iterator]() {
            for (const item of items) {
                const made = pick(item);
                if (made !== undefined)
                    yield made;
            }
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
