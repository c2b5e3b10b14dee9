import type { Rule } from '../checking/rule.js';
/**
 * Each rule's documentation page: docs/rules/<name>.md in the repository and in the npm package, generated
 * from the rule itself (test/reporting/rule-docs.test.ts keeps the committed pages up to date). The link
 * names this version's page, so a report links to the documentation of the version that wrote it.
 */
export declare const ruleDocUrl: (name: string) => string;
/** Whether and how `fix` repairs it, in one line. */
export declare const fixabilityText: (rule: Rule) => string;
/** The Markdown page of one rule. */
export declare function ruleDocPage(rule: Rule): string;
/** The index page, docs/rules/README.md. */
export declare function ruleDocIndex(rules: readonly Rule[]): string;
