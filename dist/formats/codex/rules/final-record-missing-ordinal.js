import { defineRule } from '../../../checking/rule.js';
import { codexHistory } from '../records.js';
import { withOrdinalEdit } from '../repair-lines.js';
const rule = defineRule({
    name: 'final-record-missing-ordinal',
    code: 'SD302',
    severity: 'error',
    fixable: true,
    summary: 'The last record of a paginated rollout has no ordinal.',
    explanation: 'In the paginated history mode (session_meta history_mode "paginated", the default of new Codex sessions) Codex ' +
        'numbers the next record from the last record\'s ordinal, and refuses to resume a file whose final record has none ' +
        '("final paginated rollout record … is missing an ordinal"). Records in the middle may omit it. A hand-appended line ' +
        'or a tool that rewrote the file causes this. fix gives the final record an ordinal one above the highest in the ' +
        'file; every repair keeps this true, so an output inserted at the end carries one too.',
    create(context) {
        // Read from the history at the end: no hook called per record.
        return {
            end() {
                const history = codexHistory(context);
                const last = history?.lastRecord;
                if (!history?.ordinals.paginated || !last || last.info.ordinal !== undefined)
                    return;
                const lastLine = last.line;
                /** The last record fails its schema: fix does not rewrite such a record. */
                const lastInvalid = last.info.invalid !== undefined;
                const next = (history.ordinals.maxOrdinal ?? -1) + 1;
                context.report({
                    line: lastLine,
                    message: 'The final record of this paginated rollout has no ordinal; Codex refuses to resume the file.' +
                        (lastInvalid ? ' The record is also invalid (see invalid-record), so fix leaves it.' : ''),
                    fixable: !lastInvalid,
                    // The edit itself is made by completeFinalOrdinal, which runs on every repair of a paginated file.
                    repair: () => ({ action: `gave the final record "ordinal":${next}`, edits: [] }),
                });
            },
        };
    },
});
export default rule;
/** The repair of a final record that no diagnostic named: it became final when a repair dropped the lines after it. */
function finalOrdinalRepair(edit, ordinal) {
    return {
        rule: rule.name,
        code: rule.code,
        severity: rule.severity,
        line: edit.line,
        message: 'After the repair this is the final record of a paginated rollout, and it has no ordinal; Codex would refuse to resume the file.',
        fixable: true,
        repair: { action: `gave the final record "ordinal":${ordinal}`, edits: [edit] },
    };
}
/**
 * Keeps the paginated invariant through any repair: the final record written carries an ordinal above
 * every other. An inserted final line gets one; otherwise the last kept record gets one if it has none.
 * Mid-file inserts carry none, which Codex accepts, so no existing line has to be renumbered. A final
 * record that the rule leaves alone (it is invalid) is not rewritten by another repair either, and a
 * record given an ordinal that no diagnostic named is reported too.
 */
export function completeFinalOrdinal(draft, format, facts) {
    const next = (facts.maxOrdinal ?? -1) + 1;
    const leftAlone = (line) => draft.diagnosticsAt(line).some((d) => d.rule === rule.name && !d.repair);
    const named = (line) => draft.diagnosticsAt(line).some((d) => d.repair && d.rule === rule.name);
    for (let line = draft.lines; line > 0; line -= 1) {
        if (draft.truncated(line))
            continue;
        const inserts = draft.insertsAfter.get(line);
        if (inserts?.length) {
            const last = inserts.length - 1;
            const numbered = format.withOrdinal(Buffer.from(inserts[last]), next);
            if (numbered)
                inserts[last] = numbered.toString('utf8');
            return { edits: [], repaired: [] };
        }
        if (!draft.removed(line) && facts.recordLines.has(line)) {
            if (!facts.unnumberedLines.has(line) || leftAlone(line))
                return { edits: [], repaired: [] };
            const edit = withOrdinalEdit(line, next);
            return { edits: [edit], repaired: named(line) ? [] : [finalOrdinalRepair(edit, next)] };
        }
    }
    return { edits: [], repaired: [] };
}
