import type { Repair } from '../repairing/edits.js';

export type Severity = 'error' | 'warning' | 'info';

/** Whether a repair is applied by default (`safe`) or only with `--unsafe-fixes` (`unsafe`), as Ruff's fixes. */
export type Applicability = 'safe' | 'unsafe';

export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export interface Diagnostic {
  readonly rule: string;
  readonly code: string;
  readonly severity: Severity;
  /** 1-based line in the file as given. */
  readonly line: number;
  /**
   * The same finding (rule, severity, message, fix) on every line from `line` to `endLine`: identical findings
   * on consecutive lines are one diagnostic, so that a million blank lines cost one entry. Machine formats
   * list every line; see `expandRuns`.
   */
  readonly endLine?: number;
  readonly message: string;
  readonly callId?: string;
  /** Whether `fix` repairs this diagnostic. */
  readonly fixable: boolean;
  /** For a fixable diagnostic: whether `fix` applies it by default or only with `--unsafe-fixes`. */
  readonly applicability?: Applicability;
  /** How `fix` repairs it; only computed when repairs were asked for. */
  readonly repair?: Repair;
}

/**
 * A message quotes text from the file (types, tool names, call ids); its control characters (a line break,
 * a terminal escape) would break one-line reports or drive the terminal, and its invisible format characters
 * (bidirectional overrides and isolates, zero-width characters, the BOM) would make `call_\u202egnp.exe`
 * read as `call_exe.png`: all are written as escapes.
 */
export function printable(text: string): string {
  if (isPlainAscii(text)) return text;
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, (char) =>
    char < ' ' ? JSON.stringify(char).slice(1, -1) : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Only printable ASCII (the usual message): nothing to escape, and a loop is far cheaper than the regular expression. */
function isPlainAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** `1 file`, `2 files`; `words` for an irregular plural. */
export const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

/** How many lines a diagnostic stands for (1, or a run's length). */
export const spanOf = (diagnostic: Pick<Diagnostic, 'line' | 'endLine'>) => (diagnostic.endLine ?? diagnostic.line) - diagnostic.line + 1;

/** One diagnostic per line: a run (`endLine`) is expanded, lazily, for the formats that list every line. */
export function* expandRuns<T extends Diagnostic>(diagnostics: Iterable<T>): Iterable<T> {
  for (const diagnostic of diagnostics) {
    if (diagnostic.endLine === undefined) {
      yield diagnostic;
      continue;
    }
    const { endLine: _endLine, ...one } = diagnostic;
    for (let line = diagnostic.line; line <= diagnostic.endLine; line += 1) yield { ...one, line } as T;
  }
}
