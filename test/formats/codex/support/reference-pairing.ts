/**
 * The pairing tracker as it was before calls moved to the compact CallStore (commit d017531), kept as the
 * oracle test/formats/codex/history.test.ts compares the tracker with. Not used by the tool.
 */
import type { CallItem, HistoryItem } from '../../../../src/formats/format.js';
import type { CodexRecordInfo as RecordInfo, OutputKind } from '../../../../src/formats/codex/records.js';

/**
 * Pairs calls with outputs the way Codex does when it rebuilds a prompt (normalize.rs): by call id,
 * set-based, within the effective history. A compaction checkpoint replaces everything before it,
 * so each checkpoint closes a segment whose findings lie outside what the model sees; so do the
 * findings in turns a rollback dropped. Memory grows with the number of calls, never with bytes.
 */

export interface CallRecord {
  readonly line: number;
  readonly item: CallItem;
  readonly timestamp?: string;
  /** The call is inside a compaction checkpoint's replacement history (on the checkpoint's line). */
  readonly embedded: boolean;
  /** Where the run of reasoning items and calls that introduced this call starts. */
  readonly runStart: number;
  readonly turn: number;
}

export interface OutputRecord {
  readonly line: number;
  readonly kind: OutputKind;
  readonly callId: string;
  readonly embedded: boolean;
  readonly turn: number;
  /** Written before its call. */
  readonly early: boolean;
}

interface Common {
  /** Not in the history the model sees (replaced by a later compaction, or rolled back). */
  readonly outside: boolean;
}

export type PairingFinding =
  | (Common & { readonly type: 'unanswered'; readonly call: CallRecord; readonly ambiguous: boolean })
  | (Common & { readonly type: 'orphan'; readonly output: OutputRecord })
  | (Common & {
      readonly type: 'wrong-kind';
      readonly output: OutputRecord;
      readonly call: CallRecord;
      /** retype: it is the call's only answer; remove: another output answers the call. */
      readonly resolution: 'retype' | 'remove';
      readonly ambiguous: boolean;
    })
  | (Common & {
      readonly type: 'extra-output';
      readonly output: OutputRecord;
      readonly call: CallRecord;
      readonly answer: OutputRecord;
      readonly ambiguous: boolean;
    })
  | (Common & { readonly type: 'repeat-call'; readonly call: CallRecord; readonly first: CallRecord })
  | (Common & { readonly type: 'early-output'; readonly output: OutputRecord; readonly call: CallRecord })
  | (Common & {
      readonly type: 'unpairable-output';
      readonly line: number;
      readonly kind: OutputKind;
      readonly embedded: boolean;
    });

interface CallState {
  readonly call: CallRecord;
  readonly outputs: OutputRecord[];
  readonly repeats: CallRecord[];
}

interface Unpairable {
  readonly line: number;
  readonly kind: OutputKind;
  readonly embedded: boolean;
  readonly turn: number;
}

export class PairingTracker {
  /** Lines of turn boundaries: turn start/end events and the starts of user turns. */
  readonly turnBoundaries: number[] = [];
  #calls = new Map<string, CallState>();
  #orphans = new Map<string, OutputRecord[]>();
  #unpairable: Unpairable[] = [];
  #turn = 0;
  #liveTurns: number[] = [];
  #rolledBack = new Set<number>();
  #inUserRun = false;
  #runStart = 0;
  #inRun = false;

  constructor(private readonly emit: (finding: PairingFinding) => void) {}

  record(line: number, info: RecordInfo, timestamp: () => string | undefined): void {
    if (info.replacesHistory) {
      this.#finalize(true);
      this.#calls = new Map();
      this.#orphans = new Map();
      this.#unpairable = [];
      for (const item of info.replacesHistory) this.#item(line, item, true, timestamp);
    }
    if (info.turn) {
      this.#inUserRun = false;
      this.#inRun = false;
      this.turnBoundaries.push(line);
    }
    if (info.rollsBack !== undefined) this.#rollBack(info.rollsBack);
    for (const item of info.items) this.#item(line, item, false, timestamp);
  }

