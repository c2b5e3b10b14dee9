import type { Repair } from '../../repairing/edits.js';
/** The repair that drops one line; its bytes stay in the original file or its backup. */
export declare function removeLine(line: number, what: string): Repair;
