import type { Repair } from '../repairing/edits.js';

export type Severity = 'error' | 'warning' | 'info';

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
  /** How `fix` repairs it; only computed when repairs were asked for. */
  readonly repair?: Repair;
}
