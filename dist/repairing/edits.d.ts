/**
 * The edits a repair is made of, addressed by original line number. Lines no edit names are
 * copied byte for byte. Edits are plain data, so that the repairs of a million problems can wait in temp
 * files like their diagnostics (src/checking/sorted-runs.ts).
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
    readonly rewrite: Rewrite;
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
export type RewriteArg = string | number | boolean | null;
/** A rewrite of one line as data: the name of a rewriter (see defineRewrite) and its arguments. */
export interface Rewrite {
    readonly name: string;
    readonly args: readonly RewriteArg[];
}
/** A fixable diagnostic's repair: what it does, in words for the report, and how. */
export interface Repair {
    readonly action: string;
    readonly edits: readonly Edit[];
    /** Rewrites another repair makes that this one is made only with: when one cannot be made, neither is this. */
    readonly needs?: readonly (Edit & {
        readonly op: 'rewrite';
    })[];
}
/**
 * Names a line rewriter (`rewrite(bytes, ...args)`: the new bytes, or undefined when the line cannot be
 * rewritten) and gives the function that makes its edits. The module that makes an edit defines its
 * rewriter, so every rewrite edit there is can be applied (applyRewrite).
 */
export declare function defineRewrite<A extends RewriteArg[]>(name: string, rewrite: (bytes: Buffer, ...args: A) => Buffer | undefined): (line: number, ...args: A) => Edit & {
    readonly op: 'rewrite';
};
/** The line's bytes as the rewrite makes them; undefined when it cannot. */
export declare function applyRewrite(rewrite: Rewrite, bytes: Buffer): Buffer | undefined;
