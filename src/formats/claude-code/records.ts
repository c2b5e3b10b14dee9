import { FieldList, type FieldRef } from '../../reading/field-list.js';
import type { ScannedFields } from '../../reading/json-scan.js';
import { fieldsOf } from '../../reading/value-fields.js';
import type { HistoryItem, RecordInfo, ScanClassifier } from '../format.js';
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
  readonly boundary?: { readonly preserved: readonly string[]; readonly anchor?: string; readonly head?: string; readonly tail?: string; readonly logicalParent?: string };
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

const ENVELOPE_FIELDS = ['isSidechain', 'agentId', 'userType', 'entrypoint', 'cwd', 'sessionId', 'version', 'gitBranch', 'slug'];

/** What a content block says, as far as pairing needs it: the type and ids, when they are strings. */
interface Block {
  readonly type?: unknown;
  readonly id?: unknown;
  readonly name?: unknown;
  readonly tool_use_id?: unknown;
}

const NO_ITEMS: readonly HistoryItem[] = [];
const USER_MESSAGE: readonly HistoryItem[] = [{ role: 'user-message' }];

/** The fields the fast path picks out. */
const BLOCK = 'message.content[]';
const FIELDS = new FieldList([
  'type', 'payload', 'uuid', 'parentUuid', 'isSidechain', 'timestamp', 'subtype', 'leafUuid', 'sessionId', 'message', 'message.id', 'message.content', 'isCompactSummary',
  `${BLOCK}.type`, `${BLOCK}.id`, `${BLOCK}.name`, `${BLOCK}.tool_use_id`,
  ...ENVELOPE_FIELDS,
], { distinct: ['timestamp'] });
const [TYPE, PAYLOAD, UUID, PARENT_UUID, IS_SIDECHAIN, TIMESTAMP, SUBTYPE, LEAF_UUID, SESSION_ID, MESSAGE, MESSAGE_ID, CONTENT] = [
  'type', 'payload', 'uuid', 'parentUuid', 'isSidechain', 'timestamp', 'subtype', 'leafUuid', 'sessionId', 'message', 'message.id', 'message.content',
].map((path) => FIELDS.of(path)) as FieldRef[] as [FieldRef, FieldRef, FieldRef, FieldRef, FieldRef, FieldRef, FieldRef, FieldRef, FieldRef, FieldRef, FieldRef, FieldRef];
const IS_COMPACT_SUMMARY = FIELDS.of('isCompactSummary');
const [BLOCK_TYPE, BLOCK_ID, BLOCK_NAME, BLOCK_TOOL_USE_ID] = ['type', 'id', 'name', 'tool_use_id'].map((name) => FIELDS.of(`${BLOCK}.${name}`)) as [FieldRef, FieldRef, FieldRef, FieldRef];
const ENVELOPE_REFS = ENVELOPE_FIELDS.map((name) => [name, FIELDS.of(name)] as const);

/** The fields the fast path copies into an envelope: it can when each is a scalar (or absent). */
const COPIED_FIELDS = [TIMESTAMP, ...ENVELOPE_REFS.map(([, ref]) => ref)];

function copiable(fields: ScannedFields): boolean {
  for (const field of COPIED_FIELDS) {
    const kind = fields.kind(field);
    if (kind === 'object' || kind === 'array') return false;
  }
  return true;
}

/**
 * From scanned fields: exactly what classifyClaude gives for the parsed record, or undefined when that
 * takes the whole value (several content blocks, a tool_use line whose envelope holds an object, the
 * metadata of a compact boundary).
 */
