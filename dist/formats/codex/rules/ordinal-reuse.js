import { defineRule } from '../../../checking/rule.js';
import { codexHistory } from '../records.js';
const ACTION = 'appended an event_msg token_count (no figures) after it, with the next ordinal';
const rule = defineRule({
    name: 'ordinal-reuse',
    code: 'SD310',
    severity: 'warning',
    fixable: true,
    summary: 'The last record is of a type Codex does not know: Codex will reuse its ordinal.',
    explanation: 'Codex numbers the next record of a paginated rollout from the last record it can read. When the last record is ' +
        'of a type it does not know (a newer record type, or an event_msg subtype it does not know), it skips that record ' +
        'and gives the next one it appends the same ordinal (openai/codex#44417, #44440; reproduced with 0.169.0 and ' +
        '0.171.0). The duplicate ordinal makes Codex warn while projecting the thread history, and before 0.154.0 it froze ' +
        'the projection and broke thread/fork. fix appends a record Codex knows and that the model never sees (an ' +
        'event_msg token_count without figures), with the next ordinal: no existing line changes or moves.',
    create(context) {
        // Read from the history at the end: no hook called per record.
        return {
            end() {
                const history = codexHistory(context);
                const last = history?.lastRecord;
                if (!history?.ordinals.paginated || !last || last.info.known || last.info.ordinal === undefined)
                    return;
                const { label, ordinal } = last.info;
                const line = last.line;
                context.report({
                    line,
                    message: `The last record ("${label}", ordinal ${ordinal}) is of a type Codex does not know: Codex skips it on resume and gives ` +
                        `the next record it appends the same ordinal ${ordinal}.`,
                    // The edit is made by completeOrdinalReuse, which runs on every repair of a paginated file.
                    repair: () => ({ action: ACTION, edits: [] }),
                });
            },
        };
    },
});
export default rule;
/** A record Codex knows and that changes nothing it shows the model. */
const NO_OP_EVENT = { type: 'token_count', info: null, rate_limits: null };
/**
 * Keeps Codex from reusing an ordinal through any repair: when the final record written is one Codex does
 * not know, a known no-op record with the next ordinal is appended after it. A
 * record that became final when a repair dropped the lines after it is repaired, and reported, too.
 */
export function completeOrdinalReuse(draft, facts) {
    for (let line = draft.lines; line > 0; line -= 1) {
        if (draft.truncated(line))
            continue;
        if (draft.insertsAfter.get(line)?.length)
            break;
        if (draft.removed(line) || !facts.recordLines.has(line))
            continue;
        if (!facts.unknown.has(line))
            break;
        // An unnumbered final record gets the next ordinal from completeFinalOrdinal: this one comes after it.
        const ordinal = (facts.maxOrdinal ?? -1) + (facts.unnumberedLines.has(line) ? 2 : 1);
        // Deterministic, so that a copy and an in-place fix write the same bytes.
        const timestamp = facts.unknown.get(line) ?? facts.headerTimestamp ?? '1970-01-01T00:00:00.000Z';
        const text = JSON.stringify({ timestamp, ordinal, type: 'event_msg', payload: NO_OP_EVENT });
        const repair = { action: ACTION, edits: [{ op: 'insert-after', line, text }] };
        const named = draft.diagnosticsAt(line).some((d) => d.repair && d.rule === rule.name);
        const reported = {
            rule: rule.name,
            code: rule.code,
            severity: rule.severity,
            line,
            message: 'After the repair this is the last record, of a type Codex does not know: Codex would reuse its ordinal.',
            fixable: true,
            repair,
        };
        return { edits: repair.edits, repaired: named ? [] : [reported] };
    }
    return { edits: [], repaired: [] };
}
