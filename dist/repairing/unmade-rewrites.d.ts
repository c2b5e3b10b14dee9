import type { Repair, Rewrite } from './edits.js';
/** Thrown by the second pass at a rewrite it cannot make, before anything of that line is written. */
export declare class UnmadeRewrite extends Error {
    readonly line: number;
    readonly rewrite: Rewrite;
    constructor(line: number, rewrite: Rewrite);
}
/** The rewrites a pass could not make: a repair that has one is left out of the plan whole (all or nothing). */
export declare class UnmadeRewrites {
    #private;
    /**
     * Runs `pass` until it meets no rewrite it cannot make. A repair is all or nothing: a pass that meets one stops
     * there and is thrown away (a temp file is removed, the original untouched), and `replan` makes the plan again
     * without the repairs of the rewrites met so far. A rewrite met twice is no repair's own (the plan's completion
     * makes it): nothing is written.
     */
    settle(path: string, pass: () => Promise<void>, replan: () => void): Promise<void>;
    /** The line of the first rewrite the repair makes or needs that could not be made; undefined when it has none. */
    lineIn(repair: Repair): number | undefined;
}
