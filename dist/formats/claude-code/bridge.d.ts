import type { ClaudeHistory } from './chain.js';
/**
 * What the walk up the chain asks at a missing parent, answered in logarithmic time however many breaks
 * the chain has (a scan of every entry per break made a file of bridged breaks quadratic): the entry the
 * client bridges to (the latest one before it in time that the walk has not taken, on the same side, of
 * a chain role; the first in the file among equal times), and how many messages before the break the
 * walk has not reached. Built at the first break; the walk tells it each entry it takes.
 */
export declare class Bridges {
    #private;
    private readonly h;
    private readonly sameSide;
    constructor(h: ClaudeHistory, sameSide: (e: number) => boolean);
    /** The walk took entry e. */
    take(e: number): void;
    /** The entry a missing parent of e is bridged to, if any; not unique when another free entry has its time. */
    nearestEarlier(e: number): {
        entry: number;
        unique: boolean;
    } | undefined;
    /** The messages before e that the walk has not taken: the history the client drops at a break there. */
    earlierMessages(e: number): number;
}
