import type { RecordInfo, ScanClassifier } from '../format.js';
export type EntryRole = 'user' | 'assistant' | 'attachment' | 'system' | 'other';
/** A line on the chain: it has a uuid and names its parent. */
export interface ClaudeEntry {
    readonly uuid: string;
    /** null: a root; undefined: the line names no parent at all. */
    readonly parentUuid: string | null;
    readonly sidechain: boolean;
    readonly role: EntryRole;
    /** Milliseconds since the epoch; NaN when the line has no valid timestamp. */
    readonly time: number;
    /** The API message an assistant line is a block of. */
    readonly messageId?: string;
    /** A compact boundary, with the uuids its metadata says it keeps, and the leaf it compacted (logicalParentUuid). */
    readonly boundary?: {
        readonly preserved: readonly string[];
        readonly anchor?: string;
        readonly head?: string;
        readonly tail?: string;
        readonly logicalParent?: string;
    };
    /** The number of content blocks of a user line that holds tool results. */
    readonly blocks?: number;
    /** A user line /compact wrote as the summary after its boundary (isCompactSummary). */
    readonly compactSummary: boolean;
}
/** What a placeholder result line copies from the line of the tool_use it answers. */
export interface Envelope {
    readonly [field: string]: unknown;
}
export interface ClaudeRecordInfo extends RecordInfo {
    readonly entry?: ClaudeEntry;
    /** A `last-prompt` row's leafUuid. */
    readonly leafUuid?: string;
    /** The envelope of a line that holds a tool_use or tool_result, made when asked (only while the record is handled). */
    readonly envelope?: () => Envelope;
}
export declare function classifyClaude(value: object): ClaudeRecordInfo;
/** A first record that is a Claude Code line: a type Claude Code writes, or a session id on a record without Codex's payload. */
export declare function isClaudeRecord(value: object): boolean;
export declare const claudeScan: ScanClassifier;
