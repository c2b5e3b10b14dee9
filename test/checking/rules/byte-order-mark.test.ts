import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText } from '../../support/harness.js';

describe('byte-order-mark', () => {
  it('reports the BOM alone (not malformed-line, not missing-session-meta) and strips it', async () => {
    const session = new CodexSession().execTurn('a');
    const text = `\uFEFF${session.text()}`;
    expect(await diagnosticsOf(text)).toEqual([{ rule: 'byte-order-mark', line: 1, severity: 'error', fixable: true }]);
    const { output } = await fixText(text);
    expect(output.toString()).toBe(session.text());
  });
});
