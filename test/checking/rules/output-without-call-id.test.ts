import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf } from '../../support/harness.js';

describe('output-without-call-id', () => {
  it('reports a function_call_output with no or a null call_id, not as an orphan', async () => {
    const session = new CodexSession().startTurn();
    session.item({ type: 'function_call_output', output: 'injected message' });
    session.item({ type: 'function_call_output', call_id: null, output: 'another' });
    session.endTurn();
    expect(await diagnosticsOf(session.text(), { select: ['SD1'] })).toEqual([
      { rule: 'output-without-call-id', line: 6, severity: 'error', fixable: false },
      { rule: 'output-without-call-id', line: 7, severity: 'error', fixable: false },
    ]);
  });
});
