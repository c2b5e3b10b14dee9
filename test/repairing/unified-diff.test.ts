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

  it('gives a hunk of thousands of changed lines whole, as one hunk (its head waits in a spool for its header)', async () => {
    const session = new CodexSession({ paginated: false });
    while (session.lines.length < 3000) session.execTurn(`ok${session.lines.length}`);
    // A CRLF file: the fix ends every line with LF, so every line changes.
    const { report } = await fixText(session.lines.map((line) => `${line}\r\n`).join(''), { diff: true, dryRun: true }, 'crlf.jsonl');
    const n = session.lines.length;
    const body = session.lines.map((line) => `-${line}\r\n+${line}\n`).join('');
    expect(report.diff!.split('\n').slice(2, 3)).toEqual([`@@ -1,${n} +1,${n} @@`]);
    expect(report.diff!.slice(report.diff!.indexOf('@@ -1,') + `@@ -1,${n} +1,${n} @@\n`.length)).toBe(body);
  });

  it('gives a hunk of a few very long changed lines whole too (its head is spilled by size, not only by count)', async () => {
    const session = new CodexSession({ paginated: false });
    // Twelve outputs of 300,000 characters: more than a MiB of the hunk's text in fewer than 1,024 lines.
    for (let turn = 0; turn < 12; turn += 1) {
      session.startTurn().functionCall(`call_${turn}`).functionOutput(`call_${turn}`, `${turn}`.repeat(300_000)).endTurn();
    }
    const { report } = await fixText(session.lines.map((line) => `${line}\r\n`).join(''), { diff: true, dryRun: true }, 'crlf.jsonl');
    const n = session.lines.length;
    expect(n).toBeLessThan(1024);
    const header = `@@ -1,${n} +1,${n} @@\n`;
    expect(report.diff!.slice(report.diff!.indexOf(header) + header.length)).toBe(session.lines.map((line) => `-${line}\r\n+${line}\n`).join(''));
  });

  it('hands the diff over piece by piece to onDiff, and keeps none of it in the report', async () => {
    const session = new CodexSession({ paginated: false });
    for (let turn = 0; turn < 400; turn += 1) session.execTurn(`ok${turn}`);
    const text = session.lines.map((line) => `${line}\r\n`).join('');
    const whole = (await fixText(text, { diff: true, dryRun: true }, 'crlf.jsonl')).report.diff!;
    const pieces: string[] = [];
    const { report } = await fixText(text, { diff: true, dryRun: true, onDiff: (piece) => pieces.push(piece) }, 'crlf.jsonl');
    expect(report.diff).toBeUndefined();
    expect(pieces.length).toBeGreaterThan(2);
    // The same diff, but for the temp folder fixText named the file in.
    const afterHeader = (diff: string) => diff.slice(diff.indexOf('\n@@') + 1);
    expect(afterHeader(pieces.join(''))).toBe(afterHeader(whole));
    expect(afterHeader(whole).startsWith('@@ -1,')).toBe(true);
  });
});
