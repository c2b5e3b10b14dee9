import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText, jsonl } from '../../support/harness.js';

const pairing = { select: ['SD1'] };

describe('duplicate-output', () => {
  it('reports the later copy and keeps the first', async () => {
    const session = new CodexSession().startTurn().functionCall('f').functionOutput('f', 'first').tokenUsage().functionOutput('f', 'second');
    const copy = session.lastLine;
    session.endTurn();
    expect(await diagnosticsOf(session.text(), pairing)).toEqual([{ rule: 'duplicate-output', line: copy, severity: 'error', callId: 'f', fixable: true }]);
    const { output } = await fixText(session.text(), { ...pairing, unsafeFixes: true });
    expect(output.toString()).toBe(jsonl(session.lines.filter((_, index) => index !== copy - 1)));
    // Codex shows the model both copies: removing one changes what it sees, so only with unsafe fixes.
    const held = await fixText(session.text(), pairing);
    expect(held.output.equals(held.original)).toBe(true);
    expect(held.report.diagnostics).toMatchObject([{ rule: 'duplicate-output', fixable: true, applicability: 'unsafe' }]);
  });

  it('does not guess when two calls share the call id', async () => {
    const session = new CodexSession().startTurn().functionCall('f').functionOutput('f').functionCall('f');
    const repeat = session.lastLine;
    session.functionOutput('f').endTurn();
    const found = await diagnosticsOf(session.text(), pairing);
    expect(found).toEqual([
      { rule: 'duplicate-call-id', line: repeat, severity: 'error', callId: 'f', fixable: false },
      { rule: 'duplicate-output', line: repeat + 1, severity: 'error', callId: 'f', fixable: false },
    ]);
  });
});
