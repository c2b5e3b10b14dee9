export const isUnreadable = (result) => 'error' in result;
export function summarize(results) {
    const summary = { files: results.length, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, repaired: 0, unreadable: 0 };
    for (const result of results) {
        if (isUnreadable(result)) {
            summary.unreadable += 1;
            continue;
        }
        if (result.diagnostics.length > 0)
            summary.filesWithProblems += 1;
        summary.repaired += result.repairs?.length ?? 0;
        for (const diagnostic of result.diagnostics) {
            if (diagnostic.severity === 'error')
                summary.errors += 1;
            else if (diagnostic.severity === 'warning')
                summary.warnings += 1;
            else
                summary.infos += 1;
            if (diagnostic.fixable)
                summary.fixable += 1;
        }
    }
    return summary;
}
export const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
