import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../support/codex-session.js';
import { checkStream } from '../../../src/checking/check-source.js';
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

  it("reports a line Codex's JSON reader rejects though JSON.parse takes it (a lone surrogate in an output), as Codex sees it: the output is gone", async () => {
    const session = new CodexSession().execTurn('a');
    const callLine = session.lines.findIndex((line) => line.includes('"type":"function_call"')) + 1;
    const outputLine = session.lines.findIndex((line) => line.includes('"function_call_output"')) + 1;
    session.lines[outputLine - 1] = session.lines[outputLine - 1]!.replace('"output":"', '"output":"\\ud800');
    const checked = (await checkStream(session.text(), { select: ['missing-output', 'malformed-line'] })).diagnostics;
    expect(checked.map(({ rule, line, message }) => ({ rule, line, message }))).toEqual([
      { rule: 'missing-output', line: callLine, message: expect.stringContaining('has no function_call_output') },
      { rule: 'malformed-line', line: outputLine, message: "Line is not a JSON object: Codex's JSON reader rejects it: a lone surrogate escape in payload.output." },
    ]);
  });

  it.each([
    ['an integer that fits no 64-bit integer', '"n":18446744073709551616', true],
    ['the largest unsigned 64-bit integer', '"n":18446744073709551615', false],
    ['nesting 128 levels deep', `"n":${'['.repeat(127)}${']'.repeat(127)}`, true],
    ['a lone surrogate in metadata', '"metadata":{"n":"\\udc00"}', true],
    ['an escaped surrogate pair', '"n":"\\ud83d\\ude00"', false],
  ])('in a Codex rollout, %s: malformed %s', async (_, field, malformed) => {
    const session = new CodexSession().execTurn('a');
    const last = session.lines.pop()!;
    session.lines.push(`{${field},${last.slice(1)}`, last);
    const found = await diagnosticsOf(session.text(), { select: ['malformed-line'] });
    expect(found).toEqual(malformed ? [{ rule: 'malformed-line', line: session.lastLine - 1, severity: 'error', fixable: true }] : []);
  });

  it('takes such lines in a plain Responses list, whose reader is not known to be stricter than JSON.parse', async () => {
    const text = jsonl(['{"type":"message","role":"user","content":[{"type":"input_text","text":"\\ud800"}]}']);
    expect(await diagnosticsOf(text, { select: ['malformed-line'] })).toEqual([]);
  });
});
