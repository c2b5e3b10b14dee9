import type { CallItem } from './format.js';
/**
 * What a format's history model reports: the calls and outputs that do not pair the way the client
 * needs, each at its line. The shared pairing rules turn these into diagnostics; a format's own rules
 * read the `format` findings its model adds.
 */
export interface CallRecord {
    readonly line: number;
    readonly item: CallItem;
    readonly timestamp?: string;
    /** The call is inside a record that fix does not rewrite (a Codex compaction checkpoint). */
    readonly embedded: boolean;
    /** Where the run of reasoning items and calls that introduced this call starts. */
    readonly runStart: number;
    readonly turn: number;
}
export interface OutputRecord {
    readonly line: number;
    readonly kind: string;
    readonly callId: string;
    readonly embedded: boolean;
    readonly turn: number;
    /** Written before its call. */
    readonly early: boolean;
}
interface Common {
    /** Not in the history the model sees (replaced by a later compaction, rolled back, on a dead branch). */
    readonly outside: boolean;
}
export type PairingFinding = (Common & {
    readonly type: 'unanswered';
    readonly call: CallRecord;
    readonly ambiguous: boolean;
    /** The earlier call whose id this one repeats: its output can only answer it under the id of its own that renameCall gives it. */
    readonly repeats?: CallRecord;
    /** The later call that reuses this one's id and has every output of it: this call is answered under its own id once renameCall gives that one another. */
    readonly repeatedBy?: CallRecord;
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
    readonly kind: string;
    readonly embedded: boolean;
});
/** A finding only the format's own rules read; `kind` names it, the rest is the format's. */
export interface FormatFinding {
    readonly type: 'format';
    readonly kind: string;
}
export type HistoryFinding = PairingFinding | FormatFinding;
export {};
