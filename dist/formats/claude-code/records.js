import { FieldList } from '../../reading/field-list.js';
import { fieldsOf } from '../../reading/value-fields.js';
import { parseTime } from './time.js';
/**
 * The lines of a Claude Code transcript (~/.claude/projects/<cwd>/<session>.jsonl), as far as the chain
 * and the pairing of tool calls need them. Most bytes sit in content the chain never reads (tool outputs,
 * thinking, attachments with the whole system prompt, request logs), so lines are classified from a few
 * scanned fields: 2.1.332 writes one content block per line, whose type and ids the scan picks out. Only
 * lines of several blocks, tool_use lines whose envelope holds objects, and compact boundaries are parsed.
 */
/** Every line type Claude Code writes (2.1.332's loader names these, and older versions wrote the rest). */
const KNOWN_TYPES = new Set([
    'user',
    'assistant',
    'system',
    'attachment',
    'summary',
    'queue-operation',
    'last-prompt',
    'mode',
    'permission-mode',
    'file-history-snapshot',
    'file-history-delta',
    'progress',
    'custom-title',
    'ai-title',
    'agent-name',
    'agent-setting',
    'bridge-session',
    'pr-link',
    'content-replacement',
    'worktree-state',
    'fork-context-ref',
    'frame-link',
    'relocated',
    'result',
    'saved_hook_context',
    'started',
    'tag',
    'turn_end',
    'atis-latch',
    'tools-used',
    'cost-state',
    'api-request',
    'api-request-shape',
    'api-request-blob',
]);
const ENVELOPE_FIELDS = ['isSidechain', 'agentId', 'userType', 'entrypoint', 'cwd', 'sessionId', 'version', 'gitBranch', 'slug'];
const NO_ITEMS = [];
const USER_MESSAGE = [{ role: 'user-message' }];
/** The fields the fast path picks out. */
const BLOCK = 'message.content[]';
const FIELDS = new FieldList([
    'type', 'payload', 'uuid', 'parentUuid', 'isSidechain', 'timestamp', 'subtype', 'leafUuid', 'sessionId', 'message', 'message.id', 'message.content', 'isCompactSummary',
    `${BLOCK}.type`, `${BLOCK}.id`, `${BLOCK}.name`, `${BLOCK}.tool_use_id`,
    ...ENVELOPE_FIELDS,
], { distinct: ['timestamp'] });
const [TYPE, PAYLOAD, UUID, PARENT_UUID, IS_SIDECHAIN, TIMESTAMP, SUBTYPE, LEAF_UUID, SESSION_ID, MESSAGE, MESSAGE_ID, CONTENT] = [
    'type', 'payload', 'uuid', 'parentUuid', 'isSidechain', 'timestamp', 'subtype', 'leafUuid', 'sessionId', 'message', 'message.id', 'message.content',
].map((path) => FIELDS.of(path));
const IS_COMPACT_SUMMARY = FIELDS.of('isCompactSummary');
const [BLOCK_TYPE, BLOCK_ID, BLOCK_NAME, BLOCK_TOOL_USE_ID] = ['type', 'id', 'name', 'tool_use_id'].map((name) => FIELDS.of(`${BLOCK}.${name}`));
const ENVELOPE_REFS = ENVELOPE_FIELDS.map((name) => [name, FIELDS.of(name)]);
/** The fields the fast path copies into an envelope: it can when each is a scalar (or absent). */
const COPIED_FIELDS = [TIMESTAMP, ...ENVELOPE_REFS.map(([, ref]) => ref)];
function copiable(fields) {
    for (const field of COPIED_FIELDS) {
        const kind = fields.kind(field);
        if (kind === 'object' || kind === 'array')
            return false;
    }
    return true;
}
/**
 * From scanned fields: exactly what classifyClaude gives for the parsed record, or undefined when that
 * takes the whole value (several content blocks, a tool_use line whose envelope holds an object, the
 * metadata of a compact boundary).
 */
