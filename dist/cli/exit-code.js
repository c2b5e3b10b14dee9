/** 0 clean, 1 errors (or more warnings than allowed), 2 a file could not be read or replaced. */
export function exitCode(summary, maxWarnings) {
    if (summary.unreadable > 0)
        return 2;
    if (summary.errors > 0)
        return 1;
    if (maxWarnings >= 0 && summary.warnings > maxWarnings)
        return 1;
    return 0;
}
