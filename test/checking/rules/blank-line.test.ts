import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText } from '../../support/harness.js';

describe('blank-line', () => {
  it('reports empty and whitespace-only lines as infos and removes them', async () => {
    const session = new CodexSession().execTurn('a');
    const [first, ...rest] = session.lines;
    const text = `${first}\n\n  \t\n${rest.join('\n')}\n\n`;
    expect(await diagnosticsOf(text)).toEqual([
      { rule: 'blank-line', line: 2, severity: 'info', fixable: true },
      { rule: 'blank-line', line: 3, severity: 'info', fixable: true },
      { rule: 'blank-line', line: session.lastLine + 3, severity: 'info', fixable: true },
    ]);
    expect((await fixText(text)).output.toString()).toBe(session.text());
  });
});
