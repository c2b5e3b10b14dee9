import { describe, expect, it } from 'vitest';
import { checkStream } from '../../src/checking/check-source.js';
import type { Diagnostic } from '../../src/checking/diagnostic.js';
import { RULES } from '../../src/checking/rules/index.js';
import { escapeData, escapeProperty, githubReporter, githubStepSummary, STEP_SUMMARY_MAX_ROWS } from '../../src/reporting/github.js';
import { junitReporter, xml } from '../../src/reporting/junit.js';
import type { FileResult } from '../../src/reporting/results.js';
import { FINGERPRINT_KEY, sarifReporter, TOOL_INFORMATION_URI } from '../../src/reporting/sarif.js';
import { CodexSession } from '../support/codex-session.js';
import { checkRun, contextFor, CWD } from './support.js';

const diagnostic = (overrides: Partial<Diagnostic> = {}): Diagnostic => ({
  rule: 'missing-output',
  code: 'SD101',
  severity: 'error',
  line: 3,
  message: 'function_call (call_id c1) has no function_call_output.',
  callId: 'c1',
  fixable: true,
  ...overrides,
});

const file = (path: string, diagnostics: Diagnostic[]): FileResult => ({ path, format: 'codex', records: 5, lines: 5, diagnostics });

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }[];
  }[];
}

const sarif = (results: FileResult[], location = { cwd: CWD }) => JSON.parse(sarifReporter(results, contextFor('check', results, location))) as SarifLog;

