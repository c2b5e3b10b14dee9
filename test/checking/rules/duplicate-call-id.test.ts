import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText } from '../../support/harness.js';

describe('duplicate-call-id', () => {
  it('reports the later call, and fix changes nothing', async () => {
    const session = new CodexSession().startTurn().customCall('c').customOutput('c').customCall('c');
    const repeat = session.lastLine;
    session.endTurn();
    const only = { select: ['duplicate-call-id'] };
    expect(await diagnosticsOf(session.text(), only)).toEqual([{ rule: 'duplicate-call-id', line: repeat, severity: 'error', callId: 'c', fixable: false }]);
    const { report, output, original } = await fixText(session.text(), only);
    expect(report.written).toBeUndefined();
    expect(output.equals(original)).toBe(true);
  });
});
