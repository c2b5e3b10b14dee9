import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/checking/diagnostic.js';
import { printable } from '../../src/checking/diagnostic.js';
import { githubReporter } from '../../src/reporting/github.js';
import { summarize, type FileResult } from '../../src/reporting/results.js';
import { stylishReporter } from '../../src/reporting/stylish.js';

const blank = (line: number): Diagnostic => ({ rule: 'blank-line', code: 'SD207', severity: 'info', line, message: 'Blank line.', fixable: true, applicability: 'safe' });
const orphan = (line: number): Diagnostic => ({
  rule: 'orphan-output',
  code: 'SD102',
  severity: 'error',
  line,
  message: `function_call_output (call_id c${line}) answers no call.`,
  callId: `c${line}`,
  fixable: true,
  applicability: 'unsafe',
});
const file = (diagnostics: Diagnostic[]): FileResult => ({ path: 'a.jsonl', format: 'codex', records: 3, lines: 9, diagnostics });
const context = (results: FileResult[], command: 'check' | 'fix' = 'check') => ({ command, summary: summarize(results), chalk: new Chalk({ level: 0 }), toolVersion: '1' });

describe('stylish', () => {
  it('collapses the same finding on consecutive lines into one row with a range; a call id keeps rows apart', () => {
    const results = [file([blank(2), blank(3), blank(4), orphan(5), orphan(6), blank(8)])];
    expect(stylishReporter(results, context(results))).toBe(
      [
        'a.jsonl (codex, 3 records)',
        '  2-4  info   Blank line. (3 lines)  blank-line',
        '    5  error  function_call_output (call_id c5) answers no call.  orphan-output',
        '    6  error  function_call_output (call_id c6) answers no call.  orphan-output',
        '    8  info   Blank line.  blank-line',
        '',
        '✖ 6 problems (2 errors, 0 warnings, 4 infos) in 1 of 1 file.',
        '  4 fixable with `session-doctor fix` (2 more with `--unsafe-fixes`).',
        '',
      ].join('\n'),
    );
  });

  it('reports 200,000 distinct problems in one file without overflowing the stack', () => {
    const results = [file(Array.from({ length: 200_000 }, (_, index) => orphan(index + 1)))];
    const text = stylishReporter(results, context(results));
    expect(text.split('\n')).toHaveLength(200_000 + 5);
    expect(text).toContain('✖ 200000 problems (200000 errors, 0 warnings) in 1 of 1 file.');
  });

  it('pluralises: 1 problem remains', () => {
    const results = [file([orphan(5)])];
    expect(stylishReporter(results, context(results, 'fix'))).toContain('✖ 1 problem (1 error, 0 warnings) remains in 1 of 1 file.');
  });
});

describe('github outside Actions', () => {
  it('does not speak of a job summary when there is none', () => {
    const results = [file(Array.from({ length: 11 }, (_, index) => orphan(index + 1)))];
    const outside = githubReporter(results, context(results));
    expect(outside).not.toContain('job summary');
    expect(outside).toContain('GitHub shows only the first 10 error and 10 warning annotations of a step; run with --format json or sarif to see every problem.');
    expect(githubReporter(results, { ...context(results), jobSummary: true })).toContain('the job summary lists every problem.');
  });
});

describe('printable', () => {
  it('escapes bidirectional and zero-width characters, which would make an id read as another', () => {
    expect(printable('call_\u202egnp.exe')).toBe('call_\\u202egnp.exe');
    expect(printable('a\u200bb\u200dc\u2066d\u2069e\ufefff\u061cg')).toBe('a\\u200bb\\u200dc\\u2066d\\u2069e\\ufefff\\u061cg');
    expect(printable('plain ünïcödé 日本')).toBe('plain ünïcödé 日本');
  });
});
