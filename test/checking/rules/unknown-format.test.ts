import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { diagnosticsOf, fixText, jsonl } from '../../support/harness.js';

describe('unknown-format', () => {
  const dataset = jsonl([JSON.stringify({ prompt: 'a', completion: 'b' }), 'not json', JSON.stringify({ prompt: 'c', completion: 'd' })]);

  it('gives a JSONL file of no known format one notice, and nothing about any client', async () => {
    const report = await checkStream(Buffer.from(dataset));
    expect(report.format).toBeUndefined();
    expect(report.diagnostics.map(({ rule, line, severity, message }) => ({ rule, line, severity, message }))).toEqual([
      { rule: 'unknown-format', line: 1, severity: 'info', message: 'Not a session file of a supported format (Codex rollout, Responses items, Claude Code transcript); nothing checked.' },
    ]);
    expect((await fixText(dataset)).report.repairs).toEqual([]);
  });

  it('fails the run only when asked to', async () => {
    expect(await diagnosticsOf(dataset, { severities: { 'unknown-format': 'error' } })).toEqual([{ rule: 'unknown-format', line: 1, severity: 'error', fixable: false }]);
  });

  it('is not reported for an empty file, nor when the format is named', async () => {
    expect(await diagnosticsOf('')).toEqual([{ rule: 'empty-file', line: 1, severity: 'warning', fixable: false }]);
    expect((await diagnosticsOf(dataset, { format: 'claude-code' })).map((d) => d.rule)).not.toContain('unknown-format');
  });
});
