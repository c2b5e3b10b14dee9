import type { FileFacts } from '../checking/checker.js';
import type { Diagnostic } from '../checking/diagnostic.js';
import { LineSet } from '../checking/line-set.js';
import type { Edit, Repair } from './edits.js';

type Rewrite = (bytes: Buffer) => Buffer | undefined;

/** All edits of one file, indexed by original line, ready for the streaming second pass. */
export interface RepairPlan {
  /** A bit per line: a file of a million blank lines costs 128 KiB here. */
  readonly removed: { has(line: number): boolean };
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
export function lineAction(plan: RepairPlan, n: number): 'drop' | 'edit' | 'keep' {
  if (n >= plan.truncateFrom || (plan.removed.has(n) && !plan.insertsAfter.has(n))) return 'drop';
  const edited =
    plan.normalizeLineEndings || plan.removed.has(n) || plan.rewrites.has(n) || plan.insertsAfter.has(n) || plan.endLines.has(n) || (n === 1 && plan.stripBom);
  return edited ? 'edit' : 'keep';
}

/**
 * Whether a repair would change or move a byte of the pinned prefix (lines before `firstFreeLine`): an
 * insert after the last pinned line starts at or after the pin, and is allowed.
 */
export function movesPinned(repair: Repair, pinned: FileFacts['pinned']): boolean {
  if (!pinned) return false;
  const free = pinned.firstFreeLine;
  return repair.edits.some((edit) => {
    switch (edit.op) {
      case 'insert-after':
        return edit.line < free - 1;
      case 'strip-bom':
      case 'normalize-line-endings':
        return free > 1;
      default:
        return edit.line < free;
    }
  });
}

/**
 * Collects the repairs of fixable diagnostics into one plan; undefined when there is nothing to do. A repair
 * that would move pinned bytes is left out (the caller says why).
 */
export function planRepairs(diagnostics: readonly Diagnostic[], facts: FileFacts): RepairPlan | undefined {
  const repaired = diagnostics.filter((diagnostic) => diagnostic.repair && !movesPinned(diagnostic.repair, facts.pinned));
  if (repaired.length === 0) return undefined;
  const removed = new LineSet();
  const rewrites = new Map<number, Rewrite[]>();
  const insertsAfter = new Map<number, string[]>();
  const endLines = new Set<number>();
  let truncateFrom = Infinity;
  let normalizeLineEndings = false;
  let stripBom = false;
  const apply = (edit: Edit) => {
    switch (edit.op) {
      case 'remove':
        for (let line = edit.line; line <= (edit.through ?? edit.line); line += 1) removed.add(line);
        break;
      case 'rewrite':
        append(rewrites, edit.line, edit.apply);
        break;
      case 'insert-after':
        append(insertsAfter, edit.line, edit.text);
        break;
      case 'end-line':
        endLines.add(edit.line);
        break;
      case 'truncate-from':
        truncateFrom = Math.min(truncateFrom, edit.line);
        break;
      case 'normalize-line-endings':
        normalizeLineEndings = true;
        break;
      case 'strip-bom':
        stripBom = true;
        break;
    }
  };
  for (const diagnostic of repaired) diagnostic.repair!.edits.forEach(apply);
  const truncated = (line: number) => line >= truncateFrom;
  const completion = facts.history?.completePlan?.({
    lines: facts.lines,
    removed: (line) => truncated(line) || removed.has(line),
    truncated,
    insertsAfter,
    diagnostics,
  });
  if (completion) {
    // The completion keeps the file resumable (Codex: a final ordinal): never at the price of pinned bytes.
    completion.edits.filter((edit) => !movesPinned({ action: '', edits: [edit] }, facts.pinned)).forEach(apply);
    repaired.push(...completion.repaired.filter((diagnostic) => !movesPinned(diagnostic.repair!, facts.pinned)));
  }
  return { removed, truncateFrom, rewrites, insertsAfter, endLines, normalizeLineEndings, stripBom, repaired };
}

function append<T>(map: Map<number, T[]>, line: number, value: T): void {
  const list = map.get(line);
  if (list) list.push(value);
  else map.set(line, [value]);
}
