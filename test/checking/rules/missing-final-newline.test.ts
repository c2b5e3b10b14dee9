import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText } from '../../support/harness.js';

describe('missing-final-newline', () => {
  it('reports a complete last record without newline and adds the newline', async () => {
    const session = new CodexSession().execTurn('a');
    const text = session.text().slice(0, -1);
    expect(await diagnosticsOf(text)).toEqual([{ rule: 'missing-final-newline', line: session.lastLine, severity: 'warning', fixable: true }]);
    expect((await fixText(text)).output.toString()).toBe(session.text());
  });
});
