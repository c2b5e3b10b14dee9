import type { ClaudeHistory } from './chain.js';
/** The rule whose fix takes out the result block of each finding. */
export declare const REMOVING_RULE: {
    readonly orphan: string;
    readonly 'extra-output': string;
};
/**
 * The result blocks a fix takes out (those reported as orphans or second answers by a rule that runs), and the chain as that
 * leaves it: a block goes alone while its line keeps another, the last ones take the line, and a line goes
 * only when no child of it is of a type this tool does not know (it could not be re-linked). Repairs that
 * depend on other results (a rename) are decided on the file as the removals leave it, so that a second
 * fix finds nothing the first could have done.
 */
export declare class PlannedRemovals {
    #private;
    private readonly h;
    constructor(h: ClaudeHistory);
    add(e: number, id: string): void;
    /** Whether the removals on line e take its whole line (never an empty message). */
    takeLine(e: number): boolean;
    /** Whether line e is removed whole. */
    goes(e: number): boolean;
    /** The last of line e and the ancestors that go with it, up the chain: its parent is what e's children get. */
    topRemoved(e: number): number;
    /** The children of line e once the removed lines below it are gone (their children re-linked up to e), in no set order. */
    keptChildren(e: number): number[];
    /** How many of line e's result blocks answer this id once the removals are made. */
    keptAnswers(e: number, id: string): number;
    /** How many result blocks of this id the file keeps. */
    keptResults(id: string): number;
}
