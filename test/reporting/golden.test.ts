import { describe, expect, it } from 'vitest';
import { REPORTERS, REPORT_FORMATS, type ReportFormat } from '../../src/reporting/index.js';
import { githubStepSummary } from '../../src/reporting/github.js';
import { ANSI, checkRun, contextFor, expectGolden, fixRun } from './support.js';

const EXTENSION: Record<ReportFormat, string> = { stylish: 'txt', compact: 'txt', json: 'json', sarif: 'sarif', github: 'txt', junit: 'xml' };

describe('golden output of every format', () => {
  it('covers every registered format', () => {
    expect([...REPORT_FORMATS].sort()).toEqual(Object.keys(EXTENSION).sort());
  });

  for (const format of REPORT_FORMATS) {
    it(`${format}: a check run`, async () => {
      const results = await checkRun();
      await expectGolden(`check.${format}.${EXTENSION[format]}`, REPORTERS[format](results, contextFor('check', results)));
    });

    it(`${format}: a fix run`, async () => {
      const results = await fixRun();
      await expectGolden(`fix.${format}.${EXTENSION[format]}`, REPORTERS[format](results, contextFor('fix', results)));
    });
  }

  it('github: the job summary for $GITHUB_STEP_SUMMARY', async () => {
    const results = await checkRun();
    await expectGolden('check.github-step-summary.md', githubStepSummary(results, contextFor('check', results)));
  });

  it('stylish: with colour (the only format, with compact, that may have it)', async () => {
    const results = await checkRun();
    await expectGolden('check.stylish.colour.txt', REPORTERS.stylish(results, contextFor('check', results, { cwd: '/work/project', colour: true })));
  });

  for (const format of ['json', 'sarif', 'github', 'junit'] as const) {
    it(`${format}: never has ANSI codes, even when colour is on`, async () => {
      const results = await checkRun();
      const text = REPORTERS[format](results, contextFor('check', results, { cwd: '/work/project', colour: true }));
      expect(text).not.toMatch(ANSI);
    });
  }

  for (const format of ['stylish', 'compact'] as const) {
    it(`${format}: control characters in file names are escaped, not written raw`, async () => {
      const results = (await fixRun()).map((result) => ({ ...result, path: 'evil\u001b]0;owned\u0007\nname.jsonl' }));
      const text = REPORTERS[format](results, contextFor('fix', results));
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect(text).toContain('evil\\u001b]0;owned\\u0007\\nname.jsonl');
    });
  }
});
