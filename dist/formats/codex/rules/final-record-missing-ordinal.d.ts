import type { LineSet } from '../../../checking/line-set.js';
import type { PlanCompletion, PlanDraft } from '../../format.js';
import { type CodexAdapter } from '../records.js';
declare const rule: import("../../../checking/rule.js").Rule;
export default rule;
export interface OrdinalFacts {
    readonly maxOrdinal: number | undefined;
    /** Lines that hold a record, and those of them without an ordinal. */
    readonly recordLines: LineSet;
    readonly unnumberedLines: LineSet;
}
/**
 * Keeps the paginated invariant through any repair: the final record written carries an ordinal above
 * every other. An inserted final line gets one; otherwise the last kept record gets one if it has none.
 * Mid-file inserts carry none, which Codex accepts, so no existing line has to be renumbered. A final
 * record that the rule leaves alone (it is invalid) is not rewritten by another repair either, and a
 * record given an ordinal that no diagnostic named is reported too.
 */
export declare function completeFinalOrdinal(draft: PlanDraft, format: CodexAdapter, facts: OrdinalFacts): PlanCompletion;