function classifyScanned(fields) {
    const type = fields.string(TYPE);
    if (type === 'system' && fields.string(SUBTYPE) === 'compact_boundary')
        return undefined;
    if ((type !== 'user' && type !== 'assistant') || fields.kind(MESSAGE) !== 'object' || fields.kind(CONTENT) !== 'array')
        return classifyFields(fields);
    const length = fields.length(CONTENT);
    if (length > 1)
        return undefined;
    const blockType = length === 0 ? undefined : fields.string(BLOCK_TYPE);
    if (type === 'assistant' && blockType === 'tool_use' && !copiable(fields))
        return undefined;
    // One content object for every scanned line, refilled: classifyFields keeps none of it.
    const block = SCANNED_BLOCK;
    block.type = blockType;
    block.id = blockType === 'tool_use' ? fields.string(BLOCK_ID) : undefined;
    block.name = blockType === 'tool_use' ? fields.string(BLOCK_NAME) : undefined;
    block.tool_use_id = blockType === 'tool_result' ? fields.string(BLOCK_TOOL_USE_ID) : undefined;
    SCANNED_CONTENT.blocks = length === 0 ? NO_BLOCKS : ONE_BLOCK;
    SCANNED_CONTENT.fields = fields;
    return classifyFields(fields, SCANNED_CONTENT);
}
const SCANNED_BLOCK = { type: undefined, id: undefined, name: undefined, tool_use_id: undefined };
const ONE_BLOCK = [SCANNED_BLOCK];
const NO_BLOCKS = [];
const SCANNED_CONTENT = {
    blocks: NO_BLOCKS,
    fields: undefined,
    envelope: () => scannedEnvelope(SCANNED_CONTENT.fields),
};
/** A field's value, for the scalar kinds. */
function scalarOf(fields, field) {
    switch (fields.kind(field)) {
        case 'string':
            return fields.string(field);
        case 'number':
            return fields.number(field);
        case 'boolean':
            return fields.boolean(field);
        case 'null':
            return null;
        default:
            return undefined;
    }
}
function scannedEnvelope(fields) {
    const envelope = { timestamp: scalarOf(fields, TIMESTAMP) };
    for (const [name, field] of ENVELOPE_REFS)
        if (fields.kind(field) !== 'absent')
            envelope[name] = scalarOf(fields, field);
    return envelope;
}
function parsedEnvelope(value) {
    const envelope = { timestamp: value.timestamp };
    for (const field of ENVELOPE_FIELDS)
        if (field in value)
            envelope[field] = value[field];
    return envelope;
}
const labels = new Map();
function labelOf(type, subtype) {
    if (subtype === undefined)
        return type;
    const key = `${type}/${subtype}`;
    let label = labels.get(key);
    if (label === undefined) {
        label = key;
        if (labels.size < 256)
            labels.set(key, label);
    }
    return label;
}
/**
 * One record from its fields and, for the lines that have them, its content blocks and envelope (and a
 * compact boundary's parsed value). The same code serves the fast path (scanned fields) and the parsed one.
 */
