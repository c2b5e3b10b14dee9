import { defineRewrite } from '../../repairing/edits.js';
import { uuidV5 } from '../uuid-v5.js';
import { memberValue, verifiedReplace } from '../verified-replace.js';
/** Codex's namespace for the ids of outputs it synthesizes (normalize.rs SYNTHETIC_OUTPUT_ID_NAMESPACE). */
const SYNTHETIC_OUTPUT_ID_NAMESPACE = '90d38d3e-6a5b-4d52-bfe2-2f1e634bfac4';
const ID_PREFIX = {
    function_call_output: 'fco',
    custom_tool_call_output: 'ctco',
    tool_search_output: 'tso',
};
/** The id Codex gives the output it synthesizes for a call with item id `callItemId`. */
export function syntheticOutputId(kind, callItemId) {
    const prefix = ID_PREFIX[kind];
    return `${prefix}_${uuidV5(`${prefix}:${callItemId}`, SYNTHETIC_OUTPUT_ID_NAMESPACE)}`;
}
/**
 * The output item Codex inserts in memory for an unanswered call, field for field, so that the model
 * sees the same history after the fix as before it.
 */
export function placeholderItem(call, options) {
    const id = call.itemId === undefined ? {} : { id: syntheticOutputId(call.expects, call.itemId) };
    if (call.expects === 'tool_search_output') {
        return { type: call.expects, ...id, call_id: call.callId, status: 'completed', execution: 'client', tools: [] };
    }
    return { type: call.expects, ...id, call_id: call.callId, output: options.text };
}
/**
 * Rewrites an output item (found by `itemOf` in the record) to another kind. Its id becomes the one Codex
 * gives an output of that kind for the call (`callItemId`: UUIDv5, as for the outputs it synthesizes), added
 * when the output had none; without the call's item id, only the id's prefix changes.
 */
export function retypeOutputLine(line, kind, itemOf, callItemId) {
    const original = itemOf(JSON.parse(line.toString('utf8')));
    const from = original?.type;
    if (typeof from !== 'string' || !(from in ID_PREFIX) || from === kind)
        return undefined;
    // Outputs carry different content per kind; only the string/array `output` kinds convert.
    if (from === 'tool_search_output' || kind === 'tool_search_output')
        return undefined;
    let edited = verifiedReplace(line, memberValue('type', JSON.stringify(from)), JSON.stringify(kind), (record) => {
        const copy = structuredClone(record);
        itemOf(copy).type = kind;
        return copy;
    });
    const oldPrefix = `${ID_PREFIX[from]}_`;
    const withId = (newId) => (record) => {
        const copy = structuredClone(record);
        itemOf(copy).id = newId;
        return copy;
    };
    if (edited && typeof original?.id === 'string' && (callItemId !== undefined || original.id.startsWith(oldPrefix))) {
        const newId = callItemId !== undefined ? syntheticOutputId(kind, callItemId) : `${ID_PREFIX[kind]}_${original.id.slice(oldPrefix.length)}`;
        edited = verifiedReplace(edited, memberValue('id', JSON.stringify(original.id)), JSON.stringify(newId), withId(newId));
    }
    else if (edited && original?.id === undefined && callItemId !== undefined) {
        const newId = syntheticOutputId(kind, callItemId);
        edited = verifiedReplace(edited, memberValue('type', JSON.stringify(kind)), `${JSON.stringify(kind)},"id":${JSON.stringify(newId)}`, withId(newId));
    }
    return edited;
}
const TIMESTAMP_FIRST = /^\{"timestamp":"[^"\\]*",/;
/** Adds `"ordinal":n` where Codex writes it (after the timestamp), or first in the object. */
export function withOrdinalLine(line, ordinal) {
    const text = line.toString('utf8');
    // JSON may start with whitespace; the field goes right after the opening brace (or the timestamp).
    const start = text.length - text.trimStart().length;
    const timestamp = TIMESTAMP_FIRST.exec(text.slice(start))?.[0].length;
    const at = timestamp !== undefined ? start + timestamp : text.startsWith('{', start) ? start + 1 : -1;
    if (at === -1)
        return undefined;
    const field = `"ordinal":${ordinal}`;
    const separator = text.slice(at).trimStart().startsWith('}') ? '' : ',';
    const edited = text.slice(0, at) + field + separator + text.slice(at);
    try {
        const parsed = JSON.parse(edited);
        const before = JSON.parse(text);
        if ('ordinal' in before || parsed.ordinal !== ordinal)
            return undefined;
    }
    catch {
        return undefined;
    }
    return Buffer.from(edited, 'utf8');
}
/** The edit that gives a record line `"ordinal":n` (withOrdinalLine). */
export const withOrdinalEdit = defineRewrite('codex/with-ordinal', withOrdinalLine);
