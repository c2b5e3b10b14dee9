import { isDeepStrictEqual } from 'node:util';
import { defineRewrite } from '../../repairing/edits.js';
import { elementSpans, valueSpan } from '../json-spans.js';
import { memberValue, verifiedReplace } from '../verified-replace.js';
/**
 * Points a line's parentUuid at another entry (or makes it a root), keeping every other byte. A line that
 * already points there is kept (two repairs that take out one line both re-link its children).
 */
export function relinkParent(line, from, to) {
    const relinked = verifiedReplace(line, memberValue('parentUuid', JSON.stringify(from)), JSON.stringify(to), (entry) => ({ ...entry, parentUuid: to }));
    if (relinked || from === to)
        return relinked;
    return parsed(line.toString('utf8'))?.parentUuid === to ? line : undefined;
}
/** Re-parents a tool_result line onto its tool_use's line: parentUuid, and sourceToolAssistantUUID when it has one. */
export function reparentResult(line, from, to) {
    const relinked = relinkParent(line, from, to);
    if (!relinked)
        return undefined;
    const entry = JSON.parse(relinked.toString('utf8'));
    const source = entry.sourceToolAssistantUUID;
    if (typeof source !== 'string' || source === to)
        return relinked;
    return verifiedReplace(relinked, memberValue('sourceToolAssistantUUID', JSON.stringify(source)), JSON.stringify(to), (original) => ({
        ...original,
        sourceToolAssistantUUID: to,
    }));
}
/**
 * Takes a tool_result block out of a user line that holds other blocks too: the last one that answers
 * `toolUseId` (of two answers on one line, the later is the extra one). The block's own bytes are cut out
 * with the comma and spaces between it and its neighbour, however the line is spaced; verified, else the
 * line is written again from its parsed value (key order kept).
 */
export function withoutResultBlock(line, toolUseId) {
    const text = line.toString('utf8');
    const entry = JSON.parse(text);
    const message = entry.message;
    if (!message || !Array.isArray(message.content))
        return undefined;
    const content = message.content;
    const index = content.findLastIndex((block) => block?.type === 'tool_result' && block.tool_use_id === toolUseId);
    if (index < 0)
        return undefined;
    content.splice(index, 1);
    const array = valueSpan(text, ['message', 'content']);
    const blocks = array && text[array.start] === '[' ? elementSpans(text, array.start) : [];
    if (blocks.length === content.length + 1) {
        // From the end of the block before (its comma goes), or for the first block up to the start of the next.
        const from = index > 0 ? blocks[index - 1].end : blocks[index].start;
        const to = index > 0 || blocks.length === 1 ? blocks[index].end : blocks[index + 1].start;
        const edited = text.slice(0, from) + text.slice(to);
        if (isDeepStrictEqual(parsed(edited), entry))
            return Buffer.from(edited, 'utf8');
    }
    return Buffer.from(JSON.stringify(entry), 'utf8');
}
/**
 * Gives the first content block whose `key` (a tool_use's id, a tool_result's tool_use_id) is `from` the id
 * `to`, verified. Only the first: of two answers on one line the later is the extra one, which its removal
 * takes out (withoutResultBlock), before or after this.
 */
export function renameToolId(line, key, from, to) {
    return verifiedReplace(line, memberValue(key, JSON.stringify(from)), JSON.stringify(to), (original) => {
        const entry = original;
        const message = entry.message;
        if (!message || !Array.isArray(message.content))
            return undefined;
        const content = [...message.content];
        const index = content.findIndex((block) => block?.[key] === from);
        if (index < 0)
            return undefined;
        content[index] = { ...content[index], [key]: to };
        return { ...entry, message: { ...message, content } };
    });
}
function parsed(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** The edits that make these rewrites of a line. */
export const relinkParentEdit = defineRewrite('claude-code/relink-parent', relinkParent);
export const reparentResultEdit = defineRewrite('claude-code/reparent-result', reparentResult);
export const withoutResultBlockEdit = defineRewrite('claude-code/without-result-block', withoutResultBlock);
export const renameToolIdEdit = defineRewrite('claude-code/rename-tool-id', renameToolId);
