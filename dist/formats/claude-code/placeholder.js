import { uuidV5 } from '../uuid-v5.js';
/** The text 2.1.332 itself writes for a tool_use the session ended without answering. */
export const INTERRUPTED_TEXT = "[Tool call interrupted: the session ended before this call's result was recorded, so its outcome is unknown. Check whether it took effect before relying on it or running it again.]";
/** session-doctor's namespace for the uuids of the result lines it writes: the same call always gets the same line. */
const PLACEHOLDER_NAMESPACE = '2f6d4a8e-4b0c-5c1e-9a3d-7e5f1b2c3d4e';
/**
 * The user line that answers an unanswered tool_use as 2.1.332's own repair does: a tool_result with
 * the interrupted text and is_error, toolDenialKind "interrupted", hanging off the tool_use's line
 * (parentUuid and sourceToolAssistantUUID), with that line's envelope, 1 ms after its timestamp: never
 * the same instant, so a missing parent later on still has one nearest earlier entry to bridge to.
 */
export function placeholderLine(toolUseLineUuid, toolUseId, envelope, text) {
    const { timestamp, isSidechain, ...rest } = envelope;
    return JSON.stringify({
        parentUuid: toolUseLineUuid,
        isSidechain: isSidechain === true,
        type: 'user',
        message: { role: 'user', content: [{ tool_use_id: toolUseId, type: 'tool_result', content: text, is_error: true }] },
        uuid: placeholderUuid(toolUseId, envelope),
        timestamp: new Date((typeof timestamp === 'string' ? Date.parse(timestamp) || 0 : 0) + 1).toISOString(),
        toolDenialKind: 'interrupted',
        sourceToolAssistantUUID: toolUseLineUuid,
        ...rest,
    });
}
/** The uuid of the placeholder line for a call: the same for the same session and call id. */
export function placeholderUuid(toolUseId, envelope) {
    const sessionId = typeof envelope.sessionId === 'string' ? envelope.sessionId : '';
    return uuidV5(`${sessionId}/${toolUseId}`, PLACEHOLDER_NAMESPACE);
}
