import type { CallItem, OutputKind, RecordInfo } from '../formats/format.js';
/**
 * Pairs calls with outputs the way Codex does when it rebuilds a prompt (normalize.rs): by call id,
 * set-based, within the effective history. A compaction checkpoint replaces everything before it,
 * so each checkpoint closes a segment whose findings lie outside what the model sees; so do the
 * findings in turns a rollback dropped. Memory grows with the number of calls, never with bytes, and
 * little per call (see CallStore).
 */
export interface CallRecord {
    readonly line: number;
    readonly item: CallItem;
    readonly timestamp?: string;
    /** The call is inside a compaction checkpoint's replacement history (on the checkpoint's line). */
    readonly inCheckpoint: boolean;
    /** Where the run of reasoning items and calls that introduced this call starts. */
    readonly runStart: number;
    readonly turn: number;
}
export interface OutputRecord {
    readonly line: number;
    readonly kind: OutputKind;
    readonly callId: string;
    readonly inCheckpoint: boolean;
    readonly turn: number;
    /** Written before its call. */
    readonly early: boolean;
}
interface Common {
    /** Not in the history the model sees (replaced by a later compaction, or rolled back). */
    readonly outside: boolean;
}
export type PairingFinding = (Common & {
    readonly type: 'unanswered';
    readonly call: CallRecord;
    readonly ambiguous: boolean;
}) | (Common & {
    readonly type: 'orphan';
    readonly output: OutputRecord;
}) | (Common & {
    readonly type: 'wrong-kind';
    readonly output: OutputRecord;
    readonly call: CallRecord;
    /** retype: it is the call's only answer; remove: another output answers the call. */
    readonly resolution: 'retype' | 'remove';
    readonly ambiguous: boolean;
}) | (Common & {
    readonly type: 'extra-output';
    readonly output: OutputRecord;
    readonly call: CallRecord;
    readonly answer: OutputRecord;
    readonly ambiguous: boolean;
}) | (Common & {
    readonly type: 'repeat-call';
    readonly call: CallRecord;
    readonly first: CallRecord;
}) | (Common & {
    readonly type: 'early-output';
    readonly output: OutputRecord;
    readonly call: CallRecord;
}) | (Common & {
    readonly type: 'unpairable-output';
    readonly line: number;
    readonly kind: OutputKind;
    readonly inCheckpoint: boolean;
});
export declare class PairingTracker {
    #private;
    private readonly emit;
    /** Lines of turn boundaries: turn start/end events and the starts of user turns. */
    readonly turnBoundaries: number[];
    constructor(emit: (finding: PairingFinding) => void);
    record(line: number, info: RecordInfo, timestamp: () => string | undefined): void;
    end(): void;
}
export {};
