import type { Severity } from '../checking/diagnostic.js';
/**
 * The severities to run with: the config's, except that a rule the config turns off comes back when
 * --select names it (by name or code; a prefix or ALL does not), because command-line flags win.
 */
export declare function mergeSeverities(configured: Readonly<Record<string, Severity | 'off'>> | undefined, select: readonly string[] | undefined): Record<string, Severity | 'off'> | undefined;
