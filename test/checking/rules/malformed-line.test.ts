import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText, jsonl } from '../../support/harness.js';

describe('malformed-line', () => {
  it('reports a torn fragment left mid-file (Codex added the newline on its next append) and removes it', async () => {
    const session = new CodexSession().execTurn('a');
    const fragment = session.lines[session.lastLine - 1]!.slice(0, 57);
    session.lines.push(fragment);
    const torn = session.lastLine;
    session.execTurn('b');
    expect(await diagnosticsOf(session.text())).toEqual([{ rule: 'malformed-line', line: torn, severity: 'error', fixable: true }]);
    const { output } = await fixText(session.text());
    expect(output.toString()).toBe(jsonl(session.lines.filter((_, index) => index !== torn - 1)));
  });

  it.each([
    ['garbage', 'this is not json'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"text"'],
    ['NUL bytes', '\u0000\u0000\u0000'],
  ])('reports %s', async (_, line) => {
    const text = jsonl([new CodexSession().lines[0]!, line, new CodexSession().lines[0]!]);
    expect(await diagnosticsOf(text, { select: ['malformed-line'] })).toEqual([{ rule: 'malformed-line', line: 2, severity: 'error', fixable: true }]);
  });

  it('reports invalid UTF-8, even inside a JSON string', async () => {
    const meta = new CodexSession().lines[0]!;
    const text = Buffer.concat([Buffer.from(`${meta}\n{"a":"`), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    const report = await diagnosticsOf(text, { select: ['malformed-line'] });
    expect(report).toEqual([{ rule: 'malformed-line', line: 2, severity: 'error', fixable: true }]);
  });
});