function classifyScanned(fields: ScannedFields): ClaudeRecordInfo | undefined {
  const type = fields.string(TYPE);
  if (type === 'system' && fields.string(SUBTYPE) === 'compact_boundary') return undefined;
  if ((type !== 'user' && type !== 'assistant') || fields.kind(MESSAGE) !== 'object' || fields.kind(CONTENT) !== 'array') return classifyFields(fields);
  const length = fields.length(CONTENT)!;
  if (length > 1) return undefined;
  const blockType = length === 0 ? undefined : fields.string(BLOCK_TYPE);
  if (type === 'assistant' && blockType === 'tool_use' && !copiable(fields)) return undefined;
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

const SCANNED_BLOCK: { -readonly [K in keyof Block]: Block[K] } = { type: undefined, id: undefined, name: undefined, tool_use_id: undefined };
const ONE_BLOCK: readonly unknown[] = [SCANNED_BLOCK];
const NO_BLOCKS: readonly unknown[] = [];
const SCANNED_CONTENT = {
  blocks: NO_BLOCKS,
  fields: undefined as ScannedFields | undefined,
  envelope: (): Envelope => scannedEnvelope(SCANNED_CONTENT.fields!),
};

/** A field's value, for the scalar kinds. */
function scalarOf(fields: ScannedFields, field: FieldRef): unknown {
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

function scannedEnvelope(fields: ScannedFields): Envelope {
  const envelope: Record<string, unknown> = { timestamp: scalarOf(fields, TIMESTAMP) };
  for (const [name, field] of ENVELOPE_REFS) if (fields.kind(field) !== 'absent') envelope[name] = scalarOf(fields, field);
  return envelope;
}

function parsedEnvelope(value: Record<string, unknown>): Envelope {
  const envelope: Record<string, unknown> = { timestamp: value.timestamp };
  for (const field of ENVELOPE_FIELDS) if (field in value) envelope[field] = value[field];
  return envelope;
}

/** What classifyFields reads beyond the fields: the content blocks, the envelope, a compact boundary's metadata. */
interface Content {
  readonly blocks: readonly unknown[];
  readonly envelope: () => Envelope;
  readonly value?: Record<string, unknown>;
}

const labels = new Map<string, string>();
function labelOf(type: string, subtype: string | undefined): string {
  if (subtype === undefined) return type;
  const key = `${type}/${subtype}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = key;
    if (labels.size < 256) labels.set(key, label);
  }
  return label;
}

/**
 * One record from its fields and, for the lines that have them, its content blocks and envelope (and a
 * compact boundary's parsed value). The same code serves the fast path (scanned fields) and the parsed one.
 */
function classifyFields(fields: ScannedFields, content?: Content): ClaudeRecordInfo {
  const type = fields.string(TYPE);
  if (type === undefined) return info('record', false, NO_ITEMS);
  const subtype = type === 'system' ? fields.string(SUBTYPE) : undefined;
  const label = labelOf(type, subtype);
  const known = KNOWN_TYPES.has(type);
  if (type === 'last-prompt') return info(label, known, NO_ITEMS, undefined, undefined, fields.string(LEAF_UUID));
  const uuid = fields.string(UUID);
  const chained = type === 'user' || type === 'assistant' || type === 'attachment' || type === 'system';
  if (uuid === undefined) return info(label, known, NO_ITEMS, undefined, chained && type !== 'system' ? 'a user, assistant or attachment line needs a string uuid' : undefined);
  const parentKind = fields.kind(PARENT_UUID);
  if (parentKind !== 'string' && parentKind !== 'null' && parentKind !== 'absent') return info(label, known, NO_ITEMS, undefined, 'parentUuid must be a string or null');
  const timestamp = fields.string(TIMESTAMP);
  // One shape for every entry and every info (no spreads): most lines make one of each.
  const entry: NewEntry = {
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
  if (!chained) return info(label, known, NO_ITEMS, entry);
  if (type === 'attachment' || type === 'system') {
    entry.role = type;
    if (subtype === 'compact_boundary') entry.boundary = boundaryOf(content?.value);
    return info(label, known, NO_ITEMS, entry);
  }
  if (fields.kind(MESSAGE) !== 'object') return info(label, known, NO_ITEMS, undefined, 'a user or assistant line needs a message object');
  const contentKind = fields.kind(CONTENT);
  entry.role = type;
  if (type === 'user') {
    if (contentKind === 'string') return info(label, known, USER_MESSAGE, entry);
    if (contentKind !== 'array') return info(label, known, NO_ITEMS, entry, 'message.content must be a string or an array');
    return userBlocks(label, known, entry, content!.blocks);
  }
  entry.messageId = fields.string(MESSAGE_ID);
  if (contentKind !== 'array') return info(label, known, NO_ITEMS, entry, contentKind !== 'string' ? 'message.content must be an array' : undefined);
  return assistantBlocks(label, known, entry, content!);
}

/** An entry while it is classified. */
type NewEntry = { -readonly [K in keyof ClaudeEntry]: ClaudeEntry[K] };

function info(label: string, known: boolean, items: readonly HistoryItem[], entry?: ClaudeEntry, invalid?: string, leafUuid?: string, envelope?: () => Envelope): ClaudeRecordInfo {
  return { label, known, items, entry, invalid, leafUuid, envelope };
}

function userBlocks(label: string, known: boolean, entry: NewEntry, blocks: readonly unknown[]): ClaudeRecordInfo {
  let items: HistoryItem[] | undefined;
  let invalid: string | undefined;
  let results = 0;
  for (const block of blocks) {
    const { type, tool_use_id: id } = (block ?? {}) as Block;
    if (type !== 'tool_result') continue;
    results += 1;
    if (typeof id === 'string') items = withItem(items, { role: 'output', callId: id, kind: 'tool_result' });
    else invalid ??= 'a tool_result block needs a string tool_use_id';
  }
  if (results === 0) return info(label, known, USER_MESSAGE, entry, invalid);
  entry.blocks = blocks.length;
  return info(label, known, items ?? NO_ITEMS, entry, invalid);
}

function assistantBlocks(label: string, known: boolean, entry: ClaudeEntry, content: Content): ClaudeRecordInfo {
  let items: HistoryItem[] | undefined;
  let invalid: string | undefined;
  for (const block of content.blocks) {
    const { type, id, name } = (block ?? {}) as Block;
    if (type !== 'tool_use') continue;
    if (typeof id === 'string') items = withItem(items, { role: 'call', callId: id, kind: 'tool_use', expects: 'tool_result', name: typeof name === 'string' ? name : undefined });
    else invalid ??= 'a tool_use block needs a string id';
  }
  return info(label, known, items ?? NO_ITEMS, entry, invalid, undefined, items && content.envelope);
}

/** Items made one at a time: the array of a line's one block (most lines) holds no room for more. */
function withItem(items: HistoryItem[] | undefined, item: HistoryItem): HistoryItem[] {
  if (items === undefined) return [item];
  items.push(item);
  return items;
}

function boundaryOf(value: Record<string, unknown> | undefined): ClaudeEntry['boundary'] {
  const metadata = (value?.compactMetadata ?? {}) as Record<string, unknown>;
  const segment = (metadata.preservedSegment ?? {}) as Record<string, unknown>;
  const messages = (metadata.preservedMessages ?? {}) as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const head = text(segment.headUuid);
  const anchor = text(segment.anchorUuid);
  const tail = text(segment.tailUuid);
  const listed = Array.isArray(messages.uuids) ? messages.uuids.filter((uuid): uuid is string => typeof uuid === 'string') : [];
  const preserved = [...new Set([head, anchor, tail, text(messages.anchorUuid), ...listed].filter((uuid): uuid is string => uuid !== undefined))];
  const logicalParent = text(value?.logicalParentUuid);
  return { preserved, ...(anchor && { anchor }), ...(head && { head }), ...(tail && { tail }), ...(logicalParent && { logicalParent }) };
}

export function classifyClaude(value: object): ClaudeRecordInfo {
  const record = value as Record<string, unknown>;
  const content = (record.message as { content?: unknown } | undefined)?.content;
  return classifyFields(fieldsOf(value, FIELDS), { blocks: Array.isArray(content) ? content : [], envelope: () => parsedEnvelope(record), value: record });
}

/** A first record that is a Claude Code line: a type Claude Code writes, or a session id on a record without Codex's payload. */
export function isClaudeRecord(value: object): boolean {
  const record = value as Record<string, unknown>;
  if ('payload' in record) return false;
  return (typeof record.type === 'string' && KNOWN_TYPES.has(record.type)) || (typeof record.sessionId === 'string' && typeof record.type === 'string');
}

export const claudeScan: ScanClassifier = {
  fields: FIELDS,
  classify: classifyScanned,
  matches: (fields) => {
    const type = fields.string(TYPE);
    return fields.kind(PAYLOAD) === 'absent' && type !== undefined && (KNOWN_TYPES.has(type) || fields.kind(SESSION_ID) === 'string');
  },
  timestampOf: (fields) => fields.string(TIMESTAMP),
};
