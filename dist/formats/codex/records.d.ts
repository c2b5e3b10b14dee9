import type { RuleContext } from '../../checking/rule.js';
import type { CodexHistory } from './codex-history.js';
import type { ForkOrigin } from './forks.js';
import type { Edit } from '../../repairing/edits.js';
import type { CallItem, FormatAdapter, FormatWords, PlaceholderOptions, RecordInfo } from '../format.js';
/** The output item kinds that answer tool calls. */
export type OutputKind = 'function_call_output' | 'custom_tool_call_output' | 'tool_search_output';
/** What a repair needs to know about the call it answers. */
export interface CallSite extends CallItem {
    readonly expects: OutputKind;
    /** The call line's timestamp, reused for the inserted line. */
    readonly timestamp?: string;
}
export type TurnEvent = 'start' | 'end';
/** What Codex records say beyond what every format says. */
export interface CodexRecordInfo extends RecordInfo {
    /** This record is the session header (`session_meta`); `forkOf` when it names the session it was forked from. */
    readonly header?: {
        readonly paginated: boolean;
        readonly sessionId?: string;
        readonly forkOf?: ForkOrigin;
    };
    /** The record's `ordinal`, when the rollout numbers records. */
    readonly ordinal?: number;
    /** Number of user turns this record rolls back. */
    readonly rollsBack?: number;
    /** A turn boundary event. */
    readonly turn?: TurnEvent;
}
/** A Codex generation: how it writes the lines a repair adds or edits. */
export interface CodexAdapter extends FormatAdapter {
    /** The first record must be the header, or the client refuses the file. */
    readonly requiresHeader: boolean;
    /** An outdated generation the current client cannot resume. */
    readonly legacy: boolean;
    classify(value: object): CodexRecordInfo;
    /** The line (without terminator) of an output answering `call` in the client's own way. */
    renderPlaceholder(call: CallSite, options: Required<PlaceholderOptions>): string;
    /**
     * The edit that rewrites output line `line` so that it has kind `kind` and the id Codex gives such an output
     * for the call (`callItemId`), keeping its content (a line it cannot rewrite stays as it is).
     */
    retypeOutput(line: number, kind: OutputKind, callItemId: string | null): Edit;
    /** Adds `ordinal` to a record line that has none; undefined if the line cannot take one safely. */
    withOrdinal(line: Buffer, ordinal: number): Buffer | undefined;
}
/** The file's history, when its format is a Codex generation (its rules read the last record from it at the end). */
export declare function codexHistory(context: Pick<RuleContext, 'format' | 'history'>): CodexHistory | undefined;
/** The format, when it is a Codex generation. */
export declare function codexFormat(format: FormatAdapter | undefined): CodexAdapter | undefined;
export declare const CODEX_WORDS: FormatWords;
