/**
 * microcompact_boundary: a system line older Claude Code versions wrote when they cleared old tool results
 * in place. 2.1.332 knows the subtype (it renders it as nothing) but its loader stops the walk up parentUuid
 * only at compact_boundary: the history before a microcompact line is still sent, so damage there is damage
 * in the conversation, not in compacted history.
 */
import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../support/claude-transcript.js';

const found = async (text: string) => (await checkStream(Buffer.from(text))).diagnostics.map(({ rule, line, severity }) => `${severity} ${rule}@${line}`);

function microcompact(t: ClaudeTranscript, toolIds: readonly string[]): void {
  t.entry('system', {
    subtype: 'microcompact_boundary',
    content: 'Context microcompacted',
    level: 'info',
    microcompactMetadata: { trigger: 'auto', preTokens: 41_000, tokensSaved: 12_000, compactedToolIds: toolIds, clearedAttachmentUUIDs: [] },
  });
}

describe('microcompact_boundary', () => {
  it('is a line of the chain the walk goes through: a healthy transcript with one checks clean', async () => {
    const t = new ClaudeTranscript().bashTurn('toolu_1');
    microcompact(t, ['toolu_1']);
    t.bashTurn('toolu_2');
    expect(await found(t.text())).toEqual([]);
  });

  it('leaves a tool_use before it in the conversation: unanswered, an error where the client drops it from every request', async () => {
    const t = new ClaudeTranscript();
    t.prompt('run it');
    t.toolUse('toolu_lost');
    const use = t.lastLine;
    t.reply('went on without it');
    microcompact(t, []);
    t.bashTurn('toolu_2');
    expect(await found(t.text())).toEqual([`error missing-output@${use}`]);
  });
});
