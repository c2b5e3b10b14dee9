import { findRule } from '../checking/select-rules.js';
/**
 * The severities to run with: the config's, except that a rule the config turns off comes back when
 * --select names it (by name or code; a prefix or ALL does not), because command-line flags win.
 */
export function mergeSeverities(configured, select) {
    if (!configured)
        return undefined;
    if (!select)
        return { ...configured };
    const named = new Set(select.map((token) => findRule(token)?.name).filter((name) => name !== undefined));
    const merged = {};
    for (const [key, severity] of Object.entries(configured)) {
        if (severity === 'off' && named.has(findRule(key)?.name ?? ''))
            continue;
        merged[key] = severity;
    }
    return merged;
}
