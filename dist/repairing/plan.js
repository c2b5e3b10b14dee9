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
    const truncated = (line) => line >= truncateFrom;
    const completion = facts.history?.completePlan?.({
        lines: facts.lines,
        removed: (line) => truncated(line) || removed.has(line),
        truncated,
        insertsAfter,
        diagnostics,
    });
    if (completion) {
        completion.edits.forEach(apply);
        repaired.push(...completion.repaired);
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
