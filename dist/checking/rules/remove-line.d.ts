import type { OutputRecord } from '../../formats/history.js';
import type { Repair } from '../../repairing/edits.js';
import type { RuleContext } from '../rule.js';
/** The repair that drops one line; its bytes stay in the original file or its backup. */
export declare function removeLine(line: number, what: string): Repair;
/** What `repair` removes (removeLine's `what`), when it is the repair removeLine made last; else undefined. */
export declare const removedByLast: (repair: Repair) => string | undefined;
/** The repair that takes an output out, as its format does it (re-linking what hangs off its line). */
export declare function removeOutput(context: RuleContext, output: OutputRecord, what: string): Repair | undefined;
