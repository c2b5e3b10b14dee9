import type { FormatAdapter, HistoryItem, RecordInfo } from '../format.js';
import { placeholderItem, retypeOutputLine, withOrdinalLine } from './repair-lines.js';
import { classifyResponseItem } from './response-items.js';
import { compactedPayload, describeIssue, sessionMetaPayload, threadRolledBack } from './schemas.js';

/** Top-level `type`s of the current envelope, all generations (codex-rollout-format §2.1). */
const KNOWN_TYPES = new Set([
  'session_meta',
  'response_item',
  'compacted',
  'turn_context',
  'event_msg',
  'inter_agent_communication',
  'inter_agent_communication_metadata',
  'world_state',
  'token_usage_record',
  'retained_context',
  'security_risk_score',
  'realtime_item',
  'rollout_reference',
]);

const TURN_STARTS = new Set(['task_started', 'turn_started']);
const TURN_ENDS = new Set(['task_complete', 'turn_complete', 'turn_aborted']);

type Envelope = { timestamp?: unknown; ordinal?: unknown; type?: unknown; payload?: unknown };

function ordinalOf(record: Envelope): { ordinal?: number; invalid?: string } {
  if (record.ordinal === undefined) return {};
  const ordinal = record.ordinal;
  if (typeof ordinal === 'number' && Number.isSafeInteger(ordinal) && ordinal >= 0) return { ordinal };
  return { invalid: 'ordinal must be a non-negative integer' };
}

function classifyEnvelope(value: object): RecordInfo {
  const record = value as Envelope;
  const type = record.type;
  const payload = record.payload as Record<string, unknown> | undefined;
  const { ordinal, invalid: badOrdinal } = ordinalOf(record);
  const base = { ...(ordinal !== undefined && { ordinal }), ...(badOrdinal && { invalid: badOrdinal }) };
  if (typeof type !== 'string') return { ...base, label: 'record', known: false, items: [] };
  // Unknown types pass through untouched, whatever their shape.
  if (!KNOWN_TYPES.has(type)) return { ...base, label: type, known: false, items: [] };
  if (typeof record.timestamp !== 'string' || typeof payload !== 'object' || payload === null) {
    return { ...base, label: type, known: true, items: [], invalid: 'a record needs a string timestamp and an object payload' };
  }
  switch (type) {
    case 'session_meta': {
      const parsed = sessionMetaPayload.safeParse(payload);
      return {
        ...base,
        label: type,
        known: true,
        items: [],
        header: { paginated: payload.history_mode === 'paginated', ...(typeof payload.id === 'string' && { sessionId: payload.id }) },
        ...(!parsed.success && { invalid: describeIssue(parsed.error, 'payload') }),
      };
    }
    case 'response_item': {
      const { item, label, known, invalid } = classifyResponseItem(payload);
      return { ...base, label: `response_item/${label}`, known, items: [item], ...(invalid && { invalid }) };
    }
    case 'compacted':
      return classifyCompacted(payload, base);
    case 'event_msg':
      return classifyEvent(payload, base);
    case 'inter_agent_communication':
      // Counts as a user turn when Codex rebuilds history.
      return { ...base, label: type, known: true, items: [{ role: 'user-message' }] };
    default:
      return { ...base, label: type, known: true, items: [] };
  }
}

function classifyCompacted(payload: Record<string, unknown>, base: Partial<RecordInfo>): RecordInfo {
  const parsed = compactedPayload.safeParse(payload);
  if (!parsed.success) return { ...base, label: 'compacted', known: true, items: [], invalid: describeIssue(parsed.error, 'payload') };
  const history = parsed.data.replacement_history;
  if (!history) return { ...base, label: 'compacted', known: true, items: [] };
  const replaced: HistoryItem[] = [];
  let invalid: string | undefined;
  history.forEach((entry, index) => {
    const classified = classifyResponseItem(entry, `payload.replacement_history.${index}`);
    replaced.push(classified.item);
    invalid ??= classified.invalid;
  });
  return { ...base, label: 'compacted', known: true, items: [], replacesHistory: replaced, ...(invalid && { invalid }) };
}

function classifyEvent(payload: Record<string, unknown>, base: Partial<RecordInfo>): RecordInfo {
  const event = typeof payload.type === 'string' ? payload.type : 'unknown';
  const label = `event_msg/${event}`;
  if (TURN_STARTS.has(event)) return { ...base, label, known: true, items: [], turn: 'start' };
  if (TURN_ENDS.has(event)) return { ...base, label, known: true, items: [], turn: 'end' };
  if (event === 'user_message') return { ...base, label, known: true, items: [{ role: 'user-message' }] };
  if (event === 'thread_rolled_back') {
    const parsed = threadRolledBack.safeParse(payload);
    if (!parsed.success) return { ...base, label, known: true, items: [], invalid: describeIssue(parsed.error, 'payload') };
    return { ...base, label, known: true, items: [], rollsBack: parsed.data.num_turns };
  }
  // Event payload types vary by version and are metadata only: never reported as unknown.
  return { ...base, label, known: true, items: [] };
}

const payloadOf = (record: unknown) => (record as { payload?: unknown }).payload;

/** The current envelope: `{"timestamp","ordinal"?,"type","payload"}` per line (Sept 2025 on). */
export const codexEnvelope: FormatAdapter = {
  name: 'codex',
  description: 'Codex CLI rollout, current envelope ({timestamp, ordinal?, type, payload})',
  requiresHeader: true,
  legacy: false,
  matches: (value) => {
    const record = value as Envelope;
    return typeof record.type === 'string' && 'payload' in record && 'timestamp' in record;
  },
  classify: classifyEnvelope,
  timestampOf: (value) => {
    const timestamp = (value as Envelope).timestamp;
    return typeof timestamp === 'string' ? timestamp : undefined;
  },
  renderPlaceholder: (call, options) =>
    JSON.stringify({
      timestamp: call.timestamp ?? new Date().toISOString(),
      type: 'response_item',
      payload: placeholderItem(call, options),
    }),
  retypeOutput: (line, kind) => retypeOutputLine(line, kind, payloadOf),
  withOrdinal: withOrdinalLine,
};
