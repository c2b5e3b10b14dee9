import { picked } from '../checking/diagnostic-list.js';
import { mergeRuns } from '../checking/sorted-runs.js';
import { isPlanned, movesPinned } from './plan.js';
/**
 * Splits the diagnostics into what the plan repaired and what remains (including repairs left out for a rewrite that could not be made), read
 * lazily, in line order: the plan's own repairs after the diagnostics of their line.
 */
export function outcome(diagnostics, plan, unmade, runningLines, why, pinned) {
    const done = (diagnostic) => plan !== undefined && isPlanned(diagnostic, pinned, unmade);
    // The plan may repair more than the check reported (the record that becomes final gets an ordinal).
    const all = plan && plan.added.length > 0 ? mergeRuns([diagnostics, plan.added], (a, b) => a.line - b.line) : diagnostics;
    // Both lists are counted in one pass (a million on disk take a second to read).
    let repaired;
    const count = () => {
        repaired = 0;
        for (const diagnostic of all)
            if (done(diagnostic))
                repaired += 1;
        return repaired;
    };
    const repairOf = (diagnostic) => {
        if (!done(diagnostic))
            return undefined;
        const { repair, ...rest } = diagnostic;
        const last = rest.endLine ?? rest.line;
        const otherLines = [...new Set(repair.edits.flatMap((edit) => ('line' in edit && (edit.line < rest.line || edit.line > last) && edit.op !== 'insert-after' ? [edit.line] : [])))];
        return {
            rule: rest.rule,
            code: rest.code,
            line: rest.line,
            ...(rest.endLine !== undefined && { endLine: rest.endLine }),
            action: repair.action,
            ...(rest.callId !== undefined && { callId: rest.callId }),
            ...(otherLines.length > 0 && { otherLines }),
        };
    };
    const remainingOf = (diagnostic) => {
        if (done(diagnostic))
            return undefined;
        const { repair, ...rest } = diagnostic;
        const pinnedNote = repair && movesPinned(repair, pinned) ? ` Not repaired: ${pinned.reason}` : '';
        const unmadeLine = repair && unmade.lineIn(repair);
        const unmadeNote = unmadeLine ? ` Not repaired: the rewrite of line ${unmadeLine} it needs could not be made, so none of its edits were.` : '';
        const runningNote = rest.rule === 'missing-output' && runningLines.has(rest.line) ? ` It may still be running: ${why}.` : '';
        const shown = { ...rest, message: rest.message + pinnedNote + unmadeNote + runningNote };
        return repair ? { ...shown, fixable: false } : shown;
    };
    const repairs = picked(all, repairOf, () => repaired ?? count());
    const remaining = picked(all, remainingOf, () => diagnostics.length + (plan?.added.length ?? 0) - (repaired ?? count()));
    // Lists held in memory are made now: lazy ones keep these closures, and with them the plan, some 2 KB
    // a file for as long as the run holds its report.
    if (Array.isArray(diagnostics))
        return { repairs: [...repairs], remaining: [...remaining] };
    return { repairs, remaining };
}
