import { CallStore } from './call-store.js';
/**
 * Pairs calls with outputs the way Codex does when it rebuilds a prompt (normalize.rs): by call id,
 * set-based, within the effective history. A compaction checkpoint replaces everything before it,
 * so each checkpoint closes a segment whose findings lie outside what the model sees; so do the
 * findings in turns a rollback dropped. Memory grows with the number of calls, never with bytes, and
 * little per call (see CallStore).
 */
const NO_OUTPUTS = [];
export class PairingTracker {
    emit;
    options;
    /** Lines of turn boundaries: turn start/end events and the starts of user turns. */
    turnBoundaries = [];
    #calls = new CallStore();
    #orphans = new Map();
    #unpairable = [];
    #turn = 0;
    #liveTurns = [];
    #rolledBack = new Set();
    #inUserRun = false;
    #runStart = 0;
    #inRun = false;
    constructor(emit, options = { repairs: true }) {
        this.emit = emit;
        this.options = options;
    }
    record(line, info, timestamp) {
        if (info.replacesHistory) {
            this.#finalize(true);
            this.#calls = new CallStore();
            this.#orphans = new Map();
            this.#unpairable = [];
            for (const item of info.replacesHistory)
                this.#item(line, item, true, timestamp);
        }
        if (info.turn) {
            this.#inUserRun = false;
            this.#inRun = false;
            this.turnBoundaries.push(line);
        }
        if (info.rollsBack !== undefined)
            this.#rollBack(info.rollsBack);
        for (const item of info.items)
            this.#item(line, item, false, timestamp);
    }
    end() {
        this.#finalize(false);
    }
    #item(line, item, embedded, timestamp) {
        if (item.role === 'user-message') {
            this.#inRun = false;
            if (this.#inUserRun)
                return;
            this.#inUserRun = true;
            this.#turn += 1;
            this.#liveTurns.push(this.#turn);
            if (!embedded)
                this.turnBoundaries.push(line);
            return;
        }
        this.#inUserRun = false;
        const continuesRun = item.role === 'reasoning' || item.role === 'call';
        if (continuesRun && !this.#inRun)
            this.#runStart = line;
        this.#inRun = continuesRun;
        if (item.role === 'call') {
            // A call's time is for its placeholder: a check that makes no repair does not decode it.
            const ts = embedded || !this.options.repairs ? undefined : timestamp();
            this.#addCall({ line, item, embedded, runStart: this.#runStart, turn: this.#turn, timestamp: ts });
        }
        else if (item.role === 'output') {
            this.#addOutput(line, item.kind, item.callId, embedded);
        }
        else if (item.role === 'unpairable-output') {
            this.#unpairable.push({ line, kind: item.kind, embedded, turn: this.#turn });
        }
    }
    #addCall(call) {
        const existing = this.#calls.slotOf(call.item.callId);
        if (existing !== undefined) {
            this.#calls.addRepeat(existing, call);
            return;
        }
        // Most files have no output before its call: no lookup of every call id.
        const early = this.#orphans.size === 0 ? undefined : this.#orphans.get(call.item.callId);
        if (early)
            this.#orphans.delete(call.item.callId);
        this.#calls.addCall(call, early ?? NO_OUTPUTS);
    }
    #addOutput(line, kind, callId, embedded) {
        const slot = this.#calls.slotOf(callId);
        if (slot !== undefined) {
            this.#calls.addOutput(slot, callId, line, kind, embedded, this.#turn, false);
            return;
        }
        const output = { line, kind, callId, embedded, turn: this.#turn, early: false };
        const waiting = this.#orphans.get(callId);
        if (waiting)
            waiting.push(output);
        else
            this.#orphans.set(callId, [output]);
    }
    #rollBack(turns) {
        this.#inUserRun = false;
        this.#inRun = false;
        if (turns === 0)
            return;
        for (const turn of this.#liveTurns.splice(-turns))
            this.#rolledBack.add(turn);
    }
    #finalize(replaced) {
        const outside = (turn) => replaced || this.#rolledBack.has(turn);
        const calls = this.#calls;
        for (let slot = 0; slot < calls.size; slot += 1) {
            if (calls.isSimplyAnswered(slot))
                continue;
            const callId = calls.callId(slot);
            const call = calls.call(slot, callId);
            const outputs = calls.outputs(slot, callId);
            const repeats = calls.repeats(slot);
            const ambiguous = repeats.length > 0;
            for (const repeat of repeats)
                this.emit({ type: 'repeat-call', call: repeat, first: call, outside: outside(repeat.turn) });
            if (outputs.length === 0) {
                this.emit({ type: 'unanswered', call, ambiguous, outside: outside(call.turn) });
                continue;
            }
            const answer = outputs.find((output) => output.kind === call.item.expects);
            const firstWrong = outputs.find((output) => output.kind !== call.item.expects);
            for (const output of outputs) {
                const common = { output, call, outside: outside(output.turn) };
                if (output === answer) {
                    if (output.early)
                        this.emit({ type: 'early-output', ...common });
                }
                else if (output.kind === call.item.expects && answer) {
                    this.emit({ type: 'extra-output', ...common, answer, ambiguous });
                }
                else {
                    const resolution = !answer && output === firstWrong ? 'retype' : 'remove';
                    this.emit({ type: 'wrong-kind', ...common, resolution, ambiguous });
                }
            }
        }
        for (const outputs of this.#orphans.values()) {
            for (const output of outputs)
                this.emit({ type: 'orphan', output, outside: outside(output.turn) });
        }
        for (const { line, kind, embedded, turn } of this.#unpairable) {
            this.emit({ type: 'unpairable-output', line, kind, embedded, outside: outside(turn) });
        }
    }
}
