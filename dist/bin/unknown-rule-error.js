// dist/checking/unknown-rule-error.js
/** A rule name or code that matches no rule: a usage error (exit code 2). */
var UnknownRuleError = class extends Error {
	token;
	constructor(token) {
		super(`unknown rule "${token}" (see \`session-doctor rules\`)`);
		this.token = token;
		this.name = "UnknownRuleError";
	}
};
export { UnknownRuleError as t };
