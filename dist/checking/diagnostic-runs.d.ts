import type { Diagnostic } from './diagnostic.js';
/**
 * Joins `next` to the run `last` ends with, when it is the same finding on the very next line: same rule,
 * severity, message and fix (no call id, whose findings are each their own), and a repair, if any, that
 * removes just its own line. Returns whether it did. This is what keeps a file of a million blank or broken
 * lines at one diagnostic, and its repair at one edit. `last` is the checker's own, not yet handed out: it is
 * extended in place (a new object per line was most of the time that a million blank lines took).
 */
export declare function extendRun(last: Diagnostic, next: Diagnostic): boolean;
