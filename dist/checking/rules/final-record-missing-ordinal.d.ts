import type { Edit } from '../../repairing/edits.js';
import type { Diagnostic } from '../diagnostic.js';
import type { FormatAdapter } from '../../formats/format.js';
import type { FileFacts } from '../checker.js';
declare const rule: import("../rule.js").Rule;
export default rule;
/** The repair of a final record that no diagnostic named: it became final when a repair dropped the lines after it. */
export declare function finalOrdinalRepair(edit: Edit & {
    readonly op: 'rewrite';
}, ordinal: number): Diagnostic;
interface TailPlan {
    /** The line is not written (removed or truncated). */
    readonly removed: (line: number) => boolean;
    /** Lines inserted after a line are dropped with it only when it is truncated. */
    readonly truncated: (line: number) => boolean;
    readonly insertsAfter: ReadonlyMap<number, string[]>;
}
/**
 * Keeps the paginated invariant through any repair: the final record written carries an ordinal above
 * every other. An inserted final line gets one; otherwise the last kept record gets one if it has none.
 * Mid-file inserts carry none, which Codex accepts, so no existing line has to be renumbered.
 */
export declare function ensureFinalOrdinal(facts: FileFacts, format: FormatAdapter, plan: TailPlan): Edit[];
