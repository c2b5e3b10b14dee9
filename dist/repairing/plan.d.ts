import type { FileFacts } from '../checking/checker.js';
import type { DiagnosticList } from '../checking/diagnostic-list.js';
import type { Diagnostic } from '../checking/diagnostic.js';
import type { Edit, Repair, Rewrite } from './edits.js';
import type { UnmadeRewrites } from './unmade-rewrites.js';
/** An edit of one line, applied when the second pass reaches it. */
export type LineEdit = Extract<Edit, {
    readonly op: 'rewrite' | 'insert-after' | 'end-line';
}>;
/**
 * All edits of one file, ready for the streaming second pass. What is per file or a bit per line is held;
 * the edits of single lines, which a file with a million problems has a million of, are read in line order
 * as the pass goes (from temp files when there are many: the same external sort as the diagnostics').
 */
export interface RepairPlan {
    /** A bit per line: a file of a million blank lines costs 128 KiB here. */
    readonly removed: {
        has(line: number): boolean;
    };
    /** Lines from here on are dropped. */
    readonly truncateFrom: number;
    readonly normalizeLineEndings: boolean;
    /** Take the byte order mark off line 1 before its rewrites. */
    readonly stripBom: boolean;
    /** The edits of single lines in line order, those of one line in the order they apply; read once per pass. */
    readonly lineEdits: Iterable<LineEdit>;
    /** Some line is rewritten: only a rewrite can turn out not to be makeable (see UnmadeRewrite). */
    readonly rewrites: boolean;
    /** What the plan repairs that no rule reported (the format's completion), sorted by line. */
    readonly added: readonly Diagnostic[];
    /** Removes the temp files of the line edits, when there are any: the plan is done with. */
    readonly release?: () => void;
}
/** What the plan does to one line beyond removing it. */
export interface LineChanges {
    readonly rewrites: readonly Rewrite[];
    readonly inserts: readonly string[];
    readonly endLine: boolean;
}
/** Reads a plan's line edits as the second pass goes: asked of lines in ascending order (a line may be asked again). */
export declare class PlanReader {
    #private;
    readonly plan: RepairPlan;
    constructor(plan: RepairPlan);
    /** The edits of line `n`, beyond its removal. */
    changesOf(n: number): LineChanges;
    /**
     * What the plan does to original line `n`: drops it whole (nothing is inserted after it), edits it (its
     * bytes are needed), or keeps it byte for byte.
     */
    actionOn(n: number): 'drop' | 'edit' | 'keep';
}
/**
 * Whether a repair would change or move a byte of the pinned prefix (lines before `firstFreeLine`): an
 * insert after the last pinned line starts at or after the pin, and is allowed.
 */
export declare function movesPinned(repair: Repair, pinned: FileFacts['pinned']): boolean;
/** Whether `fix` plans the diagnostic's repair: it has one, it leaves the pinned prefix alone, and a pass could make each of its rewrites. */
export declare const isPlanned: (diagnostic: Diagnostic, pinned: FileFacts["pinned"], unmade?: UnmadeRewrites) => boolean;
/**
 * Collects the repairs of fixable diagnostics into one plan; undefined when there is nothing to do. A repair
 * that would move pinned bytes is left out (the caller says why), and so is one with a rewrite a pass could not
 * make. The diagnostics are read once (twice for a format that completes plans), in line order; the line
 * edits go through an external sort by line.
 */
export declare function planRepairs(diagnostics: DiagnosticList, facts: FileFacts, unmade?: UnmadeRewrites): RepairPlan | undefined;