describe('sarif', () => {
  it('describes the tool and every rule, with short and full description and help', () => {
    const { driver } = sarif([]).runs[0]!.tool;
    expect(driver).toMatchObject({ name: 'session-doctor', version: '1.2.3', informationUri: TOOL_INFORMATION_URI });
    expect(driver.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.name));
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text).toContain(`session-doctor explain ${rule.id}`);
    }
  });

  it('points each result at its rule, its level, its file (relative, URI-encoded) and line', () => {
    const log = sarif([
      file('sub dir/a#1.jsonl', [diagnostic(), diagnostic({ rule: 'blank-line', code: 'SD207', severity: 'info', line: 9, callId: undefined, message: 'Blank line.' })]),
    ]);
    const [first, second] = log.runs[0]!.results;
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules[first!.ruleIndex]!.id).toBe('missing-output');
    expect(rules[second!.ruleIndex]!.id).toBe('blank-line');
    expect(first).toMatchObject({ ruleId: 'missing-output', level: 'error', message: { text: 'function_call (call_id c1) has no function_call_output.' } });
    expect(second!.level).toBe('note');
    expect(first!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'sub%20dir/a%231.jsonl', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1 },
    });
  });

  it('makes absolute paths inside the working folder relative, and those outside it file: URIs', () => {
    const log = sarif([file(`${CWD}/in/a.jsonl`, [diagnostic()]), file('/elsewhere/b.jsonl', [diagnostic()]), file('../up.jsonl', [diagnostic()])]);
    expect(log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'in/a.jsonl', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///elsewhere/b.jsonl' },
      { uri: 'file:///work/up.jsonl' },
    ]);
  });

  it('keeps a call finding\'s fingerprint when the file grows or lines shift, and tells files and calls apart', async () => {
    const session = new CodexSession().execTurn('a').startTurn().functionCall('killed');
    const before = await checkStream(session.text(), { path: 'one.jsonl' });
    // The same call, now further down (a turn inserted before it), in a longer file.
    const shifted = new CodexSession().execTurn('a').execTurn('b').startTurn().functionCall('killed').execTurn('c');
    const after = await checkStream(shifted.text(), { path: 'one.jsonl' });
    const elsewhere = await checkStream(session.text(), { path: 'two.jsonl' });
    const print = (result: FileResult) => sarif([result]).runs[0]!.results.find((r) => r.ruleId === 'missing-output')!.partialFingerprints[FINGERPRINT_KEY];
    expect(print(after)).toBe(print(before));
    expect(print(elsewhere)).not.toBe(print(before));
    expect(print(before)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('never gives two results of one run the same fingerprint', () => {
    const twice = [diagnostic(), diagnostic(), diagnostic({ line: 4 }), diagnostic({ callId: undefined }), diagnostic({ callId: undefined })];
    const prints = sarif([file('a.jsonl', twice)]).runs[0]!.results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('reports a file it could not read as a failed execution, not as a result', () => {
    const run = sarif([{ path: 'gone.jsonl', error: 'no such file or folder' }]).runs[0]!;
    expect(run.results).toEqual([]);
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
    expect(sarif([]).runs[0]!.invocations[0]).toEqual({ executionSuccessful: true });
  });
});

describe('github', () => {
  it('escapes messages and properties as @actions/core does', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('writes one annotation per problem, with the right command, file, line and title', () => {
    const results = [
      file('dir/a,b:c.jsonl', [
        diagnostic({ message: 'two\nlines, 50%' }),
        diagnostic({ severity: 'warning', rule: 'crlf-line-ending', line: 1 }),
        diagnostic({ severity: 'info', rule: 'blank-line', line: 2 }),
      ]),
    ];
    const lines = githubReporter(results, contextFor('check', results)).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '::error file=dir/a%2Cb%3Ac.jsonl,line=3,title=missing-output::two%0Alines, 50%25',
      '::warning file=dir/a%2Cb%3Ac.jsonl,line=1,title=crlf-line-ending::function_call (call_id c1) has no function_call_output.',
      '::notice file=dir/a%2Cb%3Ac.jsonl,line=2,title=blank-line::function_call (call_id c1) has no function_call_output.',
    ]);
  });

  it('names files relative to GITHUB_WORKSPACE (root) when the run was in a subfolder', () => {
    const results = [file('a.jsonl', [diagnostic()])];
    const text = githubReporter(results, contextFor('check', results, { cwd: `${CWD}/packages/app`, root: CWD }));
    expect(text).toContain('::error file=packages/app/a.jsonl,line=3,');
  });

  it('says when GitHub will not show every annotation, and only then', () => {
    const many = [file('a.jsonl', Array.from({ length: 11 }, (_, index) => diagnostic({ line: index + 1, callId: `c${index}` })))];
    expect(githubReporter(many, contextFor('check', many))).toContain('GitHub shows only the first 10 error and 10 warning annotations');
    const ten = [file('a.jsonl', Array.from({ length: 10 }, (_, index) => diagnostic({ line: index + 1 })))];
    expect(githubReporter(ten, contextFor('check', ten))).not.toContain('GitHub shows only');
  });

  it('keeps the job summary table intact whatever the messages hold, and caps its rows', () => {
    const results = [file('a|b.jsonl', [diagnostic({ message: 'a | b <script>\r\nnext & last' })])];
    const markdown = githubStepSummary(results, contextFor('check', results));
    expect(markdown).toContain('| a\\|b.jsonl | 3 | error | `missing-output` (SD101) | a \\| b &lt;script&gt; next &amp; last |');
    const many = [file('a.jsonl', Array.from({ length: STEP_SUMMARY_MAX_ROWS + 5 }, (_, index) => diagnostic({ line: index + 1 })))];
    const capped = githubStepSummary(many, contextFor('check', many));
    expect(capped.split('\n').filter((line) => line.startsWith('| a.jsonl'))).toHaveLength(STEP_SUMMARY_MAX_ROWS);
    expect(capped).toContain('…and 5 more');
  });
});

describe('junit', () => {
  it('escapes what XML cannot hold as it is', () => {
    expect(xml('a<b>&"c"\'d\'\n\te\u0001\ud800')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#10;&#9;e\ufffd\ufffd');
    expect(xml('😀')).toBe('😀');
  });

  it('counts tests, failures and errors per file and in total', async () => {
    const results = await checkRun();
    const text = junitReporter(results, contextFor('check', results));
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="session-doctor check" tests="7" failures="5" errors="1">/);
    expect(text).toContain('<testsuite name="healthy.jsonl" tests="1" failures="0" errors="0" skipped="0">');
    expect(text.match(/<failure /g)).toHaveLength(5);
    expect(text.match(/<error /g)).toHaveLength(1);
  });

  it('writes an empty report for a run without files', () => {
    expect(junitReporter([], contextFor('check', []))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="session-doctor check" tests="0" failures="0" errors="0"/>\n');
  });
});
