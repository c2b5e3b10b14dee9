/** A rule name or code that matches no rule: a usage error (exit code 2). */
export class UnknownRuleError extends Error {
  constructor(readonly token: string) {
    super(`unknown rule "${token}" (see \`session-doctor rules\`)`);
    this.name = 'UnknownRuleError';
  }
}
