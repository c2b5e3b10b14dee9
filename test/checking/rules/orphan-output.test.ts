import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText, jsonl } from '../../support/harness.js';

const only = { select: ['orphan-output'] };

describe('orphan-output', () => {
  it('reports an output whose call is nowhere, and removes only that line', async () => {
    const session = new CodexSession().startTurn().functionOutput('ghost');
    const orphan = session.lastLine;
    session.customCall('real').customOutput('real').endTurn();
    expect(await diagnosticsOf(session.text(), only)).toEqual([{ rule: 'orphan-output', line: orphan, severity: 'error', callId: 'ghost', fixable: true }]);
    const { output, report } = await fixText(session.text(), { ...only, unsafeFixes: true });
    expect(output.toString()).toBe(jsonl(session.lines.filter((_, index) => index !== orphan - 1)));
    expect(report.repairs[0]!.action).toBe(`removed the orphan function_call_output at line ${orphan}`);
  });

  it('is an unsafe fix: held back (and reported so) unless unsafe fixes are asked for', async () => {
    const session = new CodexSession().startTurn().functionOutput('ghost').endTurn();
    const { output, original, report } = await fixText(session.text(), only);
    expect(output.equals(original)).toBe(true);
    expect(report.repairs).toEqual([]);
    expect(report.diagnostics).toMatchObject([{ rule: 'orphan-output', fixable: true, applicability: 'unsafe' }]);
  });

  it('reports each orphan kind, and never a server-side or id-less tool search output', async () => {
    const session = new CodexSession().startTurn();
    session.customOutput('c').toolSearchOutput('t');
    session.item({ type: 'tool_search_output', call_id: 'srv', status: 'completed', execution: 'server', tools: [] });
    session.item({ type: 'tool_search_output', call_id: null, status: 'completed', execution: 'client', tools: [] });
    session.endTurn();
    expect((await diagnosticsOf(session.text(), only)).map((d) => [d.line, d.callId])).toEqual([
      [6, 'c'],
      [7, 't'],
    ]);
  });

  it('is a warning when the orphan lies before a compaction checkpoint', async () => {
    const session = new CodexSession().startTurn().functionOutput('old');
    const orphan = session.lastLine;
    session.endTurn().compacted([]).execTurn('new');
    expect(await diagnosticsOf(session.text(), only)).toEqual([{ rule: 'orphan-output', line: orphan, severity: 'warning', callId: 'old', fixable: true }]);
  });

  it('pairs with calls inside the newest compaction checkpoint', async () => {
    const session = new CodexSession().startTurn().compacted([{ type: 'custom_tool_call', name: 'apply_patch', input: '', call_id: 'kept' }]).customOutput('kept').endTurn();
    expect(await diagnosticsOf(session.text(), { select: ['SD1'] })).toEqual([]);
  });
});
