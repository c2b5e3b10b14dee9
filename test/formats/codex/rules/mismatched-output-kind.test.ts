import { describe, expect, it } from 'vitest';
import { syntheticOutputId } from '../../../../src/formats/codex/repair-lines.js';
import { CodexSession } from '../../../support/codex-session.js';
import { diagnosticsOf, fixText, jsonl } from '../../../support/harness.js';

const pairing = { select: ['SD1'] };

describe('mismatched-output-kind', () => {
  it('reports a wrong-kind answer once, at the output, and retypes it keeping its content, with the id Codex gives it', async () => {
    const session = new CodexSession().startTurn().customCall('patch');
    session.item({ type: 'function_call_output', id: 'fco_123e4567-e89b-12d3-a456-426614174000', call_id: 'patch', output: 'Success.' });
    const answer = session.lastLine;
    session.endTurn();
    expect(await diagnosticsOf(session.text(), pairing)).toEqual([
      { rule: 'mismatched-output-kind', line: answer, severity: 'error', callId: 'patch', fixable: true },
    ]);
    const { output } = await fixText(session.text(), { ...pairing, unsafeFixes: true });
    const expected = [...session.lines];
    expected[answer - 1] = expected[answer - 1]!
      .replace('"type":"function_call_output"', '"type":"custom_tool_call_output"')
      .replace('"id":"fco_123e4567-e89b-12d3-a456-426614174000"', `"id":"${syntheticOutputId('custom_tool_call_output', 'ctc_patch')}"`);
    expect(output.toString()).toBe(jsonl(expected));
    expect(await diagnosticsOf(output, pairing)).toEqual([]);
  });

  it.each([
    ['with an id of the wrong kind', '"id":"fco_123e4567-e89b-12d3-a456-426614174000",'],
    ['without an id', ''],
  ])('gives the retyped output (%s) the id Codex gives it: UUIDv5 of the call\'s item id', async (_, id) => {
    const session = new CodexSession().startTurn();
    session.item({ type: 'custom_tool_call', id: 'ctc_call_p', status: 'completed', call_id: 'call_p', name: 'apply_patch', input: '*** Begin Patch\n*** End Patch' });
    session.lines.push(`{"timestamp":"2026-03-04T10:00:00.500Z","ordinal":${session.lastLine},"type":"response_item","payload":{"type":"function_call_output",${id}"call_id":"call_p","output":"aborted"}}`);
    const answer = session.lastLine;
    const { output } = await fixText(session.text(), { ...pairing, unsafeFixes: true });
    // The id real Codex sent for this call's output (test/e2e/harness.e2e.test.ts, re-checked live by the e2e suite).
    expect(output.toString().split('\n')[answer - 1]).toBe(
      `{"timestamp":"2026-03-04T10:00:00.500Z","ordinal":${answer - 1},"type":"response_item","payload":{"type":"custom_tool_call_output","id":"ctco_7801130a-de43-5f2a-bf51-f1f8064da65c","call_id":"call_p","output":"aborted"}}`,
    );
  });

  it('removes a wrong-kind output when the call already has a right-kind one', async () => {
    const session = new CodexSession().startTurn().functionCall('f').functionOutput('f').customOutput('f');
    const extra = session.lastLine;
    session.endTurn();
    expect(await diagnosticsOf(session.text(), pairing)).toEqual([{ rule: 'mismatched-output-kind', line: extra, severity: 'error', callId: 'f', fixable: true }]);
    const { output } = await fixText(session.text(), { ...pairing, unsafeFixes: true });
    expect(output.toString()).toBe(jsonl(session.lines.filter((_, index) => index !== extra - 1)));
  });

  it('does not convert to or from tool_search_output (the content differs)', async () => {
    const session = new CodexSession().startTurn().toolSearchCall('s').functionOutput('s');
    const answer = session.lastLine;
    session.endTurn();
    expect(await diagnosticsOf(session.text(), pairing)).toEqual([{ rule: 'mismatched-output-kind', line: answer, severity: 'error', callId: 's', fixable: false }]);
  });
});
