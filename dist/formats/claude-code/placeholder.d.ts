import type { Envelope } from './records.js';
/** The text 2.1.332 itself writes for a tool_use the session ended without answering. */
export declare const INTERRUPTED_TEXT = "[Tool call interrupted: the session ended before this call's result was recorded, so its outcome is unknown. Check whether it took effect before relying on it or running it again.]";
/**
 * The user line that answers an unanswered tool_use as 2.1.332's own repair does: a tool_result with
 * the interrupted text and is_error, toolDenialKind "interrupted", hanging off the tool_use's line
 * (parentUuid and sourceToolAssistantUUID), with that line's envelope, 1 ms after its timestamp: never
 * the same instant, so a missing parent later on still has one nearest earlier entry to bridge to.
 */
export declare function placeholderLine(toolUseLineUuid: string, toolUseId: string, envelope: Envelope, text: string): string;
/** The uuid of the placeholder line for a call: the same for the same session and call id. */
export declare function placeholderUuid(toolUseId: string, envelope: Envelope): string;
