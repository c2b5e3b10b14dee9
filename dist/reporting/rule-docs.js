import { VERSION } from '../version.js';
/**
 * Each rule's documentation page: docs/rules/<name>.md in the repository and in the npm package, generated
 * from the rule itself (test/reporting/rule-docs.test.ts keeps the committed pages up to date). The link
 * names this version's page, so a report links to the documentation of the version that wrote it.
 */
export const ruleDocUrl = (name) => `https://unpkg.com/session-doctor@${VERSION}/docs/rules/${name}.md`;
const SAFETY = {
    safe: 'safe: `session-doctor fix` applies it (the model sees exactly what the client would show it).',
    unsafe: 'unsafe: `session-doctor fix --unsafe-fixes` applies it (it changes what the model sees, or drops real content); `fix` alone reports it as held back.',
    depends: 'depends on the repair: the default one is safe; `--strategy truncate` is unsafe and needs `--unsafe-fixes`.',
};
/** Whether and how `fix` repairs it, in one line. */
export const fixabilityText = (rule) => (rule.fixable ? `yes, ${SAFETY[rule.fixSafety ?? 'safe']}` : 'no: it is reported, never guessed at.');
/** The Markdown page of one rule. */
export function ruleDocPage(rule) {
    const fix = fixabilityText(rule);
    return [
        `# ${rule.name} (${rule.code})`,
        '',
        rule.summary,
        '',
        `- Default severity: ${rule.severity}`,
        `- Fixable: ${fix}`,
        '',
        '## What it finds, and why it matters',
        '',
        rule.explanation,
        '',
        '## Configuration',
        '',
        `Turn it off or change its severity in \`session-doctor.config.json\`: \`{ "rules": { "${rule.name}": "off" } }\` (or \`"warning"\`, \`"info"\`, \`"error"\`; the code \`${rule.code}\` works too). On the command line: \`--ignore ${rule.name}\`, or \`--select ${rule.code}\` to run it alone.`,
        '',
        `In the terminal: \`session-doctor explain ${rule.name}\`.`,
        '',
    ].join('\n');
}
/** The index page, docs/rules/README.md. */
export function ruleDocIndex(rules) {
    return [
        '# session-doctor rules',
        '',
        '| rule | code | severity | fixable | what it finds |',
        '| --- | --- | --- | --- | --- |',
        ...rules.map((rule) => `| [\`${rule.name}\`](${rule.name}.md) | ${rule.code} | ${rule.severity} | ${rule.fixable ? (rule.fixSafety ?? 'safe') : 'no'} | ${rule.summary} |`),
        '',
    ].join('\n');
}
