import type { ScannedFields } from '../reading/json-scan.js';
/**
 * The one interface between the format-agnostic checker/repairer and a session format.
 * An adapter turns a parsed JSON line into a RecordInfo (what the checker needs to know about it),
 * and renders the few lines a repair writes. Nothing outside an adapter knows a record's shape.
 */
/** The output item kinds that answer tool calls. */
export type OutputKind = 'function_call_output' | 'custom_tool_call_output' | 'tool_search_output';
export interface CallItem {
    readonly role: 'call';
    readonly callId: string;
    /** The item type as written, e.g. `function_call`, `local_shell_call`. */
    readonly kind: string;
    /** The output kind that answers this call. */
    readonly expects: OutputKind;
    /** The item's own id (not the call id), when the file has one. */
    readonly itemId?: string;
    /** The tool's name, for messages. */
    readonly name?: string;
}
export interface OutputItem {
    readonly role: 'output';
    readonly callId: string;
    readonly kind: OutputKind;
}
/** An output that cannot be paired because it has no call id (the API rejects it). */
export interface UnpairableOutputItem {
    readonly role: 'unpairable-output';
    readonly kind: OutputKind;
}
/** Other history items: only what pairing, truncation and turn tracking need to tell apart. */
export interface PlainItem {
    readonly role: 'reasoning' | 'user-message' | 'other';
}
export type HistoryItem = CallItem | OutputItem | UnpairableOutputItem | PlainItem;
export type TurnEvent = 'start' | 'end';
export interface RecordInfo {
    /** Short type label for messages and statistics, e.g. `response_item/function_call`. */
    readonly label: string;
    /** False for a record type this format does not know (passed through untouched). */
    readonly known: boolean;
    /** This record is the session header (Codex `session_meta`). */
    readonly header?: {
        readonly paginated: boolean;
        readonly sessionId?: string;
    };
    /** The record's `ordinal`, when the format numbers records. */
    readonly ordinal?: number;
    /** History items this record adds, in order. */
    readonly items: readonly HistoryItem[];
    /** Items that replace the whole history before this record (Codex compaction checkpoints). */
    readonly replacesHistory?: readonly HistoryItem[];
    /** Number of user turns this record rolls back. */
    readonly rollsBack?: number;
    /** A turn boundary event. */
    readonly turn?: TurnEvent;
    /** Why this record does not fit its schema (the client would skip or reject it). */
    readonly invalid?: string;
}
/** What a repair needs to know about the call it answers. */
export interface CallSite extends CallItem {
    /** The call line's timestamp, reused for the inserted line. */
    readonly timestamp?: string;
}
export interface PlaceholderOptions {
    readonly text: string;
}
export type { FormatName } from './names.js';
import type { FormatName } from './names.js';
/**
 * The fast path of a format: most records are classified from a few fields that a scan of the line picks
 * out (src/reading/json-scan.ts), without decoding or parsing the line. Only records that need their whole
 * value (schema checks of nested content, message text) are parsed.
 */
export interface ScanClassifier {
    /** The fields to pick out of each line, by path (`type`, `payload.type`, `payload.output[].type`: see ScannedFields). */
    readonly fields: readonly string[];
    /**
     * Exactly what `classify` returns for the record, worked out from its fields alone; undefined when that
     * takes the whole record.
     */
    classify(fields: ScannedFields): RecordInfo | undefined;
    /** Exactly what `matches` says of the record, for the first record of a file. */
    matches(fields: ScannedFields): boolean;
    /** Exactly what `timestampOf` returns for the record. */
    timestampOf(fields: ScannedFields): string | undefined;
}
export interface FormatAdapter {
    readonly name: FormatName;
    readonly description: string;
    /** The first record must be the header, or the client refuses the file. */
    readonly requiresHeader: boolean;
    /** An outdated generation the current client cannot resume. */
    readonly legacy: boolean;
    /** Whether a parsed first record looks like this format. */
    matches(value: object): boolean;
    /** Describes one parsed record. Must not throw. */
    classify(value: object): RecordInfo;
    /** The timestamp to reuse for lines inserted after this record, if it has one. */
    timestampOf(value: object): string | undefined;
    /** The fast path, for formats that have one. */
    readonly scan?: ScanClassifier;
    /** The line (without terminator) of an output answering `call` in the client's own way. */
    renderPlaceholder(call: CallSite, options: PlaceholderOptions): string;
    /** Rewrites an output line so that it has kind `kind`, keeping its content; undefined if it cannot. */
    retypeOutput(line: Buffer, kind: OutputKind): Buffer | undefined;
    /** Adds `ordinal` to a record line that has none; undefined if the line cannot take one safely. */
    withOrdinal(line: Buffer, ordinal: number): Buffer | undefined;
}
