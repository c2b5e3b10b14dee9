/** A rule name or code that matches no rule: a usage error (exit code 2). */
export class UnknownRuleError extends Error {
    token;
    constructor(token) {
        super(`unknown rule "${token}" (see \`session-doctor rules\`)`);
        this.token = token;
        this.name = 'UnknownRuleError';
    }
}
