import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { CodexSession } from '../../support/codex-session.js';
import { diagnosticsOf, fixText } from '../../support/harness.js';

describe('crlf-line-ending', () => {
  it('reports CRLF once, at the first CRLF line, with the count, and turns every CRLF into LF', async () => {
    const session = new CodexSession().execTurn('a');
    const mixed = session.lines.map((line, index) => `${line}${index >= 2 ? '\r\n' : '\n'}`).join('');
    expect(await diagnosticsOf(mixed)).toEqual([{ rule: 'crlf-line-ending', line: 3, severity: 'warning', fixable: true }]);
    const report = await checkStream(mixed);
    expect(report.diagnostics[0]!.message).toBe(`${session.lastLine - 2} lines end with CRLF instead of LF (first at line 3).`);
    expect((await fixText(mixed)).output.toString()).toBe(session.text());
  });

  it('keeps CRLF on untouched lines when the rule is ignored', async () => {
    const session = new CodexSession().startTurn().functionCall('c');
    const crlf = session.lines.map((line) => `${line}\r\n`).join('');
    const { output } = await fixText(crlf, { ignore: ['crlf-line-ending'] });
    expect(output.toString().startsWith(crlf)).toBe(true);
    expect(output.toString().slice(crlf.length)).toMatch(/^\{"timestamp":.*"function_call_output".*\}\n$/);
  });
});
