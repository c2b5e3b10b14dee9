import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { diagnosticsOf, jsonl } from '../../../support/harness.js';

describe('legacy-format', () => {
  const bareMeta = JSON.stringify({ id: '5973b6c0-94b8-487b-a530-2aeb6098ae0e', timestamp: '2025-05-07T17:24:21.000Z', instructions: null });
  const call = JSON.stringify({ type: 'function_call', name: 'shell', arguments: '{"command":["ls"]}', call_id: 'call_1' });
  const state = JSON.stringify({ record_type: 'state' });

  it('detects the bare-item generation, warns once, and still checks pairing', async () => {
    const report = await checkStream(jsonl([bareMeta, call, state]));
    expect(report.format).toBe('codex-legacy');
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.severity])).toEqual([
      ['legacy-format', 1, 'warning'],
      ['missing-output', 2, 'error'],
    ]);
  });

  it('detects the record_type-tagged generation', async () => {
    const tagged = JSON.stringify({ timestamp: '2025-08-01T00:00:00Z', record_type: 'response', type: 'function_call_output', call_id: 'x', output: 'ok' });
    expect((await checkStream(jsonl([JSON.stringify({ record_type: 'session_meta', id: 'a', timestamp: 't' }), tagged]))).format).toBe('codex-legacy');
    expect(await diagnosticsOf(jsonl([state]), { select: ['legacy-format'] })).toEqual([{ rule: 'legacy-format', line: 1, severity: 'warning', fixable: false }]);
  });

  it('treats a plain list of Responses items as its own, current format', async () => {
    const report = await checkStream(jsonl([call]));
    expect(report.format).toBe('responses');
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['missing-output']);
  });
});
