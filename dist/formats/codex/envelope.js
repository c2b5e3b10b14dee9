import { FieldList } from '../../reading/field-list.js';
import { CodexHistory } from './codex-history.js';
import { defineRewrite } from '../../repairing/edits.js';
import { CODEX_WORDS } from './records.js';
import { KNOWN_EVENT_TYPES } from './event-types.js';
import { CODEX_JSON_DIALECT } from './json-dialect.js';
import { forkFields, forkOriginOf, forkOriginOfFields, forkPaths } from './forks.js';
import { codexLinks } from './links.js';
import { placeholderItem, retypeOutputLine, withOrdinalLine } from './repair-lines.js';
import { classifyResponseItem, classifyScannedItem, itemsOf } from './response-items.js';
import { compactedIssue, distinctItemPaths, itemFields, itemPaths, sessionMetaIssue, sessionMetaValid, threadRolledBackIssue } from './schemas.js';
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
/** A type of the current envelope's records. */
export function isCodexEnvelopeType(type) {
    return typeof type === 'string' && KNOWN_TYPES.has(type);
}
const TURN_STARTS = new Set(['task_started', 'turn_started']);
const TURN_ENDS = new Set(['task_complete', 'turn_complete', 'turn_aborted']);
const BAD_ORDINAL = 'ordinal must be a non-negative integer';
const NOTHING_MORE = {};
const NEEDS_TIMESTAMP_AND_PAYLOAD = { invalid: 'a record needs a string timestamp and an object payload' };
function ordinalOf(ordinal) {
    if (ordinal === undefined)
        return undefined;
    return typeof ordinal === 'number' && Number.isSafeInteger(ordinal) && ordinal >= 0 ? ordinal : null;
}
/**
 * Every info this format makes has the same properties in the same order, absent ones undefined: one
 * object shape keeps the property reads of the checker and the rules fast on hundreds of thousands of
 * records. A reason in `more` replaces an invalid ordinal's.
 */
function info(base, label, known, items, more = NOTHING_MORE) {
    return {
        label,
        known,
        items,
        ordinal: base ?? undefined,
        invalid: more.invalid || (base === null ? BAD_ORDINAL : undefined),
        header: more.header,
        replacesHistory: more.replacesHistory,
        rollsBack: more.rollsBack,
        turn: more.turn,
    };
}
/**
 * Makes `prefix/type` labels once per type: a file repeats a handful of types hundreds of thousands of
 * times. Bounded, as a file may hold any number of distinct types.
 */
function labeller(prefix) {
    const made = new Map();
    return (type) => {
        let label = made.get(type);
        if (label === undefined) {
            label = `${prefix}${type}`;
            if (made.size < 256)
                made.set(type, label);
        }
        return label;
    };
}
const itemLabel = labeller('response_item/');
function classifyEnvelope(value) {
    const record = value;
    const type = record.type;
    const payload = record.payload;
    const base = ordinalOf(record.ordinal);
    if (typeof type !== 'string')
        return info(base, 'record', false, []);
    // Unknown types pass through untouched, whatever their shape.
    if (!KNOWN_TYPES.has(type))
        return info(base, type, false, []);
    if (typeof record.timestamp !== 'string' || typeof payload !== 'object' || payload === null) {
        return info(base, type, true, [], NEEDS_TIMESTAMP_AND_PAYLOAD);
    }
    switch (type) {
        case 'session_meta':
            return info(base, type, true, [], {
                header: { paginated: payload.history_mode === 'paginated', ...(typeof payload.id === 'string' && { sessionId: payload.id }), forkOf: forkOriginOf(payload) },
                invalid: sessionMetaIssue(payload),
            });
        case 'response_item': {
            const { item, label, known, invalid } = classifyResponseItem(payload);
            return info(base, itemLabel(label), known, itemsOf(item), invalid === undefined ? NOTHING_MORE : { invalid });
        }
        case 'compacted':
            return classifyCompacted(payload, base);
        case 'event_msg':
            return classifyEvent(payload, base);
        default:
            return classifyOtherType(type, base);
    }
}
function classifyCompacted(payload, base) {
    const invalid = compactedIssue(payload);
    if (invalid !== undefined)
        return info(base, 'compacted', true, [], { invalid });
    const history = payload.replacement_history;
    if (!history)
        return info(base, 'compacted', true, []);
    const replaced = [];
    let itemInvalid;
    history.forEach((entry, index) => {
        const classified = classifyResponseItem(entry, `payload.replacement_history.${index}`);
        replaced.push(classified.item);
        itemInvalid ??= classified.invalid;
    });
    return info(base, 'compacted', true, [], { replacesHistory: replaced, invalid: itemInvalid });
}
function classifyEvent(payload, base) {
    const event = typeof payload.type === 'string' ? payload.type : 'unknown';
    if (event === 'thread_rolled_back') {
        const label = `event_msg/${event}`;
        const invalid = threadRolledBackIssue(payload);
        if (invalid !== undefined)
            return info(base, label, true, [], { invalid });
        return info(base, label, true, [], { rollsBack: payload.num_turns });
    }
    return classifyOtherEvent(event, base);
}
const TURN_START = { turn: 'start' };
const TURN_END = { turn: 'end' };
const eventTypes = new Map();
/** Every event but a rollback: its type is all that matters. */
function classifyOtherEvent(event, base) {
    let type = eventTypes.get(event);
    if (type === undefined) {
        const label = `event_msg/${event}`;
        type = TURN_STARTS.has(event)
            ? { label, known: true, items: [], more: TURN_START }
            : TURN_ENDS.has(event)
                ? { label, known: true, items: [], more: TURN_END }
                : event === 'user_message'
                    ? { label, known: true, items: [{ role: 'user-message' }], more: NOTHING_MORE }
                    : // Metadata only, but a type Codex does not know is skipped on resume (and, last, makes it reuse an ordinal).
                        { label, known: KNOWN_EVENT_TYPES.has(event), items: [], more: NOTHING_MORE };
        // Bounded: a file may hold any number of distinct types.
        if (eventTypes.size < 256)
            eventTypes.set(event, type);
    }
    return info(base, type.label, type.known, type.items, type.more);
}
/** The known types whose payload does not matter. */
function classifyOtherType(type, base) {
    // An inter-agent message counts as a user turn when Codex rebuilds history.
    return info(base, type, true, type === 'inter_agent_communication' ? [{ role: 'user-message' }] : []);
}
const FIELDS = new FieldList(['type', 'ordinal', 'timestamp', 'payload', 'payload.history_mode', ...itemPaths('payload.'), ...forkPaths('payload.')], {
    distinct: ['timestamp', ...distinctItemPaths('payload.')],
});
const [TYPE, ORDINAL, TIMESTAMP, PAYLOAD, HISTORY_MODE] = ['type', 'ordinal', 'timestamp', 'payload', 'payload.history_mode'].map((path) => FIELDS.of(path));
const PAYLOAD_ITEM = itemFields(FIELDS, 'payload.');
const PAYLOAD_FORK = forkFields(FIELDS, 'payload.');
/**
 * classifyEnvelope's twin for scanned fields (the checker's fast path): the same result, or undefined
 * for the records whose schema or content needs the parsed value (compacted, rollbacks, an invalid
 * session_meta, and the items classifyScannedItem leaves to the parser).
 */
