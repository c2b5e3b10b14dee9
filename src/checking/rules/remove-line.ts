import type { OutputRecord } from '../../formats/history.js';
import type { Repair } from '../../repairing/edits.js';
import type { RuleContext } from '../rule.js';

/** The repair removeLine made last, and what it removes: a run of them joins without reading their text. */
let lastRepair: Repair | undefined;
let lastWhat = '';

/** The repair that drops one line; its bytes stay in the original file or its backup. */
export function removeLine(line: number, what: string): Repair {
  const repair: Repair = { action: `removed ${what} at line ${line}`, edits: [{ op: 'remove', line }] };
  lastRepair = repair;
  lastWhat = what;
  return repair;
}

/** What `repair` removes (removeLine's `what`), when it is the repair removeLine made last; else undefined. */
export const removedByLast = (repair: Repair): string | undefined => (repair === lastRepair ? lastWhat : undefined);

/** The repair that takes an output out, as its format does it (re-linking what hangs off its line). */
export function removeOutput(context: RuleContext, output: OutputRecord, what: string): Repair | undefined {
  return context.history()?.removeOutput(output, what);
}
