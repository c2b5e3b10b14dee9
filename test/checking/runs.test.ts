import { describe, expect, it } from 'vitest';
import { checkStream } from '../../src/checking/check-source.js';
import { expandRuns } from '../../src/checking/diagnostic.js';
import { REPORTERS } from '../../src/reporting/index.js';
import { summarize } from '../../src/reporting/results.js';
import { Chalk } from 'chalk';
import { CodexSession } from '../support/codex-session.js';
import { fixText } from '../support/harness.js';

const session = new CodexSession().execTurn('a');
const [header, ...rest] = session.lines;
/** The header, five blank lines, a torn line twice, then the rest of the session. */
const text = `${header}\n\n\n\n\n\n{"torn\n{"torn\n${rest.join('\n')}\n`;

describe('identical findings on consecutive lines', () => {
  it('are one diagnostic with a line range, counted once per line', async () => {
    const report = await checkStream(text, { select: ['blank-line', 'malformed-line'] });
    expect(report.diagnostics.map(({ rule, line, endLine }) => ({ rule, line, endLine }))).toEqual([
      { rule: 'blank-line', line: 2, endLine: 6 },
      { rule: 'malformed-line', line: 7, endLine: 8 },
    ]);
    expect([...expandRuns(report.diagnostics)].map((d) => [d.rule, d.line, d.endLine])).toEqual([
      ['blank-line', 2, undefined],
      ['blank-line', 3, undefined],
      ['blank-line', 4, undefined],
      ['blank-line', 5, undefined],
      ['blank-line', 6, undefined],
      ['malformed-line', 7, undefined],
      ['malformed-line', 8, undefined],
    ]);
    expect(summarize([report])).toMatchObject({ errors: 2, infos: 5, fixable: 7 });
  });

  it('are listed line by line in the machine formats, as one row in stylish', async () => {
    const report = await checkStream(text, { select: ['blank-line'] });
    const context = { command: 'check' as const, summary: summarize([report]), chalk: new Chalk({ level: 0 }), toolVersion: '1' };
    expect(JSON.parse(REPORTERS.json([report], context)).files[0].diagnostics.map((d: { line: number }) => d.line)).toEqual([2, 3, 4, 5, 6]);
    expect(REPORTERS.compact([report], context).split('\n').filter(Boolean)).toHaveLength(5);
    expect(JSON.parse(REPORTERS.sarif([report], context)).runs[0].results).toHaveLength(5);
    expect(REPORTERS.stylish([report], context)).toContain('  2-6  info  Blank line. (5 lines)  blank-line\n');
  });

  it('are repaired by one edit, reported as one repair of the range', async () => {
    const { output, report } = await fixText(text, { select: ['blank-line'] });
    expect(output.toString()).toBe(`${header}\n{"torn\n{"torn\n${rest.join('\n')}\n`);
    expect(report.repairs).toEqual([{ rule: 'blank-line', code: 'SD207', line: 2, endLine: 6, action: 'removed the blank line at lines 2-6' }]);
    expect(summarize([report])).toMatchObject({ repaired: 5 });
  });
});
