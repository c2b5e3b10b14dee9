/** A rule name or code that matches no rule: a usage error (exit code 2). */
export declare class UnknownRuleError extends Error {
    readonly token: string;
    constructor(token: string);
}