function classifyFields(fields, content) {
    const type = fields.string(TYPE);
    if (type === undefined)
        return info('record', false, NO_ITEMS);
    const subtype = type === 'system' ? fields.string(SUBTYPE) : undefined;
    const label = labelOf(type, subtype);
    const known = KNOWN_TYPES.has(type);
    if (type === 'last-prompt')
        return info(label, known, NO_ITEMS, undefined, undefined, fields.string(LEAF_UUID));
    const uuid = fields.string(UUID);
    const chained = type === 'user' || type === 'assistant' || type === 'attachment' || type === 'system';
    if (uuid === undefined)
        return info(label, known, NO_ITEMS, undefined, chained && type !== 'system' ? 'a user, assistant or attachment line needs a string uuid' : undefined);
    const parentKind = fields.kind(PARENT_UUID);
    if (parentKind !== 'string' && parentKind !== 'null' && parentKind !== 'absent')
        return info(label, known, NO_ITEMS, undefined, 'parentUuid must be a string or null');
    const timestamp = fields.string(TIMESTAMP);
    // One shape for every entry and every info (no spreads): most lines make one of each.
    const entry = {
        uuid,
        parentUuid: fields.string(PARENT_UUID) ?? null,
        sidechain: fields.boolean(IS_SIDECHAIN) === true,
        role: 'other',
        time: timestamp === undefined ? NaN : parseTime(timestamp),
        messageId: undefined,
        boundary: undefined,
        blocks: undefined,
        compactSummary: type === 'user' && fields.boolean(IS_COMPACT_SUMMARY) === true,
    };
    if (!chained)
        return info(label, known, NO_ITEMS, entry);
    if (type === 'attachment' || type === 'system') {
        entry.role = type;
        if (subtype === 'compact_boundary')
            entry.boundary = boundaryOf(content?.value);
        return info(label, known, NO_ITEMS, entry);
    }
    if (fields.kind(MESSAGE) !== 'object')
        return info(label, known, NO_ITEMS, undefined, 'a user or assistant line needs a message object');
    const contentKind = fields.kind(CONTENT);
    entry.role = type;
    if (type === 'user') {
        if (contentKind === 'string')
            return info(label, known, USER_MESSAGE, entry);
        if (contentKind !== 'array')
            return info(label, known, NO_ITEMS, entry, 'message.content must be a string or an array');
        return userBlocks(label, known, entry, content.blocks);
    }
    entry.messageId = fields.string(MESSAGE_ID);
    if (contentKind !== 'array')
        return info(label, known, NO_ITEMS, entry, contentKind !== 'string' ? 'message.content must be an array' : undefined);
    return assistantBlocks(label, known, entry, content);
}
function info(label, known, items, entry, invalid, leafUuid, envelope) {
    return { label, known, items, entry, invalid, leafUuid, envelope };
}
function userBlocks(label, known, entry, blocks) {
    let items;
    let invalid;
    let results = 0;
    for (const block of blocks) {
        const { type, tool_use_id: id } = (block ?? {});
        if (type !== 'tool_result')
            continue;
        results += 1;
        if (typeof id === 'string')
            items = withItem(items, { role: 'output', callId: id, kind: 'tool_result' });
        else
            invalid ??= 'a tool_result block needs a string tool_use_id';
    }
    if (results === 0)
        return info(label, known, USER_MESSAGE, entry, invalid);
    entry.blocks = blocks.length;
    return info(label, known, items ?? NO_ITEMS, entry, invalid);
}
function assistantBlocks(label, known, entry, content) {
    let items;
    let invalid;
    for (const block of content.blocks) {
        const { type, id, name } = (block ?? {});
        if (type !== 'tool_use')
            continue;
        if (typeof id === 'string')
            items = withItem(items, { role: 'call', callId: id, kind: 'tool_use', expects: 'tool_result', name: typeof name === 'string' ? name : undefined });
        else
            invalid ??= 'a tool_use block needs a string id';
    }
    return info(label, known, items ?? NO_ITEMS, entry, invalid, undefined, items && content.envelope);
}
/** Items made one at a time: the array of a line's one block (most lines) holds no room for more. */
function withItem(items, item) {
    if (items === undefined)
        return [item];
    items.push(item);
    return items;
}
function boundaryOf(value) {
    const metadata = (value?.compactMetadata ?? {});
    const segment = (metadata.preservedSegment ?? {});
    const messages = (metadata.preservedMessages ?? {});
    const text = (x) => (typeof x === 'string' ? x : undefined);
    const head = text(segment.headUuid);
    const anchor = text(segment.anchorUuid);
    const tail = text(segment.tailUuid);
    const listed = Array.isArray(messages.uuids) ? messages.uuids.filter((uuid) => typeof uuid === 'string') : [];
    const preserved = [...new Set([head, anchor, tail, text(messages.anchorUuid), ...listed].filter((uuid) => uuid !== undefined))];
    const logicalParent = text(value?.logicalParentUuid);
    return { preserved, ...(anchor && { anchor }), ...(head && { head }), ...(tail && { tail }), ...(logicalParent && { logicalParent }) };
}
export function classifyClaude(value) {
    const record = value;
    const content = record.message?.content;
    return classifyFields(fieldsOf(value, FIELDS), { blocks: Array.isArray(content) ? content : [], envelope: () => parsedEnvelope(record), value: record });
}
/** A first record that is a Claude Code line: a type Claude Code writes, or a session id on a record without Codex's payload. */
export function isClaudeRecord(value) {
    const record = value;
    if ('payload' in record)
        return false;
    return (typeof record.type === 'string' && KNOWN_TYPES.has(record.type)) || (typeof record.sessionId === 'string' && typeof record.type === 'string');
}
export const claudeScan = {
    fields: FIELDS,
    classify: classifyScanned,
    matches: (fields) => {
        const type = fields.string(TYPE);
        return fields.kind(PAYLOAD) === 'absent' && type !== undefined && (KNOWN_TYPES.has(type) || fields.kind(SESSION_ID) === 'string');
    },
    timestampOf: (fields) => fields.string(TIMESTAMP),
};
