import type { CheckedFile } from '../checking/check-source.js';
import type { CountedList } from '../checking/diagnostic-list.js';
import type { FixReport, RepairDone } from '../repairing/fix-file.js';

/** One file's outcome in a run: a check or fix report, or why it could not be read. */
export type FileResult = (CheckedFile & { readonly repairs?: CountedList<RepairDone> } & Partial<Pick<FixReport, 'written' | 'backup' | 'diff' | 'notes' | 'dryRun'>>) | UnreadableFile;

export interface UnreadableFile {
  readonly path: string;
  readonly error: string;
}

export const isUnreadable = (result: FileResult): result is UnreadableFile => 'error' in result;

export interface RunSummary {
  readonly files: number;
  readonly filesWithProblems: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Diagnostics `fix` can repair. */
  readonly fixable: number;
  /** Of those, the ones whose fix is unsafe: applied only with `--unsafe-fixes` (held back otherwise). */
  readonly unsafeFixable: number;
  /** Repairs made (fix runs). */
  readonly repaired: number;
  /** Repairs a dry run (or a diff) would make; nothing was written. */
  readonly wouldRepair: number;
  readonly unreadable: number;
}

export function summarize(results: readonly FileResult[]): RunSummary {
  const summary = { files: results.length, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, unsafeFixable: 0, repaired: 0, wouldRepair: 0, unreadable: 0 };
  for (const result of results) {
    if (isUnreadable(result)) {
      summary.unreadable += 1;
      continue;
    }
    if (result.diagnostics.length > 0) summary.filesWithProblems += 1;
    let repairs = 0;
    for (const repair of result.repairs ?? []) repairs += spanOf(repair);
    if (result.dryRun) summary.wouldRepair += repairs;
    else summary.repaired += repairs;
    for (const diagnostic of result.diagnostics) {
      const count = spanOf(diagnostic);
      if (diagnostic.severity === 'error') summary.errors += count;
      else if (diagnostic.severity === 'warning') summary.warnings += count;
      else summary.infos += count;
      if (diagnostic.fixable) summary.fixable += count;
      if (diagnostic.fixable && diagnostic.applicability === 'unsafe') summary.unsafeFixable += count;
    }
  }
  return summary;
}

export { plural } from '../checking/diagnostic.js';
import { spanOf } from '../checking/diagnostic.js';

/** One rule's count over a run (`--statistics`). */
export interface RuleStatistic {
  readonly rule: string;
  readonly code: string;
  readonly count: number;
  /** How many of them `fix` repairs by default, and how many only with `--unsafe-fixes`. */
  readonly fixable: number;
  readonly unsafeFixable: number;
}

/** Per-rule counts over the run, most frequent first (ties in code order). */
export function ruleStatistics(results: readonly FileResult[]): RuleStatistic[] {
  const byRule = new Map<string, { rule: string; code: string; count: number; fixable: number; unsafeFixable: number }>();
  for (const result of results) {
    if (isUnreadable(result)) continue;
    for (const diagnostic of result.diagnostics) {
      const { rule, code, fixable, applicability } = diagnostic;
      const count = spanOf(diagnostic);
      let entry = byRule.get(rule);
      if (!entry) byRule.set(rule, (entry = { rule, code, count: 0, fixable: 0, unsafeFixable: 0 }));
      entry.count += count;
      if (fixable && applicability === 'unsafe') entry.unsafeFixable += count;
      else if (fixable) entry.fixable += count;
    }
  }
  return [...byRule.values()].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}
