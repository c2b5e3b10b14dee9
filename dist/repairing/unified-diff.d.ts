import type { LineChange } from './apply-plan.js';
/**
 * Builds a unified diff (3 lines of context) from the line changes of the second pass, and writes each
 * hunk to `write` as soon as it is complete, the file header before the first. It holds only the last few
 * unchanged lines and the open hunk, and of a long hunk (a CRLF file normalized: every line changes) only
 * its last lines: the rest waits in a spool for the hunk's header. Memory stays flat however large the diff.
 */
export declare class UnifiedDiff {
    #private;
    private readonly oldName;
    private readonly newName;
    private readonly write;
    constructor(oldName: string, newName: string, write: (text: string) => void);
    add(change: LineChange): void;
    /** Writes the last hunk. */
    finish(): void;
}
