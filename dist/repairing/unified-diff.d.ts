import type { LineChange } from './apply-plan.js';
/**
 * Builds a unified diff (3 lines of context) from the line changes of the second pass, holding only
 * the current hunk and the last few unchanged lines.
 */
export declare class UnifiedDiff {
    #private;
    private readonly oldName;
    private readonly newName;
    constructor(oldName: string, newName: string);
    add(change: LineChange): void;
    /** The finished diff; empty when nothing changed. */
    finish(): string;
}
