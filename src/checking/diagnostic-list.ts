import { dirname } from 'node:path';
import type { Repair } from '../repairing/edits.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import { DEFAULT_LIMITS, handOver, mergedRuns, mergeRuns, removeAtExit, removeRuns, SortedLog, type RowCodec, type SortLimits } from './sorted-runs.js';

/** What reporters read of a file: read in order, as often as they like, and counted (an array is one). */
export interface CountedList<T> extends Iterable<T> {
  readonly length: number;
}

/**
 * A file's diagnostics as reporters read them; `length` counts entries (a run of identical findings on
 * consecutive lines is one). A million of them need not be held: see DiagnosticLog.
 */
export type DiagnosticList = CountedList<Diagnostic>;

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
  readonly #log: SortedLog<Diagnostic>;

  constructor(
    private readonly ruleOrder: ReadonlyMap<string, number>,
    /** Smaller limits for tests. */
    limits: SortLimits = DEFAULT_LIMITS,
  ) {
    this.#log = new SortedLog(compareBy(ruleOrder), DIAGNOSTIC_ROWS, limits);
  }

  /** The entries held in memory now (the current batch), for extending a run in place. */
  get batch(): Diagnostic[] {
    return this.#log.batch;
  }

  /** Called when a batch is written out: indexes into the batch are no longer valid. */
  set onSpill(call: () => void) {
    this.#log.onSpill = call;
  }

  push(diagnostic: Diagnostic): void {
    this.#log.push(diagnostic);
  }

  /** The diagnostics, sorted; the log is done with. */
  finish(): DiagnosticList {
    const sorted = this.#log.finish();
    if (sorted.runs.length === 0) return sorted.memory;
    return new SpilledDiagnostics(sorted.runs, sorted.memory, sorted.length, this.ruleOrder);
  }
}

/** Sorted by line, then by the rule's place in the rule list. */
function compareBy(ruleOrder: ReadonlyMap<string, number>): (a: Diagnostic, b: Diagnostic) => number {
  return (a, b) => a.line - b.line || ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)!;
}

/** Diagnostics written to sorted runs on disk (and the last batch, in memory), read back merged. */
export class SpilledDiagnostics implements DiagnosticList {
  constructor(
    readonly runs: readonly string[],
    readonly memory: readonly Diagnostic[],
    readonly length: number,
    private readonly ruleOrder: ReadonlyMap<string, number>,
    /** A few found afterwards (from the files around it), sorted by line: each after those of its line. */
    private readonly extra: readonly Diagnostic[] = [],
  ) {}

  [Symbol.iterator](): Iterator<Diagnostic> {
    const sorted = mergedRuns(this, compareBy(this.ruleOrder), DIAGNOSTIC_ROWS);
    return (this.extra.length === 0 ? sorted : mergeRuns([sorted, this.extra], (a, b) => a.line - b.line))[Symbol.iterator]();
  }

  /** Removes the run files: the list is not read again (its diagnostics were copied into an array). */
  release(): void {
    removeRuns(this);
  }

  withExtra(found: readonly Diagnostic[]): SpilledDiagnostics {
    const extra = [...this.extra, ...found].sort((a, b) => a.line - b.line);
    return new SpilledDiagnostics(this.runs, this.memory, this.length + found.length, this.ruleOrder, extra);
  }

  /** What a worker thread posts: the files stay where they are, and the main thread removes them. */
  toMessage(): SpilledMessage {
    for (const run of this.runs) handOver(dirname(run));
    return { runs: this.runs, memory: this.memory, length: this.length, ruleOrder: [...this.ruleOrder], extra: this.extra };
  }

  static fromMessage(message: SpilledMessage): SpilledDiagnostics {
    for (const run of message.runs) removeAtExit(dirname(run));
    return new SpilledDiagnostics(message.runs, message.memory, message.length, new Map(message.ruleOrder), message.extra);
  }
}

export interface SpilledMessage {
  readonly runs: readonly string[];
  readonly memory: readonly Diagnostic[];
  readonly length: number;
  readonly ruleOrder: readonly (readonly [string, number])[];
  readonly extra: readonly Diagnostic[];
}

/** A list as it can cross to another thread: an array as it is, spilled diagnostics by their files. */
export const toMessage = (list: DiagnosticList): readonly Diagnostic[] | { readonly spilled: SpilledMessage } =>
  list instanceof SpilledDiagnostics ? { spilled: list.toMessage() } : [...list];

export const fromMessage = (message: readonly Diagnostic[] | { readonly spilled: SpilledMessage }): DiagnosticList =>
  'spilled' in message ? SpilledDiagnostics.fromMessage(message.spilled) : message;

/** One diagnostic as a line of a run file: a JSON array, in Diagnostic's field order. */
type Row = [string, string, Severity, number, string, string | null, boolean, Diagnostic['applicability'] | null, number | null, Repair | null];

const DIAGNOSTIC_ROWS: RowCodec<Diagnostic> = {
  toRow: ({ rule, code, severity, line, message, callId, fixable, applicability, endLine, repair }: Diagnostic): Row => [
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
    const [rule, code, severity, line, message, callId, fixable, applicability, endLine, repair] = row as Row;
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
export const asArray = (list: DiagnosticList): readonly Diagnostic[] => (Array.isArray(list) ? list : [...list]);

/** Whether any entry matches (one pass, stopping at the first). */
export function someOf(list: DiagnosticList, test: (diagnostic: Diagnostic) => boolean): boolean {
  for (const diagnostic of list) if (test(diagnostic)) return true;
  return false;
}

/** The entries that pass `keep`, read lazily (counted once, when asked). */
export function filtered(list: DiagnosticList, keep: (diagnostic: Diagnostic) => boolean): DiagnosticList {
  if (Array.isArray(list)) return list.filter(keep);
  return picked(list, (diagnostic) => (keep(diagnostic) ? diagnostic : undefined));
}

/**
 * What `pick` makes of each item, the undefined left out: read lazily, counted once when asked (by `count`,
 * when the caller counts it together with another list).
 */
export function picked<T, U>(items: Iterable<T>, pick: (item: T) => U | undefined, count?: () => number): CountedList<U> {
  let length: number | undefined;
  return {
    get length() {
      if (length === undefined && count) length = count();
      if (length === undefined) {
        length = 0;
        for (const item of items) if (pick(item) !== undefined) length += 1;
      }
      return length;
    },
    *[Symbol.iterator]() {
      for (const item of items) {
        const made = pick(item);
        if (made !== undefined) yield made;
      }
    },
  };
}

/** Each entry changed by `change`, read lazily. */
export function mapped(list: DiagnosticList, change: (diagnostic: Diagnostic) => Diagnostic): DiagnosticList {
  if (Array.isArray(list)) return list.map(change);
  return {
    length: list.length,
    *[Symbol.iterator]() {
      for (const diagnostic of list) yield change(diagnostic);
    },
  };
}
