import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../../support/codex-session.js';
import { diagnosticsOf, fixText, jsonl } from '../../../support/harness.js';

const pairing = { select: ['SD1'] };

describe('mismatched-output-kind', () => {
  it('reports a wrong-kind answer once, at the output, and retypes it keeping its content and id', async () => {
    const session = new CodexSession().startTurn().customCall('patch');
    session.item({ type: 'function_call_output', id: 'fco_123e4567-e89b-12d3-a456-426614174000', call_id: 'patch', output: 'Success.' });
    const answer = session.lastLine;
    session.endTurn();
    expect(await diagnosticsOf(session.text(), pairing)).toEqual([
      { rule: 'mismatched-output-kind', line: answer, severity: 'error', callId: 'patch', fixable: true },
    ]);
    const { output } = await fixText(session.text(), pairing);
    const expected = [...session.lines];
    expected[answer - 1] = expected[answer - 1]!
      .replace('"type":"function_call_output"', '"type":"custom_tool_call_output"')
      .replace('"id":"fco_123e4567', '"id":"ctco_123e4567');
    expect(output.toString()).toBe(jsonl(expected));
    expect(await diagnosticsOf(output, pairing)).toEqual([]);
  });

  it('removes a wrong-kind output when the call already has a right-kind one', async () => {
    const session = new CodexSession().startTurn().functionCall('f').functionOutput('f').customOutput('f');
    const extra = session.lastLine;
    session.endTurn();
    expect(await diagnosticsOf(session.text(), pairing)).toEqual([{ rule: 'mismatched-output-kind', line: extra, severity: 'error', callId: 'f', fixable: true }]);
    const { output } = await fixText(session.text(), pairing);
    expect(output.toString()).toBe(jsonl(session.lines.filter((_, index) => index !== extra - 1)));
  });

  it('does not convert to or from tool_search_output (the content differs)', async () => {
    const session = new CodexSession().startTurn().toolSearchCall('s').functionOutput('s');
    const answer = session.lastLine;
    session.endTurn();
    expect(await diagnosticsOf(session.text(), pairing)).toEqual([{ rule: 'mismatched-output-kind', line: answer, severity: 'error', callId: 's', fixable: false }]);
  });
});
