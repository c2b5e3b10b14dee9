import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../../support/claude-transcript.js';
import { diagnosticsOf, fixText } from '../../../support/harness.js';

describe('empty-transcript', () => {
  it('reports a transcript of rows without a chain role: resume fails', async () => {
    const t = new ClaudeTranscript();
    t.row({ type: 'queue-operation', operation: 'enqueue', timestamp: t.timestamp(), sessionId: t.sessionId, content: 'hi' });
    t.row({ type: 'queue-operation', operation: 'dequeue', timestamp: t.timestamp(), sessionId: t.sessionId });
    t.lastPrompt('hi', t.uuid());
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'empty-transcript', line: 1, severity: 'error', fixable: false }]);
  });

  it('is not reported for a file of summary rows only: Claude Code 1.0.x writes one for each resumed session', async () => {
    // As 1.0.128 wrote it next to the resumed transcript, whose last message the leafUuid names.
    const index = '{"type":"summary","summary":"Echo one and two","leafUuid":"e0df2cbb-2d20-42bb-bf57-a24cccd02ac0"}\n';
    expect(await diagnosticsOf(index)).toEqual([]);
    expect((await checkStream(Buffer.from(index))).format).toBe('claude-code');
    expect(await diagnosticsOf(index + index.replace('Echo one and two', 'Echo three'))).toEqual([]);
    expect((await fixText(index)).output.toString()).toBe(index);
  });

  it('is reported for summary rows with any other row and no message', async () => {
    const t = new ClaudeTranscript();
    t.row({ type: 'summary', summary: 'Echo one', leafUuid: t.uuid() });
    t.row({ type: 'queue-operation', operation: 'dequeue', timestamp: t.timestamp(), sessionId: t.sessionId });
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'empty-transcript', line: 1, severity: 'error', fixable: false }]);
  });

  it('is not reported for a transcript with a message', async () => {
    expect(await diagnosticsOf(new ClaudeTranscript().bashTurn('toolu_1').text())).toEqual([]);
  });
});
