import { RULES } from './rules/index.js';
import { UnknownRuleError } from './unknown-rule-error.js';
export { UnknownRuleError };
function matches(rule, token) {
    const upper = token.toUpperCase();
    return upper === 'ALL' || token === rule.name || (/^SD\d*$/.test(upper) && rule.code.startsWith(upper));
}
function ruleMatcher(tokens) {
    if (tokens === undefined)
        return undefined;
    for (const token of tokens)
        if (!RULES.some((rule) => matches(rule, token)))
            throw new UnknownRuleError(token);
    return (rule) => tokens.some((token) => matches(rule, token));
}
/** The rules to run and their severities. Throws UnknownRuleError for a name that matches no rule. */
export function selectRules(selection = {}) {
    const selected = ruleMatcher(selection.select);
    const ignored = ruleMatcher(selection.ignore);
    const overrides = selection.severities ?? {};
    for (const key of Object.keys(overrides))
        if (!RULES.some((rule) => rule.name === key || rule.code === key.toUpperCase()))
            throw new UnknownRuleError(key);
    const enabled = [];
    for (const rule of RULES) {
        if (selected && !selected(rule))
            continue;
        if (ignored?.(rule))
            continue;
        const override = overrides[rule.name] ?? overrides[rule.code];
        if (override === 'off')
            continue;
        enabled.push({ rule, severity: override ?? rule.severity });
    }
    return enabled;
}
export function findRule(token) {
    const upper = token.toUpperCase();
    return RULES.find((rule) => rule.name === token || rule.code === upper);
}
