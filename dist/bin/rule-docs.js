import { t as VERSION } from "./version.js";
// dist/reporting/rule-docs.js
/**
* Each rule's documentation page: docs/rules/<name>.md in the repository and in the npm package, generated
* from the rule itself (test/reporting/rule-docs.test.ts keeps the committed pages up to date). The link
* names this version's page, so a report links to the documentation of the version that wrote it.
*/
const ruleDocUrl = (name) => `https://unpkg.com/session-doctor@${VERSION}/docs/rules/${name}.md`;
const SAFETY = {
	safe: "safe: `session-doctor fix` applies it (the model sees exactly what the client would show it).",
	unsafe: "unsafe: `session-doctor fix --unsafe-fixes` applies it (it changes what the model sees, or drops real content); `fix` alone reports it as held back.",
	depends: "depends on the repair: the default one is safe; `--strategy truncate` is unsafe and needs `--unsafe-fixes`."
};
/** Whether and how `fix` repairs it, in one line. */
const fixabilityText = (rule) => rule.fixable ? `yes, ${SAFETY[rule.fixSafety ?? "safe"]}` : "no: it is reported, never guessed at.";
export { ruleDocUrl as n, fixabilityText as t };
