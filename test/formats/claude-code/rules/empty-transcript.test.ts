import { describe, expect, it } from 'vitest';
import { ClaudeTranscript } from '../../../support/claude-transcript.js';
import { diagnosticsOf } from '../../../support/harness.js';

describe('empty-transcript', () => {
  it('reports a transcript of rows without a chain role: resume fails', async () => {
    const t = new ClaudeTranscript();
    t.row({ type: 'queue-operation', operation: 'enqueue', timestamp: t.timestamp(), sessionId: t.sessionId, content: 'hi' });
    t.row({ type: 'queue-operation', operation: 'dequeue', timestamp: t.timestamp(), sessionId: t.sessionId });
    t.lastPrompt('hi', t.uuid());
    expect(await diagnosticsOf(t.text())).toEqual([{ rule: 'empty-transcript', line: 1, severity: 'error', fixable: false }]);
  });

  it('is not reported for a transcript with a message', async () => {
    expect(await diagnosticsOf(new ClaudeTranscript().bashTurn('toolu_1').text())).toEqual([]);
  });
});
