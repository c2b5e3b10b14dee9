import { verifiedReplace } from '../verified-replace.js';
/** Points a line's parentUuid at another entry (or makes it a root), keeping every other byte. */
export function relinkParent(line, from, to) {
    return verifiedReplace(line, `"parentUuid":${JSON.stringify(from)}`, `"parentUuid":${JSON.stringify(to)}`, (entry) => ({ ...entry, parentUuid: to }));
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
    return verifiedReplace(relinked, `"sourceToolAssistantUUID":${JSON.stringify(source)}`, `"sourceToolAssistantUUID":${JSON.stringify(to)}`, (original) => ({
        ...original,
        sourceToolAssistantUUID: to,
    }));
}
/**
 * Takes one tool_result block out of a user line that holds other blocks too. The line is written
 * again from its parsed value (key order kept); its other content stays as it was.
 */
export function withoutResultBlock(line, toolUseId) {
    const entry = JSON.parse(line.toString('utf8'));
    const message = entry.message;
    if (!message || !Array.isArray(message.content))
        return undefined;
    const index = message.content.findIndex((block) => block?.type === 'tool_result' && block.tool_use_id === toolUseId);
    if (index < 0)
        return undefined;
    message.content.splice(index, 1);
    return Buffer.from(JSON.stringify(entry), 'utf8');
}
