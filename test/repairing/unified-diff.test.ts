import { describe, expect, it } from 'vitest';
import { CodexSession } from '../support/codex-session.js';
import { fixText } from '../support/harness.js';

describe('fix --diff', () => {
  it('prints a unified diff with 3 lines of context that patch(1) would apply', async () => {
    const session = new CodexSession({ paginated: false });
    for (let turn = 0; turn < 3; turn += 1) session.execTurn(`ok${turn}`);
    session.startTurn().functionCall('killed');
    const call = session.lastLine;
    session.endTurn();
    const { report } = await fixText(session.text(), { diff: true, dryRun: true }, 'a.jsonl');
    const lines = report.diff!.split('\n');
    expect(lines[2]).toBe(`@@ -${call - 3},7 +${call - 3},8 @@`);
    expect(lines[0]).toMatch(/^--- .*a\.jsonl$/);
    expect(lines[1]).toMatch(/^\+\+\+ .*a\.jsonl\.fixed$/);
    expect(lines.slice(3, 11).map((line) => line[0])).toEqual([' ', ' ', ' ', ' ', '+', ' ', ' ', ' ']);
    expect(lines[6]).toBe(` ${session.lines[call - 1]}`);
    expect(lines[7]).toMatch(/^\+\{.*"function_call_output".*"call_id":"killed"/);
    expect(report.written).toBeUndefined();
  });

  it('marks a removed last line without newline like diff does, and separates distant hunks', async () => {
    const session = new CodexSession({ paginated: false });
    session.lines.splice(2, 0, 'garbage');
    for (let turn = 0; turn < 3; turn += 1) session.execTurn(`ok${turn}`);
    const text = `${session.text()}{"torn`;
    const { report } = await fixText(text, { diff: true, dryRun: true });
    const hunks = report.diff!.split('\n').filter((line) => line.startsWith('@@'));
    expect(hunks).toEqual(['@@ -1,5 +1,4 @@', `@@ -${session.lastLine - 2},4 +${session.lastLine - 3},3 @@`]);
    expect(report.diff!.endsWith('-{"torn\n\\ No newline at end of file\n')).toBe(true);
  });
});
