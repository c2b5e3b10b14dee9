/**
 * Points a line's parentUuid at another entry (or makes it a root), keeping every other byte. A line that
 * already points there is kept (two repairs that take out one line both re-link its children).
 */
export declare function relinkParent(line: Buffer, from: string | null, to: string | null): Buffer | undefined;
/** Re-parents a tool_result line onto its tool_use's line: parentUuid, and sourceToolAssistantUUID when it has one. */
export declare function reparentResult(line: Buffer, from: string | null, to: string): Buffer | undefined;
/**
 * Takes a tool_result block out of a user line that holds other blocks too: the last one that answers
 * `toolUseId` (of two answers on one line, the later is the extra one). The block's own bytes are cut out
 * with the comma and spaces between it and its neighbour, however the line is spaced; verified, else the
 * line is written again from its parsed value (key order kept).
 */
export declare function withoutResultBlock(line: Buffer, toolUseId: string): Buffer | undefined;
/**
 * Gives the first content block whose `key` (a tool_use's id, a tool_result's tool_use_id) is `from` the id
 * `to`, verified. Only the first: of two answers on one line the later is the extra one, which its removal
 * takes out (withoutResultBlock), before or after this.
 */
export declare function renameToolId(line: Buffer, key: 'id' | 'tool_use_id', from: string, to: string): Buffer | undefined;
/** The edits that make these rewrites of a line. */
export declare const relinkParentEdit: (line: number, from: string | null, to: string | null) => import("../../repairing/edits.js").Edit & {
    readonly op: "rewrite";
};
export declare const reparentResultEdit: (line: number, from: string | null, to: string) => import("../../repairing/edits.js").Edit & {
    readonly op: "rewrite";
};
export declare const withoutResultBlockEdit: (line: number, toolUseId: string) => import("../../repairing/edits.js").Edit & {
    readonly op: "rewrite";
};
export declare const renameToolIdEdit: (line: number, key: "id" | "tool_use_id", from: string, to: string) => import("../../repairing/edits.js").Edit & {
    readonly op: "rewrite";
};
