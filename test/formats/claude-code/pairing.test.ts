/**
 * The pairing at the end of a transcript, on inputs whose shape once made it quadratic: what it reports
 * must grow with the file, not with its square.
 */
import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../support/claude-transcript.js';
import { fixText } from '../../support/harness.js';

const found = async (text: string) => (await checkStream(Buffer.from(text))).diagnostics.map(({ rule, line }) => `${rule}@${line}`);

describe('Claude Code pairing', () => {
  it('sends the lines of one message.id split by the results of its earlier calls as one message, answered by one user message', async () => {
    // 2.1.332 runs a tool (TodoWrite) while the message still streams and writes its result before the
    // message's next tool_use line; it sends [assistant(toolu_a, toolu_b), user(result a, result b)] (observed).
    const t = new ClaudeTranscript();
    t.prompt('two steps');
    const message = t.messageId();
    const [first] = t.assistant([{ type: 'tool_use', id: 'toolu_a', name: 'TodoWrite', input: {} }], message);
    t.result('toolu_a', first);
    const [later] = t.assistant([{ type: 'tool_use', id: 'toolu_b', name: 'Bash', input: {} }], message);
    t.result('toolu_b', later);
    t.entry('attachment', { attachment: { type: 'total_tokens_reminder', content: 'reminder' } });
    t.reply();
    expect(await found(t.text())).toEqual([]);
    const { output, report } = await fixText(t.text());
    expect(report.repairs).toEqual([]);
    expect(output.toString()).toBe(t.text());
  });

  it('takes a later line of a message.id after another message into the first message that has it, once', async () => {
    const t = new ClaudeTranscript();
    t.prompt('two steps');
    const message = t.messageId();
    const [first] = t.assistant([{ type: 'tool_use', id: 'toolu_a', name: 'Bash', input: {} }], message);
    t.result('toolu_a', first);
    t.reply('Next.');
    const [later] = t.assistant([{ type: 'tool_use', id: 'toolu_b', name: 'Bash', input: {} }], message);
    t.result('toolu_b', later);
    t.reply();
    // toolu_b is sent in the first message, so its result, after the later line, is not adjacent; no id repeats.
    expect(await found(t.text())).toEqual([`tool-result-not-adjacent@${t.lines.length - 1}`]);
  });

  it('reports nothing for a thousand lines of one message.id, each followed by its result', async () => {
    const t = new ClaudeTranscript();
    t.prompt('many steps');
    const message = t.messageId();
    for (let n = 0; n < 1000; n += 1) {
      const [use] = t.assistant([{ type: 'tool_use', id: `toolu_${n}`, name: 'Bash', input: {} }], message);
      t.result(`toolu_${n}`, use);
    }
    t.reply();
    expect((await checkStream(t.text())).diagnostics).toEqual([]);
  });

  it('reports each of a thousand lines of one message.id after other messages once, not each pair of them', async () => {
    const t = new ClaudeTranscript();
    t.prompt('many steps');
    const message = t.messageId();
    const results: number[] = [];
    for (let n = 0; n < 1000; n += 1) {
      const [use] = t.assistant([{ type: 'tool_use', id: `toolu_${n}`, name: 'Bash', input: {} }], message);
      t.result(`toolu_${n}`, use);
      results.push(t.lastLine);
      t.reply(`step ${n}`);
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
