import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText } from '../../support/harness.js';

const only = { select: ['invalid-record'] };

describe('invalid-record', () => {
  it.each([
    ['a function_call whose arguments is not a string', { type: 'function_call', name: 'exec_command', arguments: { cmd: 'ls' }, call_id: 'c' }, 'payload.arguments'],
    ['an output that is an object', { type: 'function_call_output', call_id: 'c', output: { content: 'x' } }, 'payload.output'],
    ['a custom_tool_call without call_id', { type: 'custom_tool_call', name: 'apply_patch', input: '' }, 'payload.call_id'],
  ])('reports %s, naming the field', async (_, payload, field) => {
    const session = new CodexSession().startTurn().item(payload);
    const line = session.lastLine;
    session.endTurn();
    const report = await checkStream(session.text(), only);
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.severity, d.fixable])).toEqual([['invalid-record', line, 'error', false]]);
    expect(report.diagnostics[0]!.message).toContain(field);
  });

  it('reports a session_meta without id, an unknown history_mode, and a checkpoint whose metadata length differs', async () => {
    const session = new CodexSession();
    session.lines[0] = session.lines[0]!.replace('"history_mode":"paginated"', '"history_mode":"pages"');
    session.record('compacted', { message: 's', replacement_history: [{ type: 'message', role: 'user', content: [] }], replacement_history_metadata: [] });
    expect((await diagnosticsOf(session.text(), only)).map((d) => d.line)).toEqual([1, 2]);
  });

  it('is left as it is by fix', async () => {
    const session = new CodexSession().startTurn().item({ type: 'function_call', name: 1, arguments: '{}', call_id: 'c' }).endTurn();
    const { report, output, original } = await fixText(session.text(), only);
    expect(report.written).toBeUndefined();
    expect(output.equals(original)).toBe(true);
  });

  it('accepts what Codex writes: array outputs, null local-shell call ids, extra fields', async () => {
    const session = new CodexSession().startTurn().functionCall('c');
    session.item({ type: 'function_call_output', call_id: 'c', output: [{ type: 'input_text', text: 'hi' }], extra: { any: true } });
    session.item({ type: 'local_shell_call', call_id: null, status: 'completed', action: { type: 'exec', command: ['ls'] } });
    session.endTurn();
    expect(await diagnosticsOf(session.text(), only)).toEqual([]);
  });
});
