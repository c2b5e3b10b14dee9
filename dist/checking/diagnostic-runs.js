import { removedByLast } from './rules/remove-line.js';
/**
 * Joins `next` to the run `last` ends with, when it is the same finding on the very next line: same rule,
 * severity, message and fix (no call id, whose findings are each their own), and a repair, if any, that
 * removes just its own line. Returns whether it did. This is what keeps a file of a million blank or broken
 * lines at one diagnostic, and its repair at one edit. `last` is the checker's own, not yet handed out: it is
 * extended in place (a new object per line was most of the time that a million blank lines took).
 */
export function extendRun(last, next) {
    const end = last.endLine ?? last.line;
    if (next.line !== end + 1 || next.endLine !== undefined)
        return false;
    if (last.callId !== undefined || next.callId !== undefined)
        return false;
    if (last.rule !== next.rule || last.severity !== next.severity || last.message !== next.message)
        return false;
    if (last.fixable !== next.fixable || last.applicability !== next.applicability)
        return false;
    if ((last.repair === undefined) !== (next.repair === undefined))
        return false;
    const repair = last.repair && next.repair && joinRemovals(last, last.repair, next.repair, next.line);
    if (last.repair && !repair)
        return false;
    const run = last;
    run.endLine = next.line;
    if (repair)
        run.repair = repair;
    return true;
}
/** The repairs of runs that joined removeLine's removals, each with what they remove (removeLine's `what`). */
const joined = new WeakMap();
/**
 * Two removals of consecutive lines, with the same action but for the line number, as one. A run of
 * removeLine's removals has its own repair once joined: it is extended in place, and the next removal is
 * known by what removeLine made it for, not by its text (reading a new action string per line, and making
 * a new repair and three strings, were most of the time a file of a million blank lines took to fix).
 */
function joinRemovals(last, first, next, line) {
    const [edit] = first.edits;
    const [added] = next.edits;
    if (first.edits.length !== 1 || next.edits.length !== 1 || edit?.op !== 'remove' || added?.op !== 'remove')
        return undefined;
    if (edit.line !== last.line || (edit.through ?? edit.line) !== line - 1 || added.line !== line || added.through !== undefined)
        return undefined;
    const removes = removedByLast(next);
    if (removes !== undefined && joined.get(first) === removes) {
        const own = first;
        own.action = `removed ${removes} at lines ${last.line}-${line}`;
        own.edits[0].through = line;
        return first;
    }
    const suffix = ` at line ${line}`;
    if (!next.action.endsWith(suffix))
        return undefined;
    const what = next.action.slice(0, -suffix.length);
    if (first.action !== `${what} at line ${last.line}` && first.action !== `${what} at lines ${last.line}-${line - 1}`)
        return undefined;
    const repair = { action: `${what} at lines ${last.line}-${line}`, edits: [{ op: 'remove', line: last.line, through: line }] };
    if (removes !== undefined && what === `removed ${removes}`)
        joined.set(repair, removes);
    return repair;
}
