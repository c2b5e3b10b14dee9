export const isUnreadable = (result) => 'error' in result;
export function summarize(results) {
    const summary = { files: results.length, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, unsafeFixable: 0, repaired: 0, wouldRepair: 0, unreadable: 0 };
    for (const result of results) {
        if (isUnreadable(result)) {
            summary.unreadable += 1;
            continue;
        }
        if (result.diagnostics.length > 0)
            summary.filesWithProblems += 1;
        let repairs = 0;
        for (const repair of result.repairs ?? [])
            repairs += spanOf(repair);
        if (result.dryRun)
            summary.wouldRepair += repairs;
        else
            summary.repaired += repairs;
        for (const diagnostic of result.diagnostics) {
            const count = spanOf(diagnostic);
            if (diagnostic.severity === 'error')
                summary.errors += count;
            else if (diagnostic.severity === 'warning')
                summary.warnings += count;
            else
                summary.infos += count;
            if (diagnostic.fixable)
                summary.fixable += count;
            if (diagnostic.fixable && diagnostic.applicability === 'unsafe')
                summary.unsafeFixable += count;
        }
    }
    return summary;
}
export { plural } from '../checking/diagnostic.js';
import { spanOf } from '../checking/diagnostic.js';
/** Per-rule counts over the run, most frequent first (ties in code order). */
export function ruleStatistics(results) {
    const byRule = new Map();
    for (const result of results) {
        if (isUnreadable(result))
            continue;
        for (const diagnostic of result.diagnostics) {
            const { rule, code, fixable, applicability } = diagnostic;
            const count = spanOf(diagnostic);
            let entry = byRule.get(rule);
            if (!entry)
                byRule.set(rule, (entry = { rule, code, count: 0, fixable: 0, unsafeFixable: 0 }));
            entry.count += count;
            if (fixable && applicability === 'unsafe')
                entry.unsafeFixable += count;
            else if (fixable)
                entry.fixable += count;
        }
    }
    return [...byRule.values()].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}
