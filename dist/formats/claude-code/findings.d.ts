import type { CallRecord, OutputRecord } from '../history.js';
import type { Edit } from '../../repairing/edits.js';
/** What the Claude Code history model finds beyond pairing, for this format's own rules. */
export type ClaudeFinding = 
/** No user or assistant message: resume fails ("No conversation found"). */
{
    readonly type: 'format';
    readonly kind: 'empty';
}
/** The last last-prompt names an entry the file does not hold. */
 | {
    readonly type: 'format';
    readonly kind: 'dangling-leaf';
    readonly line: number;
    readonly uuid: string;
}
/** A compact boundary's metadata names entries the file does not hold. */
 | {
    readonly type: 'format';
    readonly kind: 'dangling-compact';
    readonly line: number;
    readonly missing: readonly string[];
    readonly outside: boolean;
    /** The conversation starts at it, nothing hangs off it, and its summary is lost: the compaction was cut off while it was written. */
    readonly unfinished?: boolean;
}
/** An entry's parentUuid names no entry; the walk bridges it to `target` when that is within 5 s. */
 | {
    readonly type: 'format';
    readonly kind: 'broken-parent';
    readonly line: number;
    readonly uuid: string;
    readonly missing: string;
    readonly bridged: boolean;
    /** The entry is of a type this tool knows (fix never rewrites another). */
    readonly known: boolean;
    readonly outside: boolean;
    /** Messages the walk does not reach because of the break. */
    readonly unreachable: number;
    /** The entry is a compact summary beyond the bridge: the missing parent was its boundary, the history before it compacted. */
    readonly summary: boolean;
    readonly target?: {
        readonly line: number;
        readonly uuid: string;
        readonly unique: boolean;
        readonly gapMs: number;
    };
}
/** A tool_result that is not in the user message right after its tool_use. */
 | {
    readonly type: 'format';
    readonly kind: 'not-adjacent';
    readonly output: OutputRecord;
    readonly call: CallRecord;
    /** The uuid of the tool_use's line, and the result line's parent now. */
    readonly callUuid: string;
    readonly parentUuid: string | null;
    /** Content blocks on the result's line. */
    readonly blocks: number;
    /** A prompt lies between the result and its tool_use on the chain: the result sits in a later turn. */
    readonly laterTurn: boolean;
    /**
     * In a later turn: the result line's uuid, its children's lines, and the uuid they take when it moves: its
     * parent's, or where the children of that parent go when fix takes it out (`through`: its line). Undefined
     * when they cannot be re-linked (one is of a type this tool does not know, or a result line fix keeps).
     * `removed`: where children are result lines fix takes out, the lines below them that those removals
     * re-link to `to` (with the uuid they name now); the move is made only with those re-links.
     */
    readonly children?: {
        readonly uuid: string;
        readonly lines: readonly number[];
        readonly to: string | null;
        readonly through?: number;
        readonly removed?: readonly {
            readonly line: number;
            readonly from: string;
        }[];
    };
    /** The line of the result line it hangs off when that one sits in a later turn than its own tool_use: fix leaves both (see the rule). */
    readonly heldBy?: number;
    /** Behind a cut in the chain: not sent until the cut is re-linked. */
    readonly outside: boolean;
};
/**
 * Whether fix re-parents a not-adjacent result onto its tool_use line: it does not hang off it already, its
 * line holds no other block, it does not hang off a later-turn result (heldBy), and it sits in the call's turn
 * or its children can be re-linked (moved from a later turn without them, it would take the turns between off
 * the conversation).
 */
export declare function isMovable(finding: NotAdjacent): boolean;
/** The rewrite that re-parents a not-adjacent result's line onto its tool_use's line. */
export declare const moveEdit: (finding: NotAdjacent) => {
    readonly op: "rewrite";
    readonly line: number;
    readonly rewrite: import("../../repairing/edits.js").Rewrite;
} & {
    readonly op: "rewrite";
};
/** The rewrites of a not-adjacent result's move: its line, and the lines after it (re-linked to `children.to`). */
export declare function moveEdits(finding: NotAdjacent): Rewrite[];
/** The re-links the removals below a moved later-turn result make (children.removed), which its move needs. */
export declare function removedRelinks(finding: NotAdjacent): Rewrite[];
type Rewrite = Edit & {
    readonly op: 'rewrite';
};
export type NotAdjacent = Extract<ClaudeFinding, {
    kind: 'not-adjacent';
}>;
export declare function isClaudeFinding<K extends ClaudeFinding['kind']>(finding: {
    type: string;
    kind?: string;
}, kind: K): finding is Extract<ClaudeFinding, {
    kind: K;
}>;
export {};
