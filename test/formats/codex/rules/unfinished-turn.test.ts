import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../../support/codex-session.js';
import { diagnosticsOf } from '../../../support/harness.js';

describe('unfinished-turn', () => {
  it('reports, as info, the start of a last turn that never ended', async () => {
    const session = new CodexSession().execTurn('a').startTurn();
    const started = session.lastLine - 3;
    expect(await diagnosticsOf(session.text(), { select: ['unfinished-turn'] })).toEqual([{ rule: 'unfinished-turn', line: started, severity: 'info', fixable: false }]);
    expect(await diagnosticsOf(new CodexSession().execTurn('a').text(), { select: ['unfinished-turn'] })).toEqual([]);
  });
});
