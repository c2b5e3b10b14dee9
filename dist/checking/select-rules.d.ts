import type { Severity } from './diagnostic.js';
import type { EnabledRule } from './checker.js';
import type { Rule } from './rule.js';
import { UnknownRuleError } from './unknown-rule-error.js';
export { UnknownRuleError };
export interface RuleSelection {
    /** Names, codes or code prefixes (SD1) of the only rules to run; `ALL` for every rule. */
    readonly select?: readonly string[];
    /** Names, codes or code prefixes of rules not to run. */
    readonly ignore?: readonly string[];
    /** Severity overrides by rule name or code; `off` disables. */
    readonly severities?: Readonly<Record<string, Severity | 'off'>>;
}
/** The rules to run and their severities. Throws UnknownRuleError for a name that matches no rule. */
export declare function selectRules(selection?: RuleSelection): EnabledRule[];
export declare function findRule(token: string): Rule | undefined;
