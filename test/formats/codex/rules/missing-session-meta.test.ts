import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../../support/codex-session.js';
import { diagnosticsOf, fixText, jsonl } from '../../../support/harness.js';

describe('missing-session-meta', () => {
  it('reports a file whose first line was torn, at the first readable record, and does not invent a header', async () => {
    const session = new CodexSession().execTurn('a');
    const lines = [session.lines[0]!.slice(0, 40), ...session.lines.slice(1)];
    expect(await diagnosticsOf(jsonl(lines))).toEqual([
      { rule: 'malformed-line', line: 1, severity: 'error', fixable: true },
      { rule: 'missing-session-meta', line: 2, severity: 'error', fixable: false },
    ]);
    const { output } = await fixText(jsonl(lines));
    expect(output.toString()).toBe(jsonl(lines.slice(1)));
    expect(await diagnosticsOf(output)).toEqual([{ rule: 'missing-session-meta', line: 1, severity: 'error', fixable: false }]);
  });

  it('is not reported for the formats without a header', async () => {
    const items = [JSON.stringify({ type: 'function_call', name: 'f', arguments: '{}', call_id: 'c' }), JSON.stringify({ type: 'function_call_output', call_id: 'c', output: 'ok' })];
    expect(await diagnosticsOf(jsonl(items))).toEqual([]);
  });
});
