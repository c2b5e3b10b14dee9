/**
 * The edits a repair is made of, addressed by original line number. Lines no edit names are
 * copied byte for byte.
 */
export type Edit = 
/** Drop the line (its bytes stay in the original or its backup). */
{
    readonly op: 'remove';
    readonly line: number; /** And every line after it up to this one. */
    readonly through?: number;
}
/** Rewrite the line's bytes (without terminator); edits on one line compose in order. */
 | {
    readonly op: 'rewrite';
    readonly line: number;
    readonly apply: (bytes: Buffer) => Buffer | undefined;
}
/** Insert a new record line right after the line (after earlier inserts at the same place). */
 | {
    readonly op: 'insert-after';
    readonly line: number;
    readonly text: string;
}
/** Drop the line and every line after it. */
 | {
    readonly op: 'truncate-from';
    readonly line: number;
}
/** End the line with `\n` (it had none, or `\r\n`). */
 | {
    readonly op: 'end-line';
    readonly line: number;
}
/** Take the byte order mark off line 1, before any rewrite of it (rewrites see the line as the checker did). */
 | {
    readonly op: 'strip-bom';
}
/** End every kept line with `\n` instead of `\r\n`. */
 | {
    readonly op: 'normalize-line-endings';
};
/** A fixable diagnostic's repair: what it does, in words for the report, and how. */
export interface Repair {
    readonly action: string;
    readonly edits: readonly Edit[];
}