  end(): void {
    this.#finalize(false);
  }

  #item(line: number, item: HistoryItem, embedded: boolean, timestamp: () => string | undefined): void {
    if (item.role === 'user-message') {
      this.#inRun = false;
      if (this.#inUserRun) return;
      this.#inUserRun = true;
      this.#turn += 1;
      this.#liveTurns.push(this.#turn);
      if (!embedded) this.turnBoundaries.push(line);
      return;
    }
    this.#inUserRun = false;
    const continuesRun = item.role === 'reasoning' || item.role === 'call';
    if (continuesRun && !this.#inRun) this.#runStart = line;
    this.#inRun = continuesRun;
    if (item.role === 'call') {
      const ts = embedded ? undefined : timestamp();
      this.#addCall({ line, item, embedded, runStart: this.#runStart, turn: this.#turn, ...(ts !== undefined && { timestamp: ts }) });
    } else if (item.role === 'output') {
      this.#addOutput({ line, kind: item.kind as OutputKind, callId: item.callId, embedded, turn: this.#turn, early: false });
    } else if (item.role === 'unpairable-output') {
      this.#unpairable.push({ line, kind: item.kind as OutputKind, embedded, turn: this.#turn });
    }
  }

  #addCall(call: CallRecord): void {
    const existing = this.#calls.get(call.item.callId);
    if (existing) {
      existing.repeats.push(call);
      return;
    }
    const early = this.#orphans.get(call.item.callId) ?? [];
    this.#orphans.delete(call.item.callId);
    this.#calls.set(call.item.callId, { call, outputs: early.map((output) => ({ ...output, early: true })), repeats: [] });
  }

  #addOutput(output: OutputRecord): void {
    const state = this.#calls.get(output.callId);
    if (state) {
      state.outputs.push(output);
      return;
    }
    const waiting = this.#orphans.get(output.callId);
    if (waiting) waiting.push(output);
    else this.#orphans.set(output.callId, [output]);
  }

  #rollBack(turns: number): void {
    this.#inUserRun = false;
    this.#inRun = false;
    if (turns === 0) return;
    for (const turn of this.#liveTurns.splice(-turns)) this.#rolledBack.add(turn);
  }

  #finalize(replaced: boolean): void {
    const outside = (turn: number) => replaced || this.#rolledBack.has(turn);
    for (const { call, outputs, repeats } of this.#calls.values()) {
      const ambiguous = repeats.length > 0;
      for (const repeat of repeats) this.emit({ type: 'repeat-call', call: repeat, first: call, outside: outside(repeat.turn) });
      if (outputs.length === 0) {
        this.emit({ type: 'unanswered', call, ambiguous, outside: outside(call.turn) });
        continue;
      }
      const answer = outputs.find((output) => output.kind === call.item.expects);
      const firstWrong = outputs.find((output) => output.kind !== call.item.expects);
      for (const output of outputs) {
        const common = { output, call, outside: outside(output.turn) };
        if (output === answer) {
          if (output.early) this.emit({ type: 'early-output', ...common });
        } else if (output.kind === call.item.expects && answer) {
          this.emit({ type: 'extra-output', ...common, answer, ambiguous });
        } else {
          const resolution = !answer && output === firstWrong ? 'retype' : 'remove';
          this.emit({ type: 'wrong-kind', ...common, resolution, ambiguous });
        }
      }
    }
    for (const outputs of this.#orphans.values()) {
      for (const output of outputs) this.emit({ type: 'orphan', output, outside: outside(output.turn) });
    }
    for (const { line, kind, embedded, turn } of this.#unpairable) {
      this.emit({ type: 'unpairable-output', line, kind, embedded, outside: outside(turn) });
    }
  }
}
