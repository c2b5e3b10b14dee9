import { CodexHistory } from './codex-history.js';
import { defineRewrite } from '../../repairing/edits.js';
import { CODEX_WORDS } from './records.js';
import { placeholderItem, retypeOutputLine, withOrdinalLine } from './repair-lines.js';
import { classifyResponseItem, isResponseItemType } from './response-items.js';
function classifyBareItem(value) {
    const { item, label, known, invalid } = classifyResponseItem(value, '');
    return { label, known, items: [item], ...(invalid && { invalid }) };
}
const timestampOf = (value) => {
    const timestamp = value.timestamp;
    return typeof timestamp === 'string' ? timestamp : undefined;
};
const itself = (record) => record;
/** A bare item's output line, retyped. */
const retypeBareOutput = defineRewrite('codex/retype-bare-output', (line, kind, callItemId) => retypeOutputLine(line, kind, itself, callItemId ?? undefined));
/** A bare session header: `{"id", "timestamp", "instructions"?, …}` without a `type`. */
function isBareMeta(record) {
    return record.type === undefined && typeof record.id === 'string' && typeof record.timestamp === 'string';
}
/**
 * The Rust generations before the envelope (≈ May–Sept 2025): a bare SessionMeta first line, then
 * bare ResponseItems, `{"record_type":"state"}` snapshots, and the short-lived `record_type`-tagged
 * lines. Current Codex cannot resume these (codex-rollout-format §2.5).
 */
export const codexLegacy = {
    name: 'codex-legacy',
    description: 'Codex CLI rollout in the legacy format of 2025 (bare items)',
    words: CODEX_WORDS,
    requiresHeader: false,
    legacy: true,
    matches: (value) => {
        const record = value;
        return typeof record.record_type === 'string' || isBareMeta(record);
    },
    classify: (value) => {
        const record = value;
        const tag = record.record_type;
        if (tag === 'session_meta' || tag === 'prev_session_meta' || (tag === undefined && isBareMeta(record))) {
            return { label: 'session_meta', known: true, items: [], header: { paginated: false } };
        }
        if (tag === 'state')
            return { label: 'state', known: true, items: [] };
        if (tag === 'event')
            return { label: 'event', known: true, items: [] };
        if (tag === undefined || tag === 'response')
            return classifyBareItem(value);
        return { label: String(tag), known: false, items: [] };
    },
    timestampOf,
    renderPlaceholder: (call, options) => JSON.stringify(placeholderItem(call, options)),
    retypeOutput: retypeBareOutput,
    withOrdinal: withOrdinalLine,
    createHistory: (emit, options) => new CodexHistory(codexLegacy, emit, options),
};
/** A plain list of Responses API input items, one per line (datasets, exports). */
export const responsesItems = {
    name: 'responses',
    description: 'One OpenAI Responses API item per line',
    words: CODEX_WORDS,
    requiresHeader: false,
    legacy: false,
    matches: (value) => isResponseItemType(value.type) && !('payload' in value),
    classify: classifyBareItem,
    timestampOf,
    renderPlaceholder: (call, options) => JSON.stringify(placeholderItem(call, options)),
    retypeOutput: retypeBareOutput,
    withOrdinal: withOrdinalLine,
    createHistory: (emit, options) => new CodexHistory(responsesItems, emit, options),
};
