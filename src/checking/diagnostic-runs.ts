import type { Repair } from '../repairing/edits.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * `next` joined to the run `last` ends with, when it is the same finding on the very next line: same rule,
 * severity, message and fix (no call id, whose findings are each their own), and a repair, if any, that
 * removes just its own line. Undefined when they stay apart. This is what keeps a file of a million blank
 * or broken lines at one diagnostic, and its repair at one edit.
 */
export function extendRun(last: Diagnostic, next: Diagnostic): Diagnostic | undefined {
  const end = last.endLine ?? last.line;
  if (next.line !== end + 1 || next.endLine !== undefined) return undefined;
  if (last.callId !== undefined || next.callId !== undefined) return undefined;
  if (last.rule !== next.rule || last.severity !== next.severity || last.message !== next.message) return undefined;
  if (last.fixable !== next.fixable || last.applicability !== next.applicability) return undefined;
  if ((last.repair === undefined) !== (next.repair === undefined)) return undefined;
  let repair: Repair | undefined;
  if (last.repair && next.repair) {
    repair = joinRemovals(last, last.repair, next.repair, next.line);
    if (!repair) return undefined;
  }
  return { ...last, endLine: next.line, ...(repair && { repair }) };
}

const ONE_LINE = / at line (\d+)$/;
const LINES = / at lines (\d+)-(\d+)$/;

/** Two removals of consecutive lines, with the same action but for the line number, as one. */
function joinRemovals(last: Diagnostic, first: Repair, next: Repair, line: number): Repair | undefined {
  const [edit] = first.edits;
  const [added] = next.edits;
  if (first.edits.length !== 1 || next.edits.length !== 1 || edit?.op !== 'remove' || added?.op !== 'remove') return undefined;
  if (edit.line !== last.line || (edit.through ?? edit.line) !== line - 1 || added.line !== line || added.through !== undefined) return undefined;
  const what = next.action.replace(ONE_LINE, '');
  if (next.action !== `${what} at line ${line}`) return undefined;
  const sameWords = first.action.replace(LINES, '').replace(ONE_LINE, '') === what;
  if (!sameWords) return undefined;
  return { action: `${what} at lines ${last.line}-${line}`, edits: [{ op: 'remove', line: last.line, through: line }] };
}
