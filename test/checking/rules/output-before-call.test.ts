import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf } from '../../support/harness.js';

describe('output-before-call', () => {
  it('reports an output written before its call, and neither missing nor orphan', async () => {
    const session = new CodexSession().startTurn().functionOutput('f').functionCall('f').endTurn();
    expect(await diagnosticsOf(session.text(), { select: ['SD1'] })).toEqual([
      { rule: 'output-before-call', line: 6, severity: 'error', callId: 'f', fixable: false },
    ]);
  });
});
