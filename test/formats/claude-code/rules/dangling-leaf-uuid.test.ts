import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../../support/claude-transcript.js';

describe('dangling-leaf-uuid', () => {
  it('reports a last last-prompt that names a message not in the file', async () => {
    const t = new ClaudeTranscript().bashTurn('toolu_1');
    const gone = t.uuid();
    t.lastPrompt('run toolu_1', gone);
    const report = await checkStream(t.text());
    expect(report.diagnostics.map(({ rule, line, severity, message }) => ({ rule, line, severity, message }))).toEqual([
      { rule: 'dangling-leaf-uuid', line: 11, severity: 'warning', message: `last-prompt names leaf ${gone}, which is not in the file; Claude Code resumes from the last message in file order instead.` },
    ]);
  });

  it('is not reported when an earlier last-prompt dangles but the last one does not', async () => {
    const t = new ClaudeTranscript();
    t.lastPrompt('x', t.uuid());
    t.bashTurn('toolu_1');
    expect((await checkStream(t.text())).diagnostics).toEqual([]);
  });
});
