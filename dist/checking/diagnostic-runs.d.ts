import type { Diagnostic } from './diagnostic.js';
/**
 * `next` joined to the run `last` ends with, when it is the same finding on the very next line: same rule,
 * severity, message and fix (no call id, whose findings are each their own), and a repair, if any, that
 * removes just its own line. Undefined when they stay apart. This is what keeps a file of a million blank
 * or broken lines at one diagnostic, and its repair at one edit.
 */
export declare function extendRun(last: Diagnostic, next: Diagnostic): Diagnostic | undefined;
