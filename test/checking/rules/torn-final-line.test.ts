import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText, jsonl } from '../../support/harness.js';

describe('torn-final-line', () => {
  it('reports an incomplete last line without newline (not malformed-line) and removes it', async () => {
    const session = new CodexSession().execTurn('a');
    const complete = session.text();
    const text = `${complete}{"timestamp":"2026-03-04T10:00:01.000Z","ordinal":99,"type":"event_msg","payload":{"type":"tok`;
    expect(await diagnosticsOf(text)).toEqual([{ rule: 'torn-final-line', line: session.lastLine + 1, severity: 'error', fixable: true }]);
    const { output } = await fixText(text);
    expect(output.toString()).toBe(complete);
  });

  it('is malformed-line, not torn, when the broken last line has its newline', async () => {
    const session = new CodexSession().execTurn('a');
    const text = `${session.text()}{"broken":\n`;
    expect(await diagnosticsOf(text)).toEqual([{ rule: 'malformed-line', line: session.lastLine + 1, severity: 'error', fixable: true }]);
  });

  it('leaves the previous record as the final one, with its ordinal', async () => {
    const session = new CodexSession().execTurn('a');
    const { output } = await fixText(`${session.text()}{"tim`);
    expect(await diagnosticsOf(output)).toEqual([]);
    expect(output.toString()).toBe(jsonl(session.lines));
  });
});
