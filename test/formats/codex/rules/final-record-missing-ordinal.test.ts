import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { CodexSession } from '../../../support/codex-session.js';
import { diagnosticsOf, fixText, jsonl } from '../../../support/harness.js';

const withoutOrdinal = (line: string) => line.replace(/"ordinal":\d+,/, '');

describe('final-record-missing-ordinal', () => {
  it('reports a paginated file whose last record has no ordinal, and gives it max + 1 after the timestamp', async () => {
    const session = new CodexSession().execTurn('a');
    const last = session.lastLine;
    const lines = [...session.lines];
    lines[last - 1] = withoutOrdinal(lines[last - 1]!);
    expect(await diagnosticsOf(jsonl(lines))).toEqual([{ rule: 'final-record-missing-ordinal', line: last, severity: 'error', fixable: true }]);
    const { output, report } = await fixText(jsonl(lines));
    expect(output.toString()).toBe(jsonl(session.lines));
    expect(report.repairs.map((r) => r.action)).toEqual([`gave the final record "ordinal":${last - 1}`]);
  });

  it('reports a final record without ordinal that is also invalid as not fixable, and fix leaves it', async () => {
    const session = new CodexSession().execTurn('a');
    const text = `${session.text()}{"timestamp":"2026-12-01T10:00:09.000Z","type":"response_item","payload":{"type":"function_call","call_id":"call_x","arguments":"{}"}}\n`;
    const last = session.lastLine + 1;
    const found = (await checkStream(Buffer.from(text))).diagnostics.map(({ rule, line, fixable, message }) => `${rule}@${line}${fixable ? ' fixable' : ''}: ${message}`);
    expect(found).toEqual([
      `invalid-record@${last}: response_item/function_call record is invalid: payload.name: Invalid input: expected string, received undefined.`,
      `final-record-missing-ordinal@${last}: The final record of this paginated rollout has no ordinal; Codex refuses to resume the file. The record is also invalid (see invalid-record), so fix leaves it.`,
    ]);
    const { report } = await fixText(text);
    expect(report.repairs).toEqual([]);
    expect(report.written).toBeUndefined();
  });

  it('accepts a record without ordinal in the middle, and a legacy-mode file without any', async () => {
    const session = new CodexSession().execTurn('a');
    const lines = [...session.lines];
    lines[3] = withoutOrdinal(lines[3]!);
    expect(await diagnosticsOf(jsonl(lines))).toEqual([]);
    expect(await diagnosticsOf(new CodexSession({ paginated: false }).execTurn('a').text())).toEqual([]);
  });

  it('numbers the record that becomes final when fix removes the ones after it', async () => {
    const session = new CodexSession().execTurn('a');
    const lines = session.lines.map(withoutOrdinal);
    lines[0] = session.lines[0]!;
    const text = `${jsonl(lines)}{"torn`;
    const { output } = await fixText(text);
    const expected = [...lines];
    expected[expected.length - 1] = expected[expected.length - 1]!.replace(/^(\{"timestamp":"[^"]*",)/, '$1"ordinal":1,');
    expect(output.toString()).toBe(jsonl(expected));
    expect(await diagnosticsOf(output)).toEqual([]);
  });
});
