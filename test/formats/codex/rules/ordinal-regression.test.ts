import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../../support/codex-session.js';
import { diagnosticsOf } from '../../../support/harness.js';

describe('ordinal-regression', () => {
  it('reports a reused and a decreasing ordinal, and accepts gaps', async () => {
    const session = new CodexSession().execTurn('a');
    const lines = session.lines.map((line, index) => line.replace(/"ordinal":\d+/, `"ordinal":${[0, 1, 5, 5, 3, 9, 10, 11, 12, 13, 14, 15, 16][index]}`));
    const found = await diagnosticsOf(lines.map((line) => `${line}\n`).join(''), { select: ['ordinal-regression'] });
    expect(found).toEqual([
      { rule: 'ordinal-regression', line: 4, severity: 'warning', fixable: false },
      { rule: 'ordinal-regression', line: 5, severity: 'warning', fixable: false },
    ]);
  });
});
