import type { ScannedFields } from '../../reading/json-scan.js';
import { fieldsOf } from '../../reading/value-fields.js';
import type { HistoryItem, RecordInfo, ScanClassifier } from '../format.js';

/**
 * The lines of a Claude Code transcript (~/.claude/projects/<cwd>/<session>.jsonl), as far as the chain
 * and the pairing of tool calls need them. Most bytes sit in lines whose content does not matter here
 * (attachments with the whole system prompt, request logs); those are classified from a few scanned
 * fields. Only user and assistant lines with content blocks and compact boundaries are parsed.
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
  /** A compact boundary, with the uuids its metadata says it keeps. */
  readonly boundary?: { readonly preserved: readonly string[]; readonly anchor?: string; readonly head?: string; readonly tail?: string };
  /** The number of content blocks of a user line that holds tool results. */
  readonly blocks?: number;
}

/** What a placeholder result line copies from the line of the tool_use it answers. */
export interface Envelope {
  readonly [field: string]: unknown;
}

export interface ClaudeRecordInfo extends RecordInfo {
  readonly entry?: ClaudeEntry;
  /** A `last-prompt` row's leafUuid. */
  readonly leafUuid?: string;
  /** The envelope of a line that holds a tool_use. */
  readonly envelope?: Envelope;
}

const ENVELOPE_FIELDS = ['isSidechain', 'agentId', 'userType', 'entrypoint', 'cwd', 'sessionId', 'version', 'gitBranch', 'slug'];

const NO_ITEMS: readonly HistoryItem[] = [];
const USER_MESSAGE: readonly HistoryItem[] = [{ role: 'user-message' }];

/** The paths the fast path picks out. */
const FIELDS = ['type', 'payload', 'uuid', 'parentUuid', 'isSidechain', 'timestamp', 'subtype', 'leafUuid', 'sessionId', 'message', 'message.id', 'message.content'];

