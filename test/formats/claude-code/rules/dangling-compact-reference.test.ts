import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../../support/claude-transcript.js';
import { fixText } from '../../../support/harness.js';

describe('dangling-compact-reference', () => {
  it('reports a boundary whose preserved message is gone: the client drops the summary', async () => {
    const t = new ClaudeTranscript();
    t.prompt('before');
    const reply = t.reply('kept');
    t.compact(reply);
    t.bashTurn('toolu_1');
    const lines = t.lines.filter((line) => !line.includes(`"uuid":"${reply}"`));
    const text = lines.map((line) => `${line}\n`).join('');
    const report = await checkStream(Buffer.from(text));
    expect(report.diagnostics.map(({ rule, line, severity, message, fixable }) => ({ rule, line, severity, message, fixable }))).toEqual([
      {
        rule: 'dangling-compact-reference',
        line: 6,
        severity: 'error',
        message: `The compact boundary names an entry not in the file (${reply}); Claude Code drops the summary and the preserved messages on resume.`,
        fixable: false,
      },
    ]);
    expect((await fixText(text)).report.repairs).toEqual([]);
  });
});
