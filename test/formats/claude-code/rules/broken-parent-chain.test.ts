import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../../support/claude-transcript.js';
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
        message: `parentUuid ${lost} names no entry in the file; Claude Code bridges it to line 9 (1.0 s before it), within its 5 s window.`,
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