/** Lines whose content blocks, or compact metadata, only the parsed value gives. */
function needsValue(fields: ScannedFields): boolean {
  const type = fields.string('type');
  if (type === 'user' || type === 'assistant') return fields.kind('message.content') === 'array';
  return type === 'system' && fields.string('subtype') === 'compact_boundary';
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
 * One record from its fields; `value` is the parsed record, given exactly when needsValue says the
 * fields are not enough. The same code serves the fast path (scanned fields) and the parsed one.
 */
function classifyFields(fields: ScannedFields, value?: Record<string, unknown>): ClaudeRecordInfo {
  const type = fields.string('type');
  if (type === undefined) return { label: 'record', known: false, items: NO_ITEMS };
  const subtype = type === 'system' ? fields.string('subtype') : undefined;
  const label = labelOf(type, subtype);
  const known = KNOWN_TYPES.has(type);
  if (type === 'last-prompt') {
    const leafUuid = fields.string('leafUuid');
    return { label, known, items: NO_ITEMS, ...(leafUuid !== undefined && { leafUuid }) };
  }
  const uuid = fields.string('uuid');
  const chained = type === 'user' || type === 'assistant' || type === 'attachment' || type === 'system';
  if (uuid === undefined) {
    return chained && type !== 'system' ? { label, known, items: NO_ITEMS, invalid: 'a user, assistant or attachment line needs a string uuid' } : { label, known, items: NO_ITEMS };
  }
  const parentKind = fields.kind('parentUuid');
  if (parentKind !== 'string' && parentKind !== 'null' && parentKind !== 'absent') {
    return { label, known, items: NO_ITEMS, invalid: 'parentUuid must be a string or null' };
  }
  const timestamp = fields.string('timestamp');
  const base = {
    uuid,
    parentUuid: fields.string('parentUuid') ?? null,
    sidechain: fields.boolean('isSidechain') === true,
    time: timestamp === undefined ? NaN : Date.parse(timestamp),
  };
  if (!chained) return { label, known, items: NO_ITEMS, entry: { ...base, role: 'other' } };
  if (type === 'attachment') return { label, known, items: NO_ITEMS, entry: { ...base, role: 'attachment' } };
  if (type === 'system') {
    const boundary = subtype === 'compact_boundary' ? boundaryOf(value) : undefined;
    return { label, known, items: NO_ITEMS, entry: { ...base, role: 'system', ...(boundary && { boundary }) } };
  }
  if (fields.kind('message') !== 'object') return { label, known, items: NO_ITEMS, invalid: 'a user or assistant line needs a message object' };
  const contentKind = fields.kind('message.content');
  if (type === 'user') {
    if (contentKind === 'string') return { label, known, items: USER_MESSAGE, entry: { ...base, role: 'user' } };
    if (contentKind !== 'array') return { label, known, items: NO_ITEMS, invalid: 'message.content must be a string or an array', entry: { ...base, role: 'user' } };
    return userBlocks(label, known, base, value!);
  }
  const messageId = fields.string('message.id');
  const entry: ClaudeEntry = { ...base, role: 'assistant', ...(messageId !== undefined && { messageId }) };
  if (contentKind !== 'array') return { label, known, items: NO_ITEMS, entry, ...(contentKind !== 'string' && { invalid: 'message.content must be an array' }) };
  return assistantBlocks(label, known, entry, value!);
}

type Base = Omit<ClaudeEntry, 'role'>;

function blocksOf(value: Record<string, unknown>): readonly unknown[] {
  return ((value.message as Record<string, unknown>).content as unknown[]) ?? [];
}

function userBlocks(label: string, known: boolean, base: Base, value: Record<string, unknown>): ClaudeRecordInfo {
  const items: HistoryItem[] = [];
  let invalid: string | undefined;
  let results = 0;
  const blocks = blocksOf(value);
  for (const block of blocks) {
    const { type, tool_use_id: id } = (block ?? {}) as Record<string, unknown>;
    if (type !== 'tool_result') continue;
    results += 1;
    if (typeof id === 'string') items.push({ role: 'output', callId: id, kind: 'tool_result' });
    else invalid ??= 'a tool_result block needs a string tool_use_id';
  }
  if (results === 0) items.push({ role: 'user-message' });
  const entry: ClaudeEntry = { ...base, role: 'user', ...(results > 0 && { blocks: blocks.length }) };
  return { label, known, items, entry, ...(invalid && { invalid }) };
}

function assistantBlocks(label: string, known: boolean, entry: ClaudeEntry, value: Record<string, unknown>): ClaudeRecordInfo {
  const items: HistoryItem[] = [];
  let invalid: string | undefined;
  for (const block of blocksOf(value)) {
    const { type, id, name } = (block ?? {}) as Record<string, unknown>;
    if (type !== 'tool_use') continue;
    if (typeof id === 'string') items.push({ role: 'call', callId: id, kind: 'tool_use', expects: 'tool_result', ...(typeof name === 'string' && { name }) });
    else invalid ??= 'a tool_use block needs a string id';
  }
  if (items.length === 0) return { label, known, items, entry, ...(invalid && { invalid }) };
  const envelope: Record<string, unknown> = { timestamp: value.timestamp };
  for (const field of ENVELOPE_FIELDS) if (field in value) envelope[field] = value[field];
  return { label, known, items, entry, envelope, ...(invalid && { invalid }) };
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
  return { preserved, ...(anchor && { anchor }), ...(head && { head }), ...(tail && { tail }) };
}

export function classifyClaude(value: object): ClaudeRecordInfo {
  return classifyFields(fieldsOf(value), value as Record<string, unknown>);
}

/** A first record that is a Claude Code line: a type Claude Code writes, or a session id on a record without Codex's payload. */
export function isClaudeRecord(value: object): boolean {
  const record = value as Record<string, unknown>;
  if ('payload' in record) return false;
  return (typeof record.type === 'string' && KNOWN_TYPES.has(record.type)) || (typeof record.sessionId === 'string' && typeof record.type === 'string');
}

export const claudeScan: ScanClassifier = {
  fields: FIELDS,
  classify: (fields) => (needsValue(fields) ? undefined : classifyFields(fields)),
  matches: (fields) => {
    const type = fields.string('type');
    return fields.kind('payload') === 'absent' && type !== undefined && (KNOWN_TYPES.has(type) || fields.kind('sessionId') === 'string');
  },
  timestampOf: (fields) => fields.string('timestamp'),
};
