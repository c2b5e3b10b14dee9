import type { FileFacts } from '../checking/checker.js';
import type { Diagnostic } from '../checking/diagnostic.js';
import type { Repair } from './edits.js';
type Rewrite = (bytes: Buffer) => Buffer | undefined;
/** All edits of one file, indexed by original line, ready for the streaming second pass. */
export interface RepairPlan {
    /** A bit per line: a file of a million blank lines costs 128 KiB here. */
    readonly removed: {
        has(line: number): boolean;
    };
    /** Lines from here on are dropped. */
    readonly truncateFrom: number;
    readonly rewrites: ReadonlyMap<number, readonly Rewrite[]>;
    readonly insertsAfter: ReadonlyMap<number, readonly string[]>;
    readonly endLines: ReadonlySet<number>;
    readonly normalizeLineEndings: boolean;
    /** Take the byte order mark off line 1 before its rewrites. */
    readonly stripBom: boolean;
    /** The diagnostics this plan repairs. */
    readonly repaired: readonly Diagnostic[];
}
/**
 * What the plan does to original line `n`: drops it whole (nothing is inserted after it), edits it (its
 * bytes are needed), or keeps it byte for byte.
 */
export declare function lineAction(plan: RepairPlan, n: number): 'drop' | 'edit' | 'keep';
/**
 * Whether a repair would change or move a byte of the pinned prefix (lines before `firstFreeLine`): an
 * insert after the last pinned line starts at or after the pin, and is allowed.
 */
export declare function movesPinned(repair: Repair, pinned: FileFacts['pinned']): boolean;
/**
 * Collects the repairs of fixable diagnostics into one plan; undefined when there is nothing to do. A repair
 * that would move pinned bytes is left out (the caller says why).
 */
export declare function planRepairs(diagnostics: readonly Diagnostic[], facts: FileFacts): RepairPlan | undefined;
export {};
