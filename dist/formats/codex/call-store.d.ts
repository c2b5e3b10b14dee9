import type { CallRecord, OutputRecord } from '../history.js';
import type { OutputKind } from './records.js';
/**
 * The calls of one history segment, by call id, with their outputs and repeats. Kept as rows of numbers
 * in one growable typed array rather than objects: a long session holds tens of thousands of calls, and
 * objects per call would each live on the JS heap for the whole run. The common case (one call, one
 * output) costs a row and its call id's place in CallIds; the item id and timestamp, which only a
 * call left unanswered needs, are dropped at its first output. Records are rebuilt on demand.
 * Slots are numbered in the order calls come: a slot is its call id's number in CallIds.
 */
export declare class CallStore {
    #private;
    slotOf(callId: string): number | undefined;
    /** How many calls there are: their slots are 0 to size - 1. */
    get size(): number;
    callId(slot: number): string;
    /** Adds the first call of its id, with the outputs that came before it; returns its slot. */
    addCall(call: CallRecord, early: readonly OutputRecord[]): number;
    addRepeat(slot: number, call: CallRecord): void;
    addOutput(slot: number, callId: string, line: number, kind: OutputKind, embedded: boolean, turn: number, early: boolean): void;
    /** A call answered once, by an output of the kind it expects written after it: nothing to report. */
    isSimplyAnswered(slot: number): boolean;
    call(slot: number, callId: string): CallRecord;
    /** The call's outputs, in the order they were written (outputs written before the call first). */
    outputs(slot: number, callId: string): OutputRecord[];
    repeats(slot: number): readonly CallRecord[];
}
