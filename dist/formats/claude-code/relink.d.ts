/** Points a line's parentUuid at another entry (or makes it a root), keeping every other byte. */
export declare function relinkParent(line: Buffer, from: string | null, to: string | null): Buffer | undefined;
/** Re-parents a tool_result line onto its tool_use's line: parentUuid, and sourceToolAssistantUUID when it has one. */
export declare function reparentResult(line: Buffer, from: string | null, to: string): Buffer | undefined;
/**
 * Takes one tool_result block out of a user line that holds other blocks too. The line is written
 * again from its parsed value (key order kept); its other content stays as it was.
 */
export declare function withoutResultBlock(line: Buffer, toolUseId: string): Buffer | undefined;
