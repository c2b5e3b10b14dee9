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
 * a terminal escape) would break one-line reports or drive the terminal, so they are written as escapes.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) =>
    char < ' ' ? JSON.stringify(char).slice(1, -1) : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
