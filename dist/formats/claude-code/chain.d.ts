import type { CallItem, FindingSink, HistoryModel, HistoryOptions, PlaceholderOptions } from '../format.js';
import type { CallRecord, OutputRecord } from '../history.js';
import type { Repair } from '../../repairing/edits.js';
import type { ClaudeRecordInfo, EntryRole } from './records.js';
import { ToolItems } from './tool-items.js';
type Boundary = NonNullable<NonNullable<ClaudeRecordInfo['entry']>['boundary']>;
/**
 * A transcript's history as Claude Code rebuilds it on resume: the leaf (the last last-prompt naming a
 * message without children, else the last such message in file order), the walk up parentUuid to a
 * compact boundary (a missing parent bridged to the nearest earlier entry within 5 s, else the walk
 * ends), the segment a boundary preserves, assistant lines merged by message.id, and result lines that
 * hang off a tool_use line gathered into the next user message. Each tool_use must be answered in the
 * very next user message. The leaf is known only at the end of the file, so everything is resolved then;
 * until then each entry costs a few numbers (line, parent, time, flags, message, its uuid's 16 bytes);
 * tool_use and tool_result lines also keep their call ids.
 */
export declare class ClaudeHistory implements HistoryModel {
    #private;
    private readonly emit;
    private readonly options;
    readonly turnBoundaries: number[];
    constructor(emit: FindingSink, options?: HistoryOptions);
    record(line: number, info: ClaudeRecordInfo): void;
    end(): void;
    placeholder(call: CallRecord, options: PlaceholderOptions): Repair | undefined;
    removeOutput(output: OutputRecord, what: string): Repair | undefined;
    /**
     * A tool_use that repeats an earlier one's id, on a line of its own, and its result gets an id no block
     * has: the old one and the end of the line's uuid (deterministic, and unique per line). Only when, as the
     * same fix's removals leave the file, each of the two calls has exactly one result of the id, hanging off
     * its own line, and the id has no other (one elsewhere could answer either call), or the later call has
     * none at all and the first call's is the id's only one (killed while it ran: missing-output answers it
     * under the new id), or the first call has none and the later call's is the id's only one (the first's
     * was lost: missing-output answers the first under the old id); never for a subagent's call (its
     * meta.json names the id).
     */
    renameCall(call: CallRecord, first: CallRecord): Repair | undefined;
    /** Set by the pairing: entry e's call is the first of an id whose results all answer the later call of entry `repeat`. */
    unansweredFirst(e: number, repeat: number): void;
    /** Set by the pairing: the call of entry e repeats an earlier one's id and nothing answers it. */
    unansweredRepeat(e: number): void;
    /** Set by the resolution: entry e's missing parent is linked to this uuid by broken-parent-chain. */
    relinked(e: number, uuid: string): void;
    /** Set by the walk: it went past entry e's missing parent on to entry `to`. */
    crossed(e: number, to: number): void;
    get count(): number;
    get main(): boolean;
    get leafRow(): {
        readonly uuid: string;
        readonly line: number;
    } | undefined;
    /**
     * Every record is a `summary` row: not a transcript but the title of a conversation kept in another file
     * (its leafUuid names a message there). Claude Code 1.0.x writes one such file for each resumed session.
     */
    get onlySummaries(): boolean;
    indexOf(uuid: string): number | undefined;
    uuidOf(e: number): string;
    lineOf(e: number): number;
    timeOf(e: number): number;
    roleOf(e: number): EntryRole;
    sidechain(e: number): boolean;
    known(e: number): boolean;
    isPrompt(e: number): boolean;
    boundaryOf(e: number): {
        readonly preserved: readonly string[];
        readonly anchor?: string;
        readonly head?: string;
        readonly tail?: string;
        readonly logicalParent?: string;
    } | undefined;
    isCompactSummary(e: number): boolean;
    isBoundary(e: number): boolean;
    /** The compact boundaries, by entry, in file order. */
    get boundaries(): ReadonlyMap<number, Boundary>;
    /** ROOT, MISSING or an entry. */
    parentOf(e: number): number;
    /** The parent of entry e as the walk goes: past a missing parent, the entry it went on from (ROOT or MISSING where it did not go on). */
    walkedParentOf(e: number): number;
    missingParentOf(e: number): string | undefined;
    get missingParents(): ReadonlyMap<number, string>;
    parentUuidOf(e: number): string | null;
    messageOf(e: number): number;
    /** The tool_use and tool_result blocks, by entry. */
    get tools(): ToolItems;
    hasCalls(e: number): boolean;
    /** The entries with tool_use blocks, in file order. */
    callEntries(): Int32Array;
    /** The number of distinct message.ids. */
    get messageCount(): number;
    /** The content blocks of a tool_result line. */
    blocksOf(e: number): number;
    callRecord(e: number, item: CallItem, embedded: boolean): CallRecord;
    outputRecord(e: number, callId: string, outside: boolean): OutputRecord;
    timestampOf(e: number): string | undefined;
    /** The entries whose parent is e, in file order (valid after end()). */
    childrenOf(e: number): number[];
    /** Whether some entry names e as its parent (valid after end()). */
    hasChildren(e: number): boolean;
    /** Set by the resolution: which calls sit in the last assistant message, and whether a last-prompt picked the leaf. */
    settle(tailCalls: Set<number>, pinned: boolean): void;
}
export {};
