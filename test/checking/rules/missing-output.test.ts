import { describe, expect, it } from 'vitest';
import { syntheticOutputId } from '../../../src/formats/codex/repair-lines.js';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText, jsonl } from '../../support/harness.js';

const only = { select: ['missing-output'] };

/** The line Codex would synthesize, written out by hand. */
function placeholder(timestampOf: string, payload: Record<string, unknown>, ordinal?: number): string {
  const timestamp = (JSON.parse(timestampOf) as { timestamp: string }).timestamp;
  return JSON.stringify({ timestamp, ...(ordinal !== undefined && { ordinal }), type: 'response_item', payload });
}

describe('missing-output', () => {
  it('reports a call killed mid-tool at the call line, and inserts the output Codex would synthesize', async () => {
    const session = new CodexSession().execTurn('call_ok').startTurn().reasoning().functionCall('call_killed', 'sleep 30');
    const callLine = session.lastLine;
    expect(await diagnosticsOf(session.text(), only)).toEqual([
      { rule: 'missing-output', line: callLine, severity: 'error', callId: 'call_killed', fixable: true },
    ]);
    const { output, report } = await fixText(session.text(), only);
    // Last line of a paginated file: the inserted output must carry the next ordinal.
    const lastOrdinal = (JSON.parse(session.lines[callLine - 1]!) as { ordinal: number }).ordinal;
    const inserted = placeholder(
      session.lines[callLine - 1]!,
      { type: 'function_call_output', id: syntheticOutputId('function_call_output', 'fc_call_killed'), call_id: 'call_killed', output: 'aborted' },
      lastOrdinal + 1,
    );
    expect(output.toString()).toBe(jsonl([...session.lines, inserted]));
    expect(report.repairs).toEqual([
      { rule: 'missing-output', code: 'SD101', line: callLine, action: `inserted an "aborted" function_call_output after line ${callLine}`, callId: 'call_killed' },
    ]);
  });

  it('inserts mid-file outputs right after their calls, without an ordinal, for every call kind', async () => {
    const session = new CodexSession().startTurn().reasoning();
    session.functionCall('f1');
    const f1 = session.lastLine;
    session.customCall('c1');
    const c1 = session.lastLine;
    session.localShellCall('l1');
    const l1 = session.lastLine;
    session.toolSearchCall('t1');
    const t1 = session.lastLine;
    session.endTurn();
    expect((await diagnosticsOf(session.text(), only)).map((d) => [d.line, d.callId])).toEqual([
      [f1, 'f1'],
      [c1, 'c1'],
      [l1, 'l1'],
      [t1, 't1'],
    ]);
    const { output } = await fixText(session.text(), only);
    const expected = [...session.lines];
    const at = (line: number) => session.lines[line - 1]!;
    expected.splice(t1, 0, placeholder(at(t1), { type: 'tool_search_output', id: syntheticOutputId('tool_search_output', 'tsc_t1'), call_id: 't1', status: 'completed', execution: 'client', tools: [] }));
    expected.splice(l1, 0, placeholder(at(l1), { type: 'function_call_output', id: syntheticOutputId('function_call_output', 'lsh_l1'), call_id: 'l1', output: 'aborted' }));
    expected.splice(c1, 0, placeholder(at(c1), { type: 'custom_tool_call_output', id: syntheticOutputId('custom_tool_call_output', 'ctc_c1'), call_id: 'c1', output: 'aborted' }));
    expected.splice(f1, 0, placeholder(at(f1), { type: 'function_call_output', id: syntheticOutputId('function_call_output', 'fc_f1'), call_id: 'f1', output: 'aborted' }));
    expect(output.toString()).toBe(jsonl(expected));
  });

  it('omits the id when the call has none, and uses --placeholder-text', async () => {
    const session = new CodexSession({ paginated: false }).startTurn();
    session.item({ type: 'function_call', name: 'shell', arguments: '{}', call_id: 'call_x' });
    const callLine = session.lastLine;
    session.endTurn();
    const { output } = await fixText(session.text(), { ...only, placeholderText: 'interrupted' });
    const expected = [...session.lines];
    expected.splice(callLine, 0, placeholder(session.lines[callLine - 1]!, { type: 'function_call_output', call_id: 'call_x', output: 'interrupted' }));
    expect(output.toString()).toBe(jsonl(expected));
  });

  it('does not pair across kinds, ignores id-less and server-side calls, and accepts outputs answered earlier', async () => {
    const session = new CodexSession().startTurn();
    session.item({ type: 'local_shell_call', call_id: null, status: 'completed', action: { type: 'exec', command: ['ls'] } });
    session.item({ type: 'tool_search_call', call_id: 'srv', execution: 'server', arguments: {} });
    session.functionCall('paired').functionOutput('paired').endTurn();
    expect(await diagnosticsOf(session.text(), only)).toEqual([]);
  });

  it('downgrades to a warning a call that a later compaction replaced', async () => {
    const session = new CodexSession().startTurn().functionCall('lost');
    const lost = session.lastLine;
    session.endTurn().compacted([{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'summary' }] }]).execTurn('after');
    expect(await diagnosticsOf(session.text(), only)).toEqual([{ rule: 'missing-output', line: lost, severity: 'warning', callId: 'lost', fixable: true }]);
  });

  it('reports an unanswered call inside a compaction checkpoint at its line, as not fixable', async () => {
    const session = new CodexSession().startTurn().compacted([
      { type: 'function_call', name: 'exec_command', arguments: '{}', call_id: 'in_history' },
    ]);
    const checkpoint = session.lastLine;
    session.endTurn();
    expect(await diagnosticsOf(session.text(), only)).toEqual([{ rule: 'missing-output', line: checkpoint, severity: 'error', callId: 'in_history', fixable: false }]);
  });

  it('downgrades a call in a rolled-back turn to a warning', async () => {
    const session = new CodexSession().execTurn('kept').startTurn('try something').functionCall('dropped');
    const dropped = session.lastLine;
    session.rollback(1).execTurn('next');
    expect(await diagnosticsOf(session.text(), only)).toEqual([{ rule: 'missing-output', line: dropped, severity: 'warning', callId: 'dropped', fixable: true }]);
  });

  describe('--strategy truncate', () => {
    it('ends the session before the reasoning that introduced the unanswered call', async () => {
      const session = new CodexSession().execTurn('done').startTurn().tokenUsage();
      const cut = session.lastLine + 1;
      session.reasoning().functionCall('a').functionCall('b').tokenUsage().functionOutput('b');
      const held = await fixText(session.text(), { ...only, strategy: 'truncate' });
      expect(held.report.written).toBeUndefined();
      expect(held.report.diagnostics.map(({ fixable, applicability }) => ({ fixable, applicability }))).toEqual([{ fixable: true, applicability: 'unsafe' }]);
      const { output, report } = await fixText(session.text(), { ...only, strategy: 'truncate', unsafeFixes: true });
      // The kept last record already has an ordinal, so nothing else changes.
      expect(output.toString()).toBe(jsonl(session.lines.slice(0, cut - 1)));
      expect(report.repairs.map((repair) => repair.action)).toEqual([`ended the session before line ${cut} (dropped the unfinished tail)`]);
    });

    it('refuses when later turns would be lost, and says how much', async () => {
      const session = new CodexSession().startTurn().reasoning().functionCall('early');
      const call = session.lastLine;
      session.endTurn().execTurn('later');
      const found = await diagnosticsOf(session.text(), { ...only, strategy: 'truncate' });
      expect(found).toEqual([{ rule: 'missing-output', line: call, severity: 'error', callId: 'early', fixable: false }]);
      const { report, output, original } = await fixText(session.text(), { ...only, strategy: 'truncate' });
      expect(report.written).toBeUndefined();
      expect(output.equals(original)).toBe(true);
      expect(report.diagnostics[0]!.message).toMatch(/truncate refused: ending the session before line \d+ would drop 16 lines including 4 later turn boundaries/);
    });
  });
});
