import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../support/claude-transcript.js';
import { diagnosticsOf, fixText } from '../../support/harness.js';

const messages = async (text: string, options = {}) =>
  (await checkStream(Buffer.from(text), options)).diagnostics.map(({ rule, line, severity, message }) => `${severity} ${rule}@${line}: ${message}`);

describe('Claude Code transcripts: the conversation resume rebuilds (the leaf, the walk, the segment a boundary keeps, dead branches)', () => {
  it('takes as the leaf a line whose parent comes after it, not that parent', async () => {
    const t = new ClaudeTranscript();
    const root = t.entry('user', { message: { role: 'user', content: 'hi' } }, { parent: null });
    const later = t.uuid();
    const message = (id: string, block: object) => ({ message: { id, type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', content: [block] } });
    t.entry('assistant', message('msg_c', { type: 'tool_use', id: 'toolu_c', name: 'Bash', input: {} }), { parent: later });
    t.entry('assistant', message('msg_b', { type: 'text', text: 'ok' }), { parent: root, uuid: later });
    // Line 3 has a child (line 2), so the conversation ends at line 2, whose call is unanswered in it.
    expect(await messages(t.text())).toEqual([`error missing-output@2: tool_use "Bash" (id toolu_c) has no tool_result.`]);
  });

  it('checks the conversation from the last compact boundary on, with the segment it preserves', async () => {
    const t = new ClaudeTranscript();
    t.prompt('before');
    const use = t.toolUse('toolu_1');
    t.result('toolu_1', use);
    const reply = t.reply('kept');
    t.compact(reply);
    t.bashTurn('toolu_2');
    expect(await diagnosticsOf(t.text())).toEqual([]);
  });

  it('reports damage on a dead branch at most as a warning, and fix leaves it', async () => {
    const t = new ClaudeTranscript();
    const root = t.prompt('first');
    t.toolUse('toolu_dead');
    t.last = root;
    t.wait(1000);
    t.reply('second branch');
    const found = await messages(t.text());
    expect(found).toEqual([
      'warning missing-output@6: tool_use "Bash" (id toolu_dead) has no tool_result. It is outside the conversation Claude Code rebuilds on resume (on a dead branch, behind a cut in the parentUuid chain, or in the history a later compact boundary summarised). fix leaves dead branches as they are.',
    ]);
    expect((await fixText(t.text())).report.repairs).toEqual([]);
  });

  it('checks a subagent transcript as its own conversation', async () => {
    const t = new ClaudeTranscript({ agentId: 'a5db011868b335478' });
    t.entry('user', { message: { role: 'user', content: 'Run echo from-agent' } }, { parent: null });
    const use = t.toolUse('toolu_sub');
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'missing-output', line: 2, severity: 'error', callId: 'toolu_sub', fixable: true }]);
    const { output } = await fixText(t.text());
    expect(JSON.parse(output.toString().split('\n')[2]!)).toMatchObject({ parentUuid: use, isSidechain: true, agentId: 'a5db011868b335478' });
    expect(await diagnosticsOf(output)).toEqual([]);
  });
});
