/** extendRun on its own: which consecutive findings join into one run, and the one repair a run of removals gets. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/checking/diagnostic.js';
import { extendRun } from '../../src/checking/diagnostic-runs.js';
import { removeLine } from '../../src/checking/rules/remove-line.js';
import type { Repair } from '../../src/repairing/edits.js';

const finding = (line: number, repair: Repair): Diagnostic => ({ rule: 'blank-line', code: 'SD207', severity: 'info', line, message: 'Blank line.', fixable: true, applicability: 'safe', repair });

describe('extendRun', () => {
  it('joins removals of the next lines into one edit, whose action names the range', () => {
    const run = finding(4, removeLine(4, 'the blank line'));
    for (const line of [5, 6, 7]) expect(extendRun(run, finding(line, removeLine(line, 'the blank line')))).toBe(true);
    expect(run).toMatchObject({ line: 4, endLine: 7, repair: { action: 'removed the blank line at lines 4-7', edits: [{ op: 'remove', line: 4, through: 7 }] } });
  });

  it('does not join a removal whose action differs but for its line, however the repairs were made', () => {
    const other: Repair = { action: 'removed something else at line 4', edits: [{ op: 'remove', line: 4 }] };
    const run = finding(4, other);
    expect(extendRun(run, finding(5, removeLine(5, 'the blank line')))).toBe(false);
    // A run joined from removeLine's removals takes no removal of something else, made by removeLine or not.
    const joined = finding(10, removeLine(10, 'the blank line'));
    expect(extendRun(joined, finding(11, removeLine(11, 'the blank line')))).toBe(true);
    expect(extendRun(joined, finding(12, removeLine(12, 'the malformed line')))).toBe(false);
    expect(extendRun(joined, finding(12, { action: 'removed the malformed line at line 12', edits: [{ op: 'remove', line: 12 }] }))).toBe(false);
    expect(joined).toMatchObject({ endLine: 11, repair: { action: 'removed the blank line at lines 10-11', edits: [{ op: 'remove', line: 10, through: 11 }] } });
  });

  it('joins removals made by hand when their actions match but for the line', () => {
    const byHand = (line: number): Repair => ({ action: `removed the blank line at line ${line}`, edits: [{ op: 'remove', line }] });
    const run = finding(2, byHand(2));
    // Made before the next one: not the repair removeLine made last.
    const made = removeLine(3, 'the blank line');
    removeLine(99, 'the malformed line');
    expect(extendRun(run, finding(3, made))).toBe(true);
    expect(extendRun(run, finding(4, byHand(4)))).toBe(true);
    expect(run).toMatchObject({ endLine: 4, repair: { action: 'removed the blank line at lines 2-4', edits: [{ op: 'remove', line: 2, through: 4 }] } });
  });

  it('does not join a line that is not the next one, or a finding with a call id', () => {
    const run = finding(4, removeLine(4, 'the blank line'));
    expect(extendRun(run, finding(6, removeLine(6, 'the blank line')))).toBe(false);
    expect(extendRun({ ...finding(8, removeLine(8, 'the blank line')), callId: 'c' }, finding(9, removeLine(9, 'the blank line')))).toBe(false);
    expect(run.endLine).toBeUndefined();
  });
});
