import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { ClaudeTranscript, withEscapedValue } from '../../../support/claude-transcript.js';
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

  it('sees a result in a later turn past a missing parent the client bridges: a safe fix leaves it, an unsafe one moves it with the lines after it', async () => {
    const t = new ClaudeTranscript();
    t.prompt('hi');
    const use = t.toolUse('toolu_1');
    t.prompt('again');
    const middle = t.reply('the middle turn');
    // The line between was lost: its child names a uuid no line has, 1 s later (bridged).
    t.wait(1000);
    const lost = (t.last = t.uuid());
    const after = t.reply('after a lost line');
    const result = t.result('toolu_1');
    t.reply('end');
    const report = await checkStream(Buffer.from(t.text()));
    expect(report.diagnostics.map(({ rule, line, fixable, applicability, message }) => ({ rule, line, fixable, applicability, message }))).toEqual([
      {
        rule: 'broken-parent-chain',
        line: 13,
        fixable: true,
        applicability: 'safe',
        message: `parentUuid ${lost} names no entry in the file; Claude Code bridges it to line 12 (1.0 s before it), within its 5 s window (since 2.1; 2.0 and 1.0 drop the earlier history there).`,
      },
      {
        rule: 'tool-result-not-adjacent',
        line: 14,
        fixable: true,
        applicability: 'unsafe',
        message:
          'tool_result (tool_use_id toolu_1) is not in the user message right after tool_use "Bash" (id toolu_1) at line 6; Claude Code replaces it with a placeholder and the model loses the real output. ' +
          'It sits in a later turn: fix re-links the lines after it to its parent, so that every turn stays.',
      },
    ]);
    const relinked = [...t.lines];
    relinked[12] = relinked[12]!.replace(`"parentUuid":"${lost}"`, `"parentUuid":"${middle}"`);
    // Safe fixes only: moved without the lines after it, the result would take the turn between off the conversation.
    const safe = await fixText(t.text());
    expect(safe.report.repairs.map((repair) => repair.action)).toEqual(['linked line 13 to its bridged entry at line 12']);
    expect(safe.output.toString()).toBe(jsonl(relinked));
    const { output, report: fixed } = await fixText(t.text(), { unsafeFixes: true });
    expect(fixed.repairs.map((repair) => repair.action)).toEqual(['linked line 13 to its bridged entry at line 12', 're-parented the tool_result at line 14 onto its tool_use at line 6 and re-linked line 15 to its old parent']);
    const lines = [...relinked];
    lines[13] = lines[13]!.replaceAll(`"${after}"`, `"${use}"`);
    lines[14] = lines[14]!.replace(`"parentUuid":"${result}"`, `"parentUuid":"${after}"`);
    expect(output.toString()).toBe(jsonl(lines));
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

  describe('a result whose parent is a result line', () => {
    const NOT_ADJACENT = 'tool_result (tool_use_id toolu_1) is not in the user message right after tool_use "Bash" (id toolu_1) at line 6; Claude Code replaces it with a placeholder and the model loses the real output.';
    const uuidAt = (t: ClaudeTranscript, n: number) => (JSON.parse(t.lines[n - 1]!) as { uuid: string }).uuid;
    /** Line n with its parentUuid (and sourceToolAssistantUUID, which a result names the same) pointed from line `from`'s uuid to line `to`'s. */
    const pointed = (t: ClaudeTranscript, n: number, from: number, to: number) => t.lines[n - 1]!.replaceAll(`"${uuidAt(t, from)}"`, `"${uuidAt(t, to)}"`);
    const messages = async (text: string) => (await checkStream(Buffer.from(text))).diagnostics.map(({ rule, line, fixable, applicability, message }) => ({ rule, line, fixable, applicability, message }));
    /** Fixed with --unsafe-fixes: the exact repairs and bytes; the fixed file checks clean and a second fix changes nothing. */
    async function expectOneFix(t: ClaudeTranscript, options: { ignore?: string[] }, actions: string[], lines: string[]): Promise<void> {
      const { output, report } = await fixText(t.text(), { unsafeFixes: true, ...options });
      expect(report.repairs.map((repair) => repair.action)).toEqual(actions);
      expect(output.toString()).toBe(jsonl(lines));
      expect((await checkStream(output, options)).diagnostics.filter((d) => d.fixable)).toEqual([]);
      const again = await fixText(output, { unsafeFixes: true, ...options });
      expect(again.report.repairs, 'a second fix changes nothing').toEqual([]);
      expect(again.report.written).toBeUndefined();
    }

    /** A result in the turn after its call's, behind an orphan result line, with the turn's reply after it. */
    function behindOrphan(): ClaudeTranscript {
      const t = new ClaudeTranscript();
      t.prompt('hi');
      t.toolUse('toolu_1');
      t.prompt('again');
      t.reply('looking');
      t.result('toolu_ghost');
      t.result('toolu_1');
      t.reply('end');
      return t;
    }

    /** The mirror shape: the later-turn result at line 13, an orphan result line after it (line 14), a reply off that. */
    function orphanAfter(): ClaudeTranscript {
      const t = new ClaudeTranscript();
      t.prompt('hi');
      t.toolUse('toolu_1');
      t.prompt('again');
      t.reply('looking');
      t.result('toolu_1');
      t.result('toolu_ghost');
      t.reply('end');
      return t;
    }

    it('moves a later-turn result behind an orphan result line in the one fix that takes the orphan out: its children go where the orphan\'s go', async () => {
      const t = behindOrphan();
      expect(await messages(t.text())).toEqual([
        { rule: 'orphan-output', line: 13, fixable: true, applicability: 'unsafe', message: 'tool_result (tool_use_id toolu_ghost) answers no call.' },
        {
          rule: 'tool-result-not-adjacent',
          line: 14,
          fixable: true,
          applicability: 'unsafe',
          message: `${NOT_ADJACENT} It sits in a later turn, off line 13, which fix takes out: fix re-links the lines after it where that line's children go, so that every turn stays.`,
        },
      ]);
      const lines = [...t.lines];
      lines.splice(12, 3, pointed(t, 14, 13, 6), pointed(t, 15, 14, 12));
      await expectOneFix(
        t,
        {},
        [
          'removed the orphan tool_result at line 13 (the tool_result at line 14 off it moves onto its tool_use)',
          're-parented the tool_result at line 14 onto its tool_use at line 6 and re-linked line 15 to the entry that takes the children of its old parent at line 13, which goes',
        ],
        lines,
      );
    });

    it('leaves the orphan in when the result\'s move cannot be made: its removal would leave the result naming a line taken out', async () => {
      const t = behindOrphan();
      t.lines[13] = withEscapedValue(t.lines[13]!, 'parentUuid');
      const { output, report } = await fixText(t.text(), { unsafeFixes: true });
      expect(report.repairs).toEqual([]);
      expect(output.toString()).toBe(t.text());
      expect(report.diagnostics.map(({ rule, line, fixable, message }) => ({ rule, line, fixable, message }))).toEqual([
        { rule: 'orphan-output', line: 13, fixable: false, message: 'tool_result (tool_use_id toolu_ghost) answers no call. Not repaired: the rewrite of line 14 it needs could not be made, so none of its edits were.' },
        {
          rule: 'tool-result-not-adjacent',
          line: 14,
          fixable: false,
          message: `${NOT_ADJACENT} It sits in a later turn, off line 13, which fix takes out: fix re-links the lines after it where that line's children go, so that every turn stays. Not repaired: the rewrite of line 14 it needs could not be made, so none of its edits were.`,
        },
      ]);
    });

    it('with orphan-output off, the orphan stays: the result moves and its children take the orphan as their parent', async () => {
      const t = behindOrphan();
      const lines = [...t.lines];
      lines.splice(13, 2, pointed(t, 14, 13, 6), pointed(t, 15, 14, 13));
      await expectOneFix(t, { ignore: ['orphan-output'] }, ['re-parented the tool_result at line 14 onto its tool_use at line 6 and re-linked line 15 to its old parent'], lines);
    });

    it('moves a result of the same turn behind an orphan result line in the one fix that takes the orphan out', async () => {
      const t = new ClaudeTranscript();
      t.prompt('hi');
      t.toolUse('toolu_1');
      t.reply('thinking');
      t.result('toolu_ghost');
      t.result('toolu_1');
      t.reply('end');
      const lines = [...t.lines];
      lines.splice(7, 3, pointed(t, 9, 8, 6), t.lines[9]!);
      await expectOneFix(t, {}, ['removed the orphan tool_result at line 8 (the tool_result at line 9 off it moves onto its tool_use)', 're-parented the tool_result at line 9 onto its tool_use at line 6'], lines);
    });

    it('moves a later-turn result that hangs off a result fix keeps: its children take that result as their parent', async () => {
      const t = new ClaudeTranscript();
      t.prompt('hi');
      t.toolUse('toolu_1');
      t.prompt('again');
      t.result('toolu_2', t.toolUse('toolu_2'));
      t.result('toolu_1');
      t.reply('end');
      expect(await messages(t.text())).toEqual([
        { rule: 'tool-result-not-adjacent', line: 14, fixable: true, applicability: 'unsafe', message: `${NOT_ADJACENT} It sits in a later turn: fix re-links the lines after it to its parent, so that every turn stays.` },
      ]);
      const lines = [...t.lines];
      lines.splice(13, 2, pointed(t, 14, 13, 6), pointed(t, 15, 14, 13));
      await expectOneFix(t, {}, ['re-parented the tool_result at line 14 onto its tool_use at line 6 and re-linked line 15 to its old parent'], lines);
    });

    it('moves a later-turn result with an orphan result line after it in the one fix that takes the orphan out: the lines after the orphan go to the result\'s old parent', async () => {
      const t = orphanAfter();
      expect(await messages(t.text())).toEqual([
        { rule: 'tool-result-not-adjacent', line: 13, fixable: true, applicability: 'unsafe', message: `${NOT_ADJACENT} It sits in a later turn: fix re-links the lines after it to its parent, so that every turn stays.` },
        { rule: 'orphan-output', line: 14, fixable: true, applicability: 'unsafe', message: 'tool_result (tool_use_id toolu_ghost) answers no call.' },
      ]);
      const lines = [...t.lines];
      lines.splice(12, 3, pointed(t, 13, 12, 6), pointed(t, 15, 14, 12));
      await expectOneFix(t, {}, ['re-parented the tool_result at line 13 onto its tool_use at line 6', 'removed the orphan tool_result at line 14 and re-linked line 15 to the old parent of line 13, which moves onto its tool_use'], lines);
      // With the orphan kept (its rule off), a result line stays after the result: it is left, as before.
      const kept = (await checkStream(Buffer.from(t.text()), { ignore: ['orphan-output'] })).diagnostics;
      expect(kept.map(({ rule, line, fixable }) => ({ rule, line, fixable }))).toEqual([{ rule: 'tool-result-not-adjacent', line: 13, fixable: false }]);
    });

    it.each([
      { line: 13, what: 'the move', why: 'removed alone, the orphan would send the lines after it past the result, off the conversation' },
      { line: 15, what: 'a re-link of the removal', why: 'moved alone, the result would take the lines after the orphan along' },
    ])('leaves both when $what cannot be made (line $line): $why', async ({ line }) => {
      const t = orphanAfter();
      t.lines[line - 1] = withEscapedValue(t.lines[line - 1]!, 'parentUuid');
      const { output, report } = await fixText(t.text(), { unsafeFixes: true });
      expect(report.repairs).toEqual([]);
      expect(output.toString()).toBe(t.text());
      expect(report.diagnostics.map(({ rule, line, fixable }) => ({ rule, line, fixable }))).toEqual([
        { rule: 'tool-result-not-adjacent', line: 13, fixable: false },
        { rule: 'orphan-output', line: 14, fixable: false },
      ]);
      expect(report.diagnostics.map(({ message }) => message.slice(message.indexOf(' Not repaired')))).toEqual([
        ` Not repaired: the rewrite of line ${line} it needs could not be made, so none of its edits were.`,
        ` Not repaired: the rewrite of line ${line} it needs could not be made, so none of its edits were.`,
      ]);
    });

    it('leaves a result that hangs off a later-turn result that cannot move while it hangs there, and that one too', async () => {
      const t = new ClaudeTranscript();
      t.prompt('hi');
      t.toolUse('toolu_2');
      t.prompt('again');
      t.toolUse('toolu_1');
      t.prompt('later');
      t.reply('looking');
      t.result('toolu_2');
      t.result('toolu_1');
      t.reply('end');
      expect(await messages(t.text())).toEqual([
        {
          rule: 'tool-result-not-adjacent',
          line: 19,
          fixable: false,
          applicability: undefined,
          message:
            'tool_result (tool_use_id toolu_2) is not in the user message right after tool_use "Bash" (id toolu_2) at line 6; Claude Code replaces it with a placeholder and the model loses the real output. ' +
            'It sits in a later turn, and fix cannot re-link the lines after it to its parent: moved onto its tool_use, it would take the turns between off the conversation, so fix leaves it.',
        },
        {
          rule: 'tool-result-not-adjacent',
          line: 20,
          fixable: false,
          applicability: undefined,
          message:
            'tool_result (tool_use_id toolu_1) is not in the user message right after tool_use "Bash" (id toolu_1) at line 12; Claude Code replaces it with a placeholder and the model loses the real output. ' +
            'It hangs off the tool_result at line 19, which sits in a later turn than its own tool_use and cannot move while this one hangs off it: moved alone, this one would leave that move to a second fix, so fix leaves both.',
        },
      ]);
      const fixed = await fixText(t.text(), { unsafeFixes: true });
      expect(fixed.report.repairs).toEqual([]);
      expect(fixed.report.written).toBeUndefined();
    });
  });
});
