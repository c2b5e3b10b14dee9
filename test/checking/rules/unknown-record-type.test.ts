import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { CodexSession } from '../../support/codex-session.js';

describe('unknown-record-type', () => {
  it('reports each unknown type once with its count, as info, and unknown item types too', async () => {
    const session = new CodexSession().startTurn();
    session.record('future_record', { any: 1 });
    const first = session.lastLine;
    session.record('future_record', { any: 2 }).item({ type: 'hologram_call', call_id: 'h' }).endTurn();
    const report = await checkStream(session.text(), { select: ['unknown-record-type'] });
    expect(report.diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [first, 'info', 'Unknown record type "future_record" (2 records), passed through untouched.'],
      [first + 2, 'info', 'Unknown record type "response_item/hologram_call" (1 record), passed through untouched.'],
    ]);
  });
});
