import { pairingItemIssue, pairingItemValid } from './schemas.js';
/** Response item types Codex knows (models.rs, all generations). Others deserialize to `Other`. */
const KNOWN_ITEM_TYPES = new Set([
    'message',
    'reasoning',
    'function_call',
    'function_call_output',
    'custom_tool_call',
    'custom_tool_call_output',
    'local_shell_call',
    'tool_search_call',
    'tool_search_output',
    'web_search_call',
    'image_generation_call',
    'ghost_snapshot',
    'compaction',
    'compaction_summary',
    'context_compaction',
    'agent_message',
    'additional_tools',
    'configuration_update',
]);
/** Which output kind answers which call kind (Codex normalize.rs). */
const EXPECTED_OUTPUT = {
    function_call: 'function_call_output',
    local_shell_call: 'function_call_output',
    custom_tool_call: 'custom_tool_call_output',
    tool_search_call: 'tool_search_output',
};
const OUTPUT_KINDS = new Set(['function_call_output', 'custom_tool_call_output', 'tool_search_output']);
/** User messages Codex injects as context: they do not start a user turn. */
const CONTEXTUAL_PREFIXES = ['<environment_context>', '<user_instructions>', '# AGENTS.md', '<skills_instructions>'];
const OTHER = { role: 'other' };
const REASONING = { role: 'reasoning' };
const USER_MESSAGE = { role: 'user-message' };
/** The items of a record holding `item`: records of the shared kinds share one array (items are never changed). */
const [OTHER_ITEMS, REASONING_ITEMS, USER_MESSAGE_ITEMS] = [[OTHER], [REASONING], [USER_MESSAGE]];
// Compared, not looked up in a Map: a Map would give every new call and output item an identity hash.
export const itemsOf = (item) => item === OTHER ? OTHER_ITEMS : item === REASONING ? REASONING_ITEMS : item === USER_MESSAGE ? USER_MESSAGE_ITEMS : [item];
export function isResponseItemType(type) {
    return typeof type === 'string' && KNOWN_ITEM_TYPES.has(type);
}
const MESSAGE = {};
const itemTypes = new Map();
function itemTypeOf(type) {
    let found = itemTypes.get(type);
    if (found === undefined) {
        found = !KNOWN_ITEM_TYPES.has(type)
            ? { plain: { item: OTHER, label: type, known: false } }
            : type === 'reasoning'
                ? { plain: { item: REASONING, label: type, known: true } }
                : type === 'message'
                    ? MESSAGE
                    : type in EXPECTED_OUTPUT
                        ? { expects: EXPECTED_OUTPUT[type] }
                        : OUTPUT_KINDS.has(type)
                            ? {}
                            : { plain: { item: OTHER, label: type, known: true } };
        // Bounded: a file may hold any number of distinct types.
        if (itemTypes.size < 256)
            itemTypes.set(type, found);
    }
    return found;
}
/** Classifies one Responses API item as the checker sees it. Never throws. */
export function classifyResponseItem(value, pathPrefix = 'payload') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { item: OTHER, label: 'item', known: true, invalid: `${pathPrefix} must be an object` };
    }
    const record = value;
    const type = record.type;
    if (typeof type !== 'string') {
        return { item: OTHER, label: 'item', known: true, invalid: `${pathPrefix}.type must be a string` };
    }
    const described = itemTypeOf(type);
    if (described.plain)
        return described.plain;
    if (described === MESSAGE)
        return { item: isUserTurnMessage(record) ? USER_MESSAGE : OTHER, label: type, known: true };
    const invalid = pairingItemIssue(type, record, pathPrefix);
    if (invalid !== undefined)
        return { item: OTHER, label: type, known: true, invalid };
    return { item: pairingRole(type, described.expects, stringOr(record.call_id), stringOr(record.execution), stringOr(record.id), stringOr(record.name)), label: type, known: true };
}
/**
 * classifyResponseItem's result for an object item from its scanned fields (found at `at`); undefined
 * when it takes the parsed item: a user message (its text decides), an item pairingItem must judge or
 * explain, or a type that is not a string.
 */
export function classifyScannedItem(fields, at) {
    const type = fields.string(at.type);
    if (type === undefined)
        return undefined;
    const described = itemTypeOf(type);
    if (described.plain)
        return described.plain;
    if (described === MESSAGE) {
        if (fields.string(at.role) !== 'user')
            return { item: OTHER, label: type, known: true };
        const opening = openingText(fields, at);
        return opening === undefined ? undefined : { item: startsUserTurn(opening) ? USER_MESSAGE : OTHER, label: type, known: true };
    }
    if (!pairingItemValid(type, fields, at))
        return undefined;
    // pairingRole reads only these fields, and only when they are strings; the ids and name only of calls.
    const call = described.expects !== undefined;
    return { item: pairingRole(type, described.expects, fields.string(at.call_id), fields.string(at.execution), call ? fields.string(at.id) : undefined, call ? fields.string(at.name) : undefined), label: type, known: true };
}
const stringOr = (value) => (typeof value === 'string' ? value : undefined);
/** The item a pairing type adds (a call when it `expects` an output), from its string fields (undefined: absent or not a string). */
function pairingRole(type, expects, callId, execution, itemId, name) {
    // Server-executed tool search never pairs (normalize.rs).
    if (execution === 'server')
        return OTHER;
    if (expects) {
        // A local shell or tool search call without a call id is never paired or checked.
        if (callId === undefined)
            return OTHER;
        // One shape for every call (an empty id or name is none): no spread of optional members.
        return { role: 'call', callId, kind: type, expects, itemId: itemId || undefined, name: name || undefined };
    }
    const kind = type;
    if (callId !== undefined)
        return { role: 'output', callId, kind };
    // A tool search output without a call id is never an orphan; a function output without one is
    // kept by Codex but rejected by the API.
    return kind === 'tool_search_output' ? OTHER : { role: 'unpairable-output', kind };
}
function isUserTurnMessage(record) {
    if (record.role !== 'user')
        return false;
    const first = Array.isArray(record.content) ? record.content[0] : undefined;
    return startsUserTurn(typeof first?.text === 'string' ? first.text : '');
}
/** A user message starts a turn unless its first content text is context Codex injected. */
function startsUserTurn(text) {
    const opening = text.trimStart();
    return !CONTEXTUAL_PREFIXES.some((prefix) => opening.startsWith(prefix));
}
/**
 * The text isUserTurnMessage reads, from scanned fields: that of the first content element when it is an
 * object with a string text, else ''; undefined when the content array has more than one element (only
 * an only element's fields are scanned).
 */
function openingText(fields, at) {
    const elements = fields.length(at.content);
    if (elements === undefined || elements === 0)
        return '';
    if (elements > 1)
        return undefined;
    return fields.string(at.contentTexts) ?? '';
}
