import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../../support/claude-transcript.js';
import { diagnosticsOf, fixText, jsonl } from '../../../support/harness.js';

describe('tool-result-not-adjacent', () => {
  it('reports a result separated from its tool_use by another message, and re-parents it onto the tool_use line', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const use = t.toolUse('toolu_1');
    const interjection = t.reply('Let me think.');
    const result = t.result('toolu_1', interjection, 'the real output');
    t.reply();
    const report = await checkStream(t.text());
    expect(report.diagnostics.map(({ rule, line, severity, message, fixable }) => ({ rule, line, severity, message, fixable }))).toEqual([
      {
        rule: 'tool-result-not-adjacent',
        line: 8,
        severity: 'error',
        message: 'tool_result (tool_use_id toolu_1) is not in the user message right after tool_use "Bash" (id toolu_1) at line 6; Claude Code replaces it with a placeholder and the model loses the real output.',
        fixable: true,
      },
    ]);
    const { output, report: fixed } = await fixText(t.text());
    expect(fixed.repairs.map((repair) => repair.action)).toEqual(['re-parented the tool_result at line 8 onto its tool_use at line 6']);
    const lines = [...t.lines];
    lines[7] = lines[7]!.replace(`"parentUuid":"${interjection}"`, `"parentUuid":"${use}"`).replace(`"sourceToolAssistantUUID":"${interjection}"`, `"sourceToolAssistantUUID":"${use}"`);
    expect(output.toString()).toBe(lines.map((line) => `${line}\n`).join(''));
    expect(output.toString()).toContain('the real output');
    expect(await diagnosticsOf(output)).toEqual([]);
    void result;
  });

  it('reports a result that hangs off another entry than its tool_use', async () => {
    const t = new ClaudeTranscript();
    const prompt = t.prompt('hi');
    const use = t.toolUse('toolu_1');
    t.result('toolu_1', prompt);
    t.last = use;
    t.reply();
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'tool-result-not-adjacent', line: 7, severity: 'error', callId: 'toolu_1', fixable: true }]);
    expect(await diagnosticsOf((await fixText(t.text())).output)).toEqual([]);
  });

  it('moves a result from a later turn onto its tool_use and re-links the lines after it to its old parent, only with unsafe fixes', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const use = t.toolUse('toolu_1');
    t.prompt('again');
    t.reply('the middle turn');
    t.prompt('later');
    const looking = t.reply('looking');
    const result = t.result('toolu_1', looking, 'the real output');
    const end = t.reply('end');
    const report = await checkStream(Buffer.from(t.text()));
    expect(report.diagnostics.map(({ rule, line, severity, message, fixable, applicability }) => ({ rule, line, severity, message, fixable, applicability }))).toEqual([
      {
        rule: 'tool-result-not-adjacent',
        line: 19,
        severity: 'error',
        message:
          'tool_result (tool_use_id toolu_1) is not in the user message right after tool_use "Bash" (id toolu_1) at line 6; Claude Code replaces it with a placeholder and the model loses the real output. ' +
          'It sits in a later turn: fix re-links the lines after it to its parent, so that every turn stays.',
        fixable: true,
        applicability: 'unsafe',
      },
    ]);
    const safe = await fixText(t.text());
    expect(safe.report.repairs).toEqual([]);
    expect(safe.report.written).toBeUndefined();
    const { output, report: fixed } = await fixText(t.text(), { unsafeFixes: true });
    expect(fixed.repairs.map((repair) => repair.action)).toEqual(['re-parented the tool_result at line 19 onto its tool_use at line 6 and re-linked line 20 to its old parent']);
    const lines = [...t.lines];
    lines[18] = lines[18]!.replace(`"parentUuid":"${looking}"`, `"parentUuid":"${use}"`).replace(`"sourceToolAssistantUUID":"${looking}"`, `"sourceToolAssistantUUID":"${use}"`);
    lines[19] = lines[19]!.replace(`"parentUuid":"${result}"`, `"parentUuid":"${looking}"`);
    expect(output.toString()).toBe(jsonl(lines));
    expect(output.toString()).toContain(`"uuid":"${end}"`);
    expect(await diagnosticsOf(output)).toEqual([]);
    expect((await fixText(output, { unsafeFixes: true })).report.repairs).toEqual([]);
  });

  it('leaves a result in a later turn when a line after it is of a type it does not know: re-parented, it would take the turns between off the conversation', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    t.toolUse('toolu_1');
    t.prompt('again');
    t.reply('the middle turn');
    t.prompt('later');
    t.result('toolu_1', t.reply('looking'));
    t.entry('future-kind', { note: 'unknown' });
    t.reply('end');
    const [found] = (await checkStream(Buffer.from(t.text()))).diagnostics;
    expect(found).toMatchObject({ rule: 'tool-result-not-adjacent', line: 19, fixable: false });
    expect(found!.message).toMatch(/It sits in a later turn, and fix cannot re-link the lines after it to its parent: moved onto its tool_use, it would take the turns between off the conversation, so fix leaves it\.$/);
    const fixed = await fixText(t.text(), { unsafeFixes: true });
    expect(fixed.report.repairs).toEqual([]);
    expect(fixed.report.written).toBeUndefined();
  });

  it('leaves a result in a later turn that hangs off a result line: orphan-output takes that line out and re-links the result itself', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    t.toolUse('toolu_1');
    t.prompt('again');
    t.reply('looking');
    t.result('toolu_ghost');
    t.result('toolu_1');
    t.reply('end');
    const found = (await checkStream(Buffer.from(t.text()))).diagnostics.find((d) => d.rule === 'tool-result-not-adjacent');
    expect(found).toMatchObject({ line: 14, fixable: false });
    expect(found!.message).toMatch(/It sits in a later turn, and fix cannot re-link the lines after it to its parent/);
  });
});
