import { LineSet } from '../checking/line-set.js';
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
/**
 * Whether a repair would change or move a byte of the pinned prefix (lines before `firstFreeLine`): an
 * insert after the last pinned line starts at or after the pin, and is allowed.
 */
export function movesPinned(repair, pinned) {
    if (!pinned)
        return false;
    const free = pinned.firstFreeLine;
    return repair.edits.some((edit) => {
        switch (edit.op) {
            case 'insert-after':
                return edit.line < free - 1;
            case 'strip-bom':
            case 'normalize-line-endings':
                return free > 1;
            default:
                return edit.line < free;
        }
    });
}
/**
 * Collects the repairs of fixable diagnostics into one plan; undefined when there is nothing to do. A repair
 * that would move pinned bytes is left out (the caller says why).
 */
export function planRepairs(diagnostics, facts) {
    const repaired = diagnostics.filter((diagnostic) => diagnostic.repair && !movesPinned(diagnostic.repair, facts.pinned));
    if (repaired.length === 0)
        return undefined;
    const removed = new LineSet();
    const rewrites = new Map();
    const insertsAfter = new Map();
    const endLines = new Set();
    let truncateFrom = Infinity;
    let normalizeLineEndings = false;
    let stripBom = false;
    const apply = (edit) => {
        switch (edit.op) {
            case 'remove':
                for (let line = edit.line; line <= (edit.through ?? edit.line); line += 1)
                    removed.add(line);
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
        // The completion keeps the file resumable (Codex: a final ordinal): never at the price of pinned bytes.
        completion.edits.filter((edit) => !movesPinned({ action: '', edits: [edit] }, facts.pinned)).forEach(apply);
        repaired.push(...completion.repaired.filter((diagnostic) => !movesPinned(diagnostic.repair, facts.pinned)));
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
