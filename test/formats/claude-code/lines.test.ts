import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../support/claude-transcript.js';
import { diagnosticsOf, fixText } from '../../support/harness.js';

describe('Claude Code transcripts: torn, garbage and BOM lines', () => {
  it('removes a torn last line and answers the tool_use it left unanswered', async () => {
    const t = new ClaudeTranscript();
    t.prompt('run the slow command');
    t.toolUse('toolu_1');
    const text = `${t.text()}{"parentUuid":"00000000-0000-4000-8000-0000000`;
    expect(await diagnosticsOf(text)).toEqual([
      { rule: 'missing-output', line: 6, severity: 'error', callId: 'toolu_1', fixable: true },
      { rule: 'torn-final-line', line: 7, severity: 'error', fixable: true },
    ]);
    const { output } = await fixText(text);
    const lines = output.toString().split('\n');
    expect(lines.slice(0, 6).join('\n')).toBe(t.lines.join('\n'));
    expect(JSON.parse(lines[6]!)).toMatchObject({ type: 'user', toolDenialKind: 'interrupted' });
    expect(lines.length).toBe(8);
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('removes a garbage line in the middle (the fragment the client leaves after a torn write)', async () => {
    const t = new ClaudeTranscript().bashTurn('toolu_1');
    t.lines.splice(3, 0, '{"parentUuid":"00000000-0000-4000-8000-0000000');
    t.bashTurn('toolu_2');
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'malformed-line', line: 4, severity: 'error', fixable: true }]);
    const { output } = await fixText(t.text());
    expect(output.toString()).toBe(t.lines.filter((_, index) => index !== 3).map((line) => `${line}\n`).join(''));
  });

  it('reports a byte order mark as a warning, since Claude Code reads past it, and removes it', async () => {
    const text = `\ufeff${new ClaudeTranscript().bashTurn('toolu_1').text()}`;
    const report = await checkStream(Buffer.from(text));
    expect(report.format).toBe('claude-code');
    expect(report.diagnostics.map(({ rule, severity, message }) => ({ rule, severity, message }))).toEqual([
      { rule: 'byte-order-mark', severity: 'warning', message: 'The file starts with a UTF-8 byte order mark (EF BB BF); Claude Code reads past it, but other JSONL readers fail on the first line.' },
    ]);
    expect((await fixText(text)).output.toString()).toBe(text.slice(1));
  });
});
