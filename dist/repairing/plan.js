import finalRecordMissingOrdinal, { ensureFinalOrdinal, finalOrdinalRepair } from '../checking/rules/final-record-missing-ordinal.js';
/**
 * What the plan does to original line `n`: drops it whole (nothing is inserted after it), edits it (its
 * bytes are needed), or keeps it byte for byte.
 */
export function lineAction(plan, n) {
    if (n >= plan.truncateFrom || (plan.removed.has(n) && !plan.insertsAfter.has(n)))
        return 'drop';
    const edited = plan.normalizeLineEndings || plan.removed.has(n) || plan.rewrites.has(n) || plan.insertsAfter.has(n) || plan.endLines.has(n) || (n === 1 && plan.stripBom);
    return edited ? 'edit' : 'keep';
}
/** Collects the repairs of fixable diagnostics into one plan; undefined when there is nothing to do. */
export function planRepairs(diagnostics, facts) {
    const repaired = diagnostics.filter((diagnostic) => diagnostic.repair);
    if (repaired.length === 0)
        return undefined;
    const removed = new Set();
    const rewrites = new Map();
    const insertsAfter = new Map();
    const endLines = new Set();
    let truncateFrom = Infinity;
    let normalizeLineEndings = false;
    let stripBom = false;
    const apply = (edit) => {
        switch (edit.op) {
            case 'remove':
                removed.add(edit.line);
                break;
            case 'rewrite':
                append(rewrites, edit.line, edit.apply);
                break;
            case 'insert-after':
                append(insertsAfter, edit.line, edit.text);
                break;
            case 'end-line':
                endLines.add(edit.line);
                break;
            case 'truncate-from':
                truncateFrom = Math.min(truncateFrom, edit.line);
                break;
            case 'normalize-line-endings':
                normalizeLineEndings = true;
                break;
            case 'strip-bom':
                stripBom = true;
                break;
        }
    };
    for (const diagnostic of repaired)
        diagnostic.repair.edits.forEach(apply);
    if (facts.format) {
        const truncated = (line) => line >= truncateFrom;
        // A final record that the rule leaves alone (it is invalid) is not rewritten by another repair either.
        const leftAlone = (line) => diagnostics.some((d) => d.rule === finalRecordMissingOrdinal.name && d.line === line && !d.repair);
        const tail = ensureFinalOrdinal(facts, facts.format, {
            removed: (line) => truncated(line) || removed.has(line),
            truncated,
            insertsAfter,
        }).filter((edit) => edit.op !== 'rewrite' || !leftAlone(edit.line));
        tail.forEach(apply);
        // A record given an ordinal that no diagnostic named (it became final when the lines after it were dropped) is reported too.
        for (const edit of tail) {
            if (edit.op === 'rewrite' && !repaired.some((d) => d.rule === finalRecordMissingOrdinal.name && d.line === edit.line)) {
                repaired.push(finalOrdinalRepair(edit, (facts.maxOrdinal ?? -1) + 1));
            }
        }
    }
    return { removed, truncateFrom, rewrites, insertsAfter, endLines, normalizeLineEndings, stripBom, repaired };
}
function append(map, line, value) {
    const list = map.get(line);
    if (list)
        list.push(value);
    else
        map.set(line, [value]);
}
