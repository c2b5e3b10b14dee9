import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { ClaudeTranscript, interruptedResult } from '../../support/claude-transcript.js';
import { diagnosticsOf, fixText, jsonl } from '../../support/harness.js';
import { pythonDumps } from '../../support/python-dumps.js';

const messages = async (text: string, options = {}) =>
  (await checkStream(Buffer.from(text), options)).diagnostics.map(({ rule, line, severity, message }) => `${severity} ${rule}@${line}: ${message}`);

const afterMs = (timestamp: string) => new Date(Date.parse(timestamp) + 1).toISOString();


describe('Claude Code transcripts: the chain as the client rebuilds it', () => {
  it('detects the format past queue-operation rows, and finds nothing wrong in healthy turns', async () => {
    const t = new ClaudeTranscript().bashTurn('toolu_1').bashTurn('toolu_2');
    t.requestBlob([{ tool_use_id: 'toolu_9', type: 'tool_result', content: 'copy' }]);
    const report = await checkStream(t.text());
    expect(report.format).toBe('claude-code');
    expect(report.diagnostics).toEqual([]);
    expect((await checkStream(t.text(), { format: 'claude-code' })).diagnostics).toEqual([]);
  });

  it('gathers parallel results that hang off their own tool_use lines into the next user message', async () => {
    const t = new ClaudeTranscript();
    t.prompt('two at once');
    const message = t.messageId();
    const [a, b] = t.assistant(
      [
        { type: 'tool_use', id: 'toolu_a', name: 'Bash', input: {} },
        { type: 'tool_use', id: 'toolu_b', name: 'Bash', input: {} },
      ],
      message,
    );
    t.result('toolu_a', a);
    t.result('toolu_b', b);
    t.reply();
    expect(await diagnosticsOf(t.text())).toEqual([]);
  });

  it('reports a tool_use the session ended without answering, in Claude words, and answers it as 2.1.332 does', async () => {
    const t = new ClaudeTranscript();
    t.prompt('run the slow command');
    const use = t.toolUse('toolu_kill', 'Bash');
    t.lastPrompt('run the slow command', use);
    expect(await messages(t.text())).toEqual([`error missing-output@6: tool_use "Bash" (id toolu_kill) has no tool_result.`]);
    const { output, report } = await fixText(t.text());
    expect(report.repairs.map((repair) => repair.action)).toEqual(['appended an interrupted tool_result answering line 6']);
    const added = JSON.parse(output.toString().split('\n').at(-2)!);
    expect(output.toString().startsWith(t.text())).toBe(true);
    expect(added).toEqual(interruptedResult(t, use, 'toolu_kill', added.uuid, afterMs(JSON.parse(t.lines[5]!).timestamp)));
    expect(await diagnosticsOf(output)).toEqual([]);
    // The same call always gets the same line: a fix of the original is byte for byte the same.
    expect((await fixText(t.text())).output.equals(output)).toBe(true);
    expect((await fixText(t.text(), { placeholderText: 'aborted' })).output.toString()).toContain('"content":"aborted","is_error":true');
  });

  it('answers one missing result of a parallel pair, and only that one', async () => {
    const t = new ClaudeTranscript();
    t.prompt('two at once');
    const message = t.messageId();
    const [a] = t.assistant(
      [
        { type: 'tool_use', id: 'toolu_a', name: 'Bash', input: {} },
        { type: 'tool_use', id: 'toolu_b', name: 'Read', input: {} },
      ],
      message,
    );
    t.result('toolu_a', a);
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'missing-output', line: 7, severity: 'error', callId: 'toolu_b', fixable: true }]);
    const { output } = await fixText(t.text());
    expect(output.toString().split('\n').length - t.lines.length).toBe(2);
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('inserts the result right after the tool_use when a compact boundary follows it, so that it stays in its segment', async () => {
    const t = new ClaudeTranscript();
    t.prompt('before');
    const use = t.toolUse('toolu_kept');
    t.compact(use);
    t.bashTurn('toolu_new');
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'missing-output', line: 6, severity: 'error', callId: 'toolu_kept', fixable: true }]);
    const { output, report } = await fixText(t.text());
    expect(report.repairs.map((repair) => repair.action)).toEqual(['inserted an interrupted tool_result after line 6 (a compact boundary follows it)']);
    const lines = output.toString().split('\n');
    expect(JSON.parse(lines[6]!)).toMatchObject({ parentUuid: use, type: 'user', toolDenialKind: 'interrupted' });
    expect([...lines.slice(0, 6), ...lines.slice(7)].join('\n')).toBe(t.text());
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('reports an unanswered tool_use the compaction summarised as a warning, and answers it inside its own segment', async () => {
    const t = new ClaudeTranscript();
    t.prompt('before');
    const use = t.toolUse('toolu_old');
    const reply = t.reply('hm');
    t.compact(reply);
    t.bashTurn('toolu_new');
    // Not sent on resume (the boundary ends the walk), but not a dead branch: whatever reads the whole file sees it.
    expect(await messages(t.text())).toEqual([
      'warning missing-output@6: tool_use "Bash" (id toolu_old) has no tool_result. It is outside the conversation Claude Code rebuilds on resume (on a dead branch, behind a cut in the parentUuid chain, or in the history a later compact boundary summarised).',
    ]);
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'missing-output', line: 6, severity: 'warning', callId: 'toolu_old', fixable: true }]);
    const { output, report } = await fixText(t.text());
    expect(report.repairs.map((repair) => repair.action)).toEqual(['inserted an interrupted tool_result after line 6 (a compact boundary follows it) and linked line 7 to it']);
    const placeholder = 'b2725287-ed1a-5287-b320-94e169d4f069';
    const result = JSON.stringify(interruptedResult(t, use, 'toolu_old', placeholder, afterMs(JSON.parse(t.lines[5]!).timestamp)));
    // The reply goes on from the result, as if the client had written it: older clients walk only the chain.
    const relinked = t.lines[6]!.replace(`"parentUuid":"${use}"`, `"parentUuid":"${placeholder}"`);
    expect(relinked).not.toBe(t.lines[6]);
    expect(output.toString()).toBe([...t.lines.slice(0, 6), result, relinked, ...t.lines.slice(7)].map((line) => `${line}\n`).join(''));
    expect(await diagnosticsOf(output)).toEqual([]);
    expect((await fixText(output)).output.equals(output), 'idempotent').toBe(true);
  });

  it('an unanswered call in mid-history with no last-prompt leaf (2.1.100, 2.0.x, 1.0.x): the result goes into the chain, right after the call', async () => {
    const t = new ClaudeTranscript();
    t.entry('user', { message: { role: 'user', content: 'turn one' } }, { parent: null });
    const use = t.toolUse('toolu_lost');
    t.reply('one');
    t.entry('user', { message: { role: 'user', content: 'turn two' } });
    t.reply('two');
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'missing-output', line: 2, severity: 'error', callId: 'toolu_lost', fixable: true }]);
    const { output, report } = await fixText(t.text());
    expect(report.repairs.map((repair) => repair.action)).toEqual(['inserted an interrupted tool_result after line 2 (at the end it would become the leaf) and linked line 3 to it']);
    const added = JSON.parse(output.toString().split('\n')[2]!) as { uuid: string };
    expect(added).toEqual(interruptedResult(t, use, 'toolu_lost', added.uuid, afterMs(JSON.parse(t.lines[1]!).timestamp)));
    const relinked = t.lines[2]!.replace(`"parentUuid":"${use}"`, `"parentUuid":"${added.uuid}"`);
    expect(output.toString()).toBe([t.lines[0], t.lines[1], JSON.stringify(added), relinked, ...t.lines.slice(3)].map((line) => `${line}\n`).join(''));
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it("a parallel call left unanswered in mid-history keeps its message's next block as its child", async () => {
    const t = new ClaudeTranscript();
    t.entry('user', { message: { role: 'user', content: 'turn one' } }, { parent: null });
    const [a, b] = t.assistant([
      { type: 'tool_use', id: 'toolu_a', name: 'Bash', input: { command: 'echo a' } },
      { type: 'tool_use', id: 'toolu_b', name: 'Bash', input: { command: 'echo b' } },
    ]);
    t.result('toolu_b', b);
    t.reply('one');
    t.entry('user', { message: { role: 'user', content: 'turn two' } });
    t.reply('two');
    const { output, report } = await fixText(t.text());
    expect(report.repairs.map((repair) => repair.action)).toEqual(['inserted an interrupted tool_result after line 2 (at the end it would become the leaf)']);
    const added = JSON.parse(output.toString().split('\n')[2]!) as { uuid: string; parentUuid: string };
    expect(added.parentUuid).toBe(a);
    expect(output.toString()).toBe([t.lines[0], t.lines[1], JSON.stringify(added), ...t.lines.slice(2)].map((line) => `${line}\n`).join(''));
  });

  it('reports an orphan result, removes its line and re-links its children to its parent', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const reply = t.reply('hello');
    t.result('toolu_ghost', reply);
    const after = t.reply('and then');
    expect(await messages(t.text())).toEqual(['error orphan-output@7: tool_result (tool_use_id toolu_ghost) answers no call.']);
    // Removing a result drops real content: an unsafe fix, made only when asked for.
    expect((await fixText(t.text())).report.repairs).toEqual([]);
    const { output, report } = await fixText(t.text(), { unsafeFixes: true });
    expect(report.repairs.map((repair) => repair.action)).toEqual(['removed the orphan tool_result at line 7 and re-linked line 8 to its parent']);
    const expected = [...t.lines.slice(0, 6), t.lines[7]!.replace(`"parentUuid":"${t.lines[6]!.match(/"uuid":"([^"]+)"/)![1]}"`, `"parentUuid":"${reply}"`)];
    expect(output.toString()).toBe(expected.map((line) => `${line}\n`).join(''));
    expect(await diagnosticsOf(output)).toEqual([]);
    void after;
  });

  it('re-links a child whose parentUuid a JSON writer spaced ("parentUuid": "…"), keeping the spacing', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const reply = t.reply('hello');
    const orphan = t.result('toolu_ghost', reply);
    t.reply('and then');
    t.lines[7] = t.lines[7]!.replace(`"parentUuid":"${orphan}"`, `"parentUuid" :  "${orphan}"`);
    const { output, report } = await fixText(t.text(), { unsafeFixes: true });
    expect(report.repairs.map((repair) => repair.action)).toEqual(['removed the orphan tool_result at line 7 and re-linked line 8 to its parent']);
    expect(output.toString()).toBe([...t.lines.slice(0, 6), t.lines[7]!.replace(`"parentUuid" :  "${orphan}"`, `"parentUuid" :  "${reply}"`)].map((line) => `${line}\n`).join(''));
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('removes two result lines in a row that answer nothing, and links the line after them to the line before both', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const reply = t.reply('hello');
    t.result('toolu_ghost', reply);
    const second = t.result('toolu_ghost_2');
    t.reply('and then');
    expect(await messages(t.text())).toEqual([
      'error orphan-output@7: tool_result (tool_use_id toolu_ghost) answers no call.',
      'error orphan-output@8: tool_result (tool_use_id toolu_ghost_2) answers no call.',
    ]);
    const { output, report } = await fixText(t.text(), { unsafeFixes: true });
    expect(report.repairs.map((repair) => repair.action)).toEqual([
      'removed the orphan tool_result at line 7',
      'removed the orphan tool_result at line 8 and re-linked line 9 to the parent of line 7, which goes too',
    ]);
    expect(output.toString()).toBe([...t.lines.slice(0, 6), t.lines[8]!.replace(`"parentUuid":"${second}"`, `"parentUuid":"${reply}"`)].map((line) => `${line}\n`).join(''));
    expect(await diagnosticsOf(output)).toEqual([]);
    expect((await fixText(output, { unsafeFixes: true })).report.written, 'a second fix has nothing to do').toBeUndefined();
  });

  it('removes an orphan result whose own parent is lost (its tool_use line lost after a thinking line) and links its child where the client bridges that parent', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const [thinking] = t.assistant([{ type: 'thinking', thinking: 'I should run it.', signature: 'sig_1' }]);
    t.result('toolu_lost', t.uuid());
    const lost = JSON.parse(t.lines[6]!).parentUuid as string;
    t.entry('attachment', { attachment: { type: 'total_tokens_reminder', content: 'reminder' } });
    t.reply();
    expect(await messages(t.text())).toEqual([
      'error orphan-output@7: tool_result (tool_use_id toolu_lost) answers no call.',
      `warning broken-parent-chain@7: parentUuid ${lost} names no entry in the file; Claude Code bridges it to line 6 (0.0 s before it), within its 5 s window (since 2.1; 2.0 and 1.0 drop the earlier history there).`,
    ]);
    const expected = jsonl([...t.lines.slice(0, 6), t.lines[7]!.replace(/"parentUuid":"[^"]+"/, `"parentUuid":"${thinking}"`), t.lines[8]!]);
    const { output, report } = await fixText(t.text(), { unsafeFixes: true });
    expect(report.repairs.map((repair) => repair.action)).toEqual(['removed the orphan tool_result at line 7 and re-linked line 8 to the entry its lost parent is linked to', 'linked line 7 to its bridged entry at line 6']);
    expect(output.toString()).toBe(expected);
    expect(await diagnosticsOf(output)).toEqual([]);
    // The safe fix alone links the orphan to the thinking line; the unsafe one then removes it to the same bytes.
    const safe = await fixText(t.text());
    expect(safe.output.toString()).toBe(t.text().replace(`"parentUuid":"${lost}"`, `"parentUuid":"${thinking}"`));
    expect((await fixText(safe.output, { unsafeFixes: true })).output.toString()).toBe(expected);
  });

  it('never rewrites a line of a type it does not know: an orphan whose child is one stays', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    t.result('toolu_ghost', t.reply('hello'));
    t.entry('future-row', { data: 1 });
    t.reply('and then');
    expect(await diagnosticsOf(t.text())).toEqual([
      { rule: 'orphan-output', line: 7, severity: 'error', callId: 'toolu_ghost', fixable: false },
      { rule: 'unknown-record-type', line: 8, severity: 'info', fixable: false },
    ]);
    const { output, report } = await fixText(t.text(), { unsafeFixes: true });
    expect(report.repairs).toEqual([]);
    expect(output.toString()).toBe(t.text());
  });

  it('reports a second result of one tool_use and removes it', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const use = t.toolUse('toolu_1');
    t.result('toolu_1', use);
    t.result('toolu_1', use, 'again');
    t.reply();
    expect(await messages(t.text())).toEqual([
      'error duplicate-output@8: tool_use "Bash" (id toolu_1) at line 6 is already answered at line 7; this tool_result is a second answer.',
    ]);
    const { output } = await fixText(t.text(), { unsafeFixes: true });
    expect(await diagnosticsOf(output)).toEqual([]);
    expect(output.toString()).not.toContain('again');
  });

  it('takes an orphan block out of a user line with several tool_result blocks, and only that block', async () => {
    const t = new ClaudeTranscript();
    t.prompt('two at once');
    t.assistant([
      { type: 'tool_use', id: 'toolu_a', name: 'Bash', input: {} },
      { type: 'tool_use', id: 'toolu_b', name: 'Bash', input: {} },
    ]);
    t.results(['toolu_a', 'toolu_ghost', 'toolu_b']);
    t.reply();
    expect(await messages(t.text())).toEqual(['error orphan-output@8: tool_result (tool_use_id toolu_ghost) answers no call.']);
    const { output, report } = await fixText(t.text(), { unsafeFixes: true });
    expect(report.repairs.map((repair) => repair.action)).toEqual(['removed the orphan tool_result from line 8']);
    const ghost = ',{"tool_use_id":"toolu_ghost","type":"tool_result","content":"out 2","is_error":false}';
    expect(t.lines[7]).toContain(ghost);
    expect(output.toString()).toBe(t.text().replace(ghost, ''));
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('takes out a user line whose every tool_result block is an orphan, never leaving an empty message', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const reply = t.reply('hello');
    const results = t.results(['toolu_ghost_a', 'toolu_ghost_b'], reply);
    t.reply('and then');
    expect(await messages(t.text())).toEqual([
      'error orphan-output@7: tool_result (tool_use_id toolu_ghost_a) answers no call.',
      'error orphan-output@7: tool_result (tool_use_id toolu_ghost_b) answers no call.',
    ]);
    const { output, report } = await fixText(t.text(), { unsafeFixes: true });
    expect(report.repairs.map((repair) => repair.action)).toEqual([
      'removed the orphan tool_result at line 7 and re-linked line 8 to its parent',
      'removed the orphan tool_result at line 7 and re-linked line 8 to its parent',
    ]);
    expect(output.toString()).toBe([...t.lines.slice(0, 6), t.lines[7]!.replace(`"parentUuid":"${results}"`, `"parentUuid":"${reply}"`)].map((line) => `${line}\n`).join(''));
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('takes the second answer out of a user line that answers one tool_use twice: the later block', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const use = t.toolUse('toolu_1');
    t.results(['toolu_1', 'toolu_1'], use);
    t.reply();
    expect(await messages(t.text())).toEqual([
      'error duplicate-output@7: tool_use "Bash" (id toolu_1) at line 6 is already answered at line 7; this tool_result is a second answer.',
    ]);
    const { output, report } = await fixText(t.text(), { unsafeFixes: true });
    expect(report.repairs.map((repair) => repair.action)).toEqual(['removed the duplicate tool_result from line 7']);
    expect(output.toString()).toBe(t.text().replace(',{"tool_use_id":"toolu_1","type":"tool_result","content":"out 2","is_error":false}', ''));
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('takes the second answer out of a line spaced as Python\'s json.dumps writes it, keeping its spacing (and an orphan block before it, the first on the line)', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const use = t.toolUse('toolu_1');
    t.results(['toolu_2', 'toolu_1', 'toolu_1'], use);
    t.reply();
    const lines = t.lines.map((line, index) => (index === 6 ? pythonDumps(JSON.parse(line)) : line));
    const { output, report } = await fixText(jsonl(lines), { unsafeFixes: true });
    expect(report.repairs.map((repair) => repair.action)).toEqual(['removed the orphan tool_result from line 7', 'removed the duplicate tool_result from line 7']);
    expect(output.toString()).toBe(
      jsonl(lines.map((line, index) => (index === 6 ? line.replace('{"tool_use_id": "toolu_2", "type": "tool_result", "content": "out 1", "is_error": false}, ', '').replace(', {"tool_use_id": "toolu_1", "type": "tool_result", "content": "out 3", "is_error": false}', '') : line))),
    );
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('takes the same path for scanned and parsed lines', async () => {
    const t = new ClaudeTranscript().bashTurn('toolu_1');
    t.prompt('again');
    t.toolUse('toolu_2');
    const fast = await checkStream(t.text());
    const exact = await checkStream(t.text(), { format: 'claude-code' });
    expect(fast).toEqual(exact);
  });
});
