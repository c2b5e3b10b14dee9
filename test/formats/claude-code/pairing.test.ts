/**
 * The pairing at the end of a transcript, on inputs whose shape once made it quadratic: what it reports
 * must grow with the file, not with its square.
 */
import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../support/claude-transcript.js';

const found = async (text: string) => (await checkStream(Buffer.from(text))).diagnostics.map(({ rule, line }) => `${rule}@${line}`);

describe('Claude Code pairing', () => {
  it('takes the lines of one message.id that are not consecutive into the first message that has it, once', async () => {
    const t = new ClaudeTranscript();
    t.prompt('two steps');
    const message = t.messageId();
    const [first] = t.assistant([{ type: 'tool_use', id: 'toolu_a', name: 'Bash', input: {} }], message);
    t.result('toolu_a', first);
    const [later] = t.assistant([{ type: 'tool_use', id: 'toolu_b', name: 'Bash', input: {} }], message);
    t.result('toolu_b', later);
    t.reply();
    // toolu_b is sent in the first message, so its result, after the later line, is not adjacent; no id repeats.
    expect(await found(t.text())).toEqual([`tool-result-not-adjacent@${t.lines.length - 1}`]);
  });

  it('reports each of a thousand such lines once, not each pair of them', async () => {
    const t = new ClaudeTranscript();
    t.prompt('many steps');
    const message = t.messageId();
    const results: number[] = [];
    for (let n = 0; n < 1000; n += 1) {
      const [use] = t.assistant([{ type: 'tool_use', id: `toolu_${n}`, name: 'Bash', input: {} }], message);
      t.result(`toolu_${n}`, use);
      results.push(t.lastLine);
    }
    const diagnostics = (await checkStream(t.text())).diagnostics;
    expect(diagnostics.filter((d) => d.rule === 'duplicate-call-id')).toEqual([]);
    expect(diagnostics.map(({ rule, line }) => `${rule}@${line}`)).toEqual(results.slice(1).map((line) => `tool-result-not-adjacent@${line}`));
  });

  it('bridges a chain in which every parent is missing, each within the window, to its first line', async () => {
    const t = new ClaudeTranscript();
    t.prompt('start');
    const breaks: number[] = [];
    for (let n = 0; n < 2000; n += 1) {
      t.wait(1000);
      t.last = t.uuid();
      t.reply(`step ${n}`);
      breaks.push(t.lastLine);
    }
    const diagnostics = (await checkStream(t.text())).diagnostics;
    expect(diagnostics.map(({ rule, severity, line }) => `${severity} ${rule}@${line}`)).toEqual(breaks.map((line) => `warning broken-parent-chain@${line}`));
  });
});
