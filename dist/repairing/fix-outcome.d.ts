import type { FileFacts } from '../checking/checker.js';
import { type CountedList, type DiagnosticList } from '../checking/diagnostic-list.js';
import type { RepairDone } from './fix-file.js';
import { type RepairPlan } from './plan.js';
import type { UnmadeRewrites } from './unmade-rewrites.js';
/**
 * Splits the diagnostics into what the plan repaired and what remains (including repairs left out for a rewrite that could not be made), read
 * lazily, in line order: the plan's own repairs after the diagnostics of their line.
 */
export declare function outcome(diagnostics: DiagnosticList, plan: RepairPlan | undefined, unmade: UnmadeRewrites, runningLines: ReadonlySet<number>, why: string | undefined, pinned: FileFacts['pinned']): {
    repairs: CountedList<RepairDone>;
    remaining: DiagnosticList;
};