function classifyScannedEnvelope(fields) {
    const ordinalKind = fields.kind(ORDINAL);
    // Any value that is not a number stands for an ordinal of the wrong kind.
    const base = ordinalOf(ordinalKind === 'absent' ? undefined : ordinalKind === 'number' ? fields.number(ORDINAL) : null);
    const type = fields.string(TYPE);
    if (type === undefined)
        return info(base, 'record', false, []);
    if (!KNOWN_TYPES.has(type))
        return info(base, type, false, []);
    const payload = fields.kind(PAYLOAD);
    if (fields.kind(TIMESTAMP) !== 'string' || (payload !== 'object' && payload !== 'array')) {
        return info(base, type, true, [], NEEDS_TIMESTAMP_AND_PAYLOAD);
    }
    // The commonest type first: each case is a string comparison, on every line.
    switch (type) {
        case 'response_item': {
            const classified = payload === 'object' ? classifyScannedItem(fields, PAYLOAD_ITEM) : undefined;
            if (!classified)
                return undefined;
            return info(base, itemLabel(classified.label), classified.known, itemsOf(classified.item), classified.invalid === undefined ? NOTHING_MORE : { invalid: classified.invalid });
        }
        case 'session_meta': {
            if (payload !== 'object' || !sessionMetaValid(fields, PAYLOAD_ITEM.id, HISTORY_MODE))
                return undefined;
            const id = fields.string(PAYLOAD_ITEM.id);
            return info(base, type, true, [], { header: { paginated: fields.string(HISTORY_MODE) === 'paginated', ...(id !== undefined && { sessionId: id }), forkOf: forkOriginOfFields(fields, PAYLOAD_FORK) } });
        }
        case 'compacted':
            return undefined;
        case 'event_msg': {
            // An array payload has no type either.
            const event = fields.string(PAYLOAD_ITEM.type) ?? 'unknown';
            return event === 'thread_rolled_back' ? undefined : classifyOtherEvent(event, base);
        }
        default:
            return classifyOtherType(type, base);
    }
}
const envelopeScan = {
    fields: FIELDS,
    classify: classifyScannedEnvelope,
    matches: (fields) => fields.kind(TYPE) === 'string' && fields.kind(PAYLOAD) !== 'absent' && fields.kind(TIMESTAMP) !== 'absent',
    timestampOf: (fields) => fields.string(TIMESTAMP),
};
const payloadOf = (record) => record.payload;
/** An enveloped output line, retyped. */
const retypeEnvelopeOutput = defineRewrite('codex/retype-output', (line, kind, callItemId) => retypeOutputLine(line, kind, payloadOf, callItemId ?? undefined));
/** The current envelope: `{"timestamp","ordinal"?,"type","payload"}` per line (Sept 2025 on). */
export const codexEnvelope = {
    name: 'codex',
    description: 'Codex CLI rollout, current envelope ({timestamp, ordinal?, type, payload})',
    words: CODEX_WORDS,
    requiresHeader: true,
    legacy: false,
    matches: (value) => {
        const record = value;
        return typeof record.type === 'string' && 'payload' in record && 'timestamp' in record;
    },
    classify: classifyEnvelope,
    timestampOf: (value) => {
        const timestamp = value.timestamp;
        return typeof timestamp === 'string' ? timestamp : undefined;
    },
    scan: envelopeScan,
    dialect: CODEX_JSON_DIALECT,
    links: codexLinks,
    renderPlaceholder: (call, options) => JSON.stringify({
        timestamp: call.timestamp ?? new Date().toISOString(),
        type: 'response_item',
        payload: placeholderItem(call, options),
    }),
    retypeOutput: retypeEnvelopeOutput,
    withOrdinal: withOrdinalLine,
    createHistory: (emit, options) => new CodexHistory(codexEnvelope, emit, options),
};
