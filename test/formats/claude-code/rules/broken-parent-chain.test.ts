import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { ClaudeTranscript, interruptedResult } from '../../../support/claude-transcript.js';
import { diagnosticsOf, fixText } from '../../../support/harness.js';

const shown = async (text: string) => (await checkStream(Buffer.from(text))).diagnostics.map(({ rule, line, severity, message, fixable, applicability }) => ({ rule, line, severity, message, fixable, ...(applicability && { applicability }) }));

/** A healthy turn, then a reply whose parent line was lost, `gap` ms after the entry before it. */
function broken(gap: number) {
  const t = new ClaudeTranscript();
  t.bashTurn('toolu_1');
  const before = t.last!;
  t.wait(gap);
  const lost = t.uuid();
  t.last = lost;
  t.reply('after the break');
  t.lastPrompt('after the break', t.last!);
  return { t, before, lost };
}

describe('broken-parent-chain', () => {
  it('is a warning when the client bridges the gap (within 5 s), and fix links the entry as the client does', async () => {
    const { t, before, lost } = broken(1000);
    expect(await shown(t.text())).toEqual([
      {
        rule: 'broken-parent-chain',
        line: 11,
        severity: 'warning',
        message: `parentUuid ${lost} names no entry in the file; Claude Code bridges it to line 9 (1.0 s before it), within its 5 s window (since 2.1; 2.0 and 1.0 drop the earlier history there).`,
        fixable: true,
        applicability: 'safe',
      },
    ]);
    const { output } = await fixText(t.text());
    expect(output.toString()).toBe(t.text().replace(`"parentUuid":"${lost}"`, `"parentUuid":"${before}"`));
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('is an error beyond the bridge, says how much history is lost, and re-links only with unsafe fixes', async () => {
    const { t, before, lost } = broken(60_000);
    expect(await shown(t.text())).toEqual([
      {
        rule: 'broken-parent-chain',
        line: 11,
        severity: 'error',
        message: `parentUuid ${lost} names no entry in the file; Claude Code ends the conversation here: 4 earlier messages are dropped on resume (the nearest earlier entry is line 9 (60.0 s before it), beyond the 5 s bridge).`,
        fixable: true,
        applicability: 'unsafe',
      },
    ]);
    const safe = await fixText(t.text());
    expect(safe.report.repairs).toEqual([]);
    expect(safe.output.toString()).toBe(t.text());
    const unsafe = await fixText(t.text(), { unsafeFixes: true });
    expect(unsafe.output.toString()).toBe(t.text().replace(`"parentUuid":"${lost}"`, `"parentUuid":"${before}"`));
    expect(await diagnosticsOf(unsafe.output)).toEqual([]);
  });

  it('a compact summary whose boundary is lost beyond the bridge: the history before stays compacted; fix makes the summary a root, safely', async () => {
    const t = new ClaudeTranscript();
    t.bashTurn('toolu_1');
    const kept = t.reply('kept');
    t.wait(3_600_000);
    const { boundary } = t.compact(kept);
    t.bashTurn('toolu_2');
    // A torn compact_boundary line, cut where it stood (the client appended after it).
    const at = t.lines.findIndex((line) => line.includes('"compact_boundary"'));
    const lines = [...t.lines];
    lines[at] = lines[at]!.slice(0, 120);
    const text = lines.map((line) => `${line}\n`).join('');
    expect(await shown(text)).toEqual([
      { rule: 'malformed-line', line: at + 1, severity: 'error', message: expect.stringContaining('not a JSON object') as unknown as string, fixable: true, applicability: 'safe' },
      {
        rule: 'broken-parent-chain',
        line: at + 2,
        severity: 'error',
        message: `parentUuid ${boundary} names no entry in the file: it was the compact boundary of this summary, which is lost. Claude Code starts the conversation at the summary, without the messages the boundary preserved; the history before it stays compacted.`,
        fixable: true,
        applicability: 'safe',
      },
    ]);
    const { output, report } = await fixText(text);
    expect(report.repairs.map((repair) => repair.action)).toEqual([`removed the malformed line at line ${at + 1}`, `made line ${at + 2}, a compact summary whose boundary is lost, the root it is to Claude Code`]);
    const fixed = [...lines];
    fixed[at + 1] = fixed[at + 1]!.replace(`"parentUuid":"${boundary}"`, '"parentUuid":null');
    fixed.splice(at, 1);
    expect(output.toString()).toBe(fixed.map((line) => `${line}\n`).join(''));
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('checks the history behind a cut as the conversation it rejoins: one fix leaves nothing for a second', async () => {
    // Found by the repair laws: re-linking the cut put an unanswered tool_use back into mid-history.
    const t = new ClaudeTranscript();
    t.prompt('slow');
    const use = t.toolUse('toolu_lost');
    t.wait(60_000);
    const lost = t.uuid();
    t.last = lost;
    t.reply('after a lost line');
    t.bashTurn('toolu_2');
    expect(await shown(t.text())).toEqual([
      {
        rule: 'missing-output',
        line: 6,
        severity: 'warning',
        message:
          'tool_use "Bash" (id toolu_lost) has no tool_result. It is outside the conversation Claude Code rebuilds on resume (on a dead branch, behind a cut in the parentUuid chain, or in the history a later compact boundary summarised).',
        fixable: true,
        applicability: 'safe',
      },
      {
        rule: 'broken-parent-chain',
        line: 7,
        severity: 'error',
        message: `parentUuid ${lost} names no entry in the file; Claude Code ends the conversation here: 2 earlier messages are dropped on resume (the nearest earlier entry is line 6 (60.0 s before it), beyond the 5 s bridge).`,
        fixable: true,
        applicability: 'unsafe',
      },
    ]);
    const answer = JSON.stringify(
      interruptedResult(t, use, 'toolu_lost', '3d3166d4-6ab3-5941-ac7f-233b97a6b4ea', new Date(Date.parse(JSON.parse(t.lines[5]!).timestamp) + 1).toISOString()),
    );
    // Safe fixes answer the call (the last-prompt row keeps the leaf) and leave the cut, still re-linkable.
    const safe = await fixText(t.text());
    expect(safe.output.toString()).toBe(`${t.text()}${answer}\n`);
    expect((await shown(safe.output.toString())).map(({ rule, applicability }) => `${rule} ${applicability}`)).toEqual(['broken-parent-chain unsafe']);
    // Unsafe fixes do both at once, and the file checks clean.
    const unsafe = await fixText(t.text(), { unsafeFixes: true });
    expect(unsafe.output.toString()).toBe(`${t.text().replace(`"parentUuid":"${lost}"`, `"parentUuid":"${use}"`)}${answer}\n`);
    expect(await diagnosticsOf(unsafe.output)).toEqual([]);
    expect((await fixText(unsafe.output, { unsafeFixes: true })).report.repairs).toEqual([]);
  });

  it('does not choose between entries of one timestamp', async () => {
    const t = new ClaudeTranscript({ step: 0 });
    t.bashTurn('toolu_1');
    t.wait(60_000);
    t.last = t.uuid();
    t.reply('after');
    t.lastPrompt('after', t.last!);
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'broken-parent-chain', line: 11, severity: 'error', fixable: false }]);
  });

  it('is a warning on a dead branch, and for a first entry with nothing before it', async () => {
    const t = new ClaudeTranscript();
    t.last = t.uuid();
    t.prompt('the first line names a parent from another file');
    t.reply();
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'broken-parent-chain', line: 3, severity: 'warning', fixable: false }]);
  });
});
