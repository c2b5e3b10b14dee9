import type { FileReport } from '../checking/check-source.js';
import type { FixReport } from '../repairing/fix-file.js';

/** One file's outcome in a run: a check or fix report, or why it could not be read. */
export type FileResult = (FileReport & Partial<Pick<FixReport, 'repairs' | 'written' | 'backup' | 'diff' | 'notes'>>) | UnreadableFile;

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
  /** Repairs made (fix runs). */
  readonly repaired: number;
  readonly unreadable: number;
}

export function summarize(results: readonly FileResult[]): RunSummary {
  const summary = { files: results.length, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, repaired: 0, unreadable: 0 };
  for (const result of results) {
    if (isUnreadable(result)) {
      summary.unreadable += 1;
      continue;
    }
    if (result.diagnostics.length > 0) summary.filesWithProblems += 1;
    summary.repaired += result.repairs?.length ?? 0;
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'error') summary.errors += 1;
      else if (diagnostic.severity === 'warning') summary.warnings += 1;
      else summary.infos += 1;
      if (diagnostic.fixable) summary.fixable += 1;
    }
  }
  return summary;
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
