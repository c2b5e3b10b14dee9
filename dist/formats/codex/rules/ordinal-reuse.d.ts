import type { LineSet } from '../../../checking/line-set.js';
import type { PlanCompletion, PlanDraft } from '../../format.js';
declare const rule: import("../../../checking/rule.js").Rule;
export default rule;
export interface UnknownRecords {
    readonly maxOrdinal: number | undefined;
    readonly recordLines: LineSet;
    readonly unnumberedLines: LineSet;
    /** The lines of records Codex does not know, with their timestamps. */
    readonly unknown: ReadonlyMap<number, string | undefined>;
    /** The session header's timestamp: the appended record's when the unknown one has none. */
    readonly headerTimestamp: string | undefined;
}
/**
 * Keeps Codex from reusing an ordinal through any repair: when the final record written is one Codex does
 * not know, a known no-op record with the next ordinal is appended after it. A
 * record that became final when a repair dropped the lines after it is repaired, and reported, too.
 */
export declare function completeOrdinalReuse(draft: PlanDraft, facts: UnknownRecords): PlanCompletion;
