/** `session-doctor rules`: the rule table, or JSON. */
export declare function rulesText(format: 'table' | 'json'): string;
/** `session-doctor explain RULE`: one rule in full. */
export declare function explainText(token: string): string;
