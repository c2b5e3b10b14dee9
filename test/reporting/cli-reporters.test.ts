/** The CLI's report options: --reporter FORMAT[:FILE] next to --format/--output-file, and the GitHub job summary. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { ANSI, brokenSession, healthySession } from './support.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-reporters-'));
  await mkdir(join(folder, 'app/out'), { recursive: true });
  await writeFile(join(folder, 'app/broken.jsonl'), brokenSession().text);
  // A finished session: a fresh file's unanswered last call would be noted as possibly still running.
  await utimes(join(folder, 'app/broken.jsonl'), 0, 0);
  await writeFile(join(folder, 'app/healthy.jsonl'), healthySession());
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const app = () => join(folder, 'app');
const read = (name: string) => readFile(join(app(), name), 'utf8');

describe('several reports in one run', () => {
  it('stylish to the terminal and SARIF to a file', async () => {
    const result = cli(['check', 'broken.jsonl', 'healthy.jsonl', '--reporter', 'stylish', '--reporter', 'sarif:out/results.sarif'], { cwd: app() });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('broken.jsonl (codex, 18 records)');
    expect(result.stdout).toContain('✖ 3 problems (2 errors, 0 warnings, 1 info) in 1 of 2 files.');
    const sarif = JSON.parse(await read('out/results.sarif')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['unfinished-turn', 'orphan-output', 'missing-output']);
  });

  it('--format and --output-file stay one more report next to --reporter', async () => {
    const result = cli(['check', 'broken.jsonl', '-f', 'json', '--reporter', 'junit:out/junit.xml', '--reporter', 'github:out/annotations.txt'], { cwd: app() });
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as { version: number }).version).toBe(1);
    expect(await read('out/junit.xml')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="session-doctor check" tests="3" failures="3" errors="0">/);
    expect(await read('out/annotations.txt')).toContain('::error file=broken.jsonl,line=17,title=orphan-output::');
  });

  it('writes nothing to stdout when every report goes to a file, and keeps the exit code', async () => {
    const result = cli(['check', 'broken.jsonl', '--reporter', 'sarif:out/only.sarif', '--reporter', 'junit:out/only.xml'], { cwd: app() });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(existsSync(join(app(), 'out/only.sarif'))).toBe(true);
    expect(existsSync(join(app(), 'out/only.xml'))).toBe(true);
  });

  it.each([
    [['--reporter', 'stylish', '--reporter', 'json'], 'session-doctor: only one report can go to stdout: give the others a file (--reporter FORMAT:FILE)\n'],
    [['-f', 'json', '--reporter', 'sarif'], 'session-doctor: only one report can go to stdout: give the others a file (--reporter FORMAT:FILE)\n'],
    [['--reporter', 'xml:out/a.xml'], 'session-doctor: --reporter xml:out/a.xml: unknown format "xml" (choose from stylish, json, compact, sarif, github, junit)\n'],
    [['--reporter', 'sarif:'], 'session-doctor: --reporter sarif:: no file after the colon (write sarif for stdout)\n'],
    [['--output-file', 'out/a.txt', '--reporter', 'sarif:out/b.sarif'], 'session-doctor: --output-file goes with --format; with --reporter, write FORMAT:FILE\n'],
  ])('refuses %j with exit code 2', (flags, message) => {
    const result = cli(['check', 'broken.jsonl', ...flags], { cwd: app() });
    expect(result).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('refuses two reports to one file', () => {
    const result = cli(['check', 'broken.jsonl', '--reporter', 'sarif:out/x', '--reporter', 'junit:./out/x'], { cwd: app() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`session-doctor: two reports would be written to ${join(app(), 'out/x')}\n`);
  });

  it('works for fix too', async () => {
    const result = cli(['fix', 'broken.jsonl', '--dry-run', '--unsafe-fixes', '--reporter', 'compact', '--reporter', 'sarif:out/fix.sarif'], { cwd: app() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('broken.jsonl:17:1: would-fix orphan-output');
    const sarif = JSON.parse(await read('out/fix.sarif')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['unfinished-turn']);
  });
});

describe('machine formats never have colour', () => {
  it.each(['json', 'sarif', 'github', 'junit'])('%s with --color and FORCE_COLOR=3', (format) => {
    const result = cli(['check', 'broken.jsonl', '-f', format, '--color'], { cwd: app(), env: { FORCE_COLOR: '3' } });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('stylish does have it with --color (so the check above can fail)', () => {
    expect(cli(['check', 'broken.jsonl', '--color'], { cwd: app() }).stdout).toMatch(ANSI);
  });
});

describe('GitHub Actions', () => {
  it('appends a Markdown summary to $GITHUB_STEP_SUMMARY and names files relative to the workspace', async () => {
    const summary = join(folder, 'step-summary.md');
    await writeFile(summary, '# Earlier step\n');
    const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: folder, GITHUB_ACTIONS: 'true' };
    const result = cli(['check', 'broken.jsonl', 'healthy.jsonl', '-f', 'github'], { cwd: app(), env });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toContain(
      '::error file=app/broken.jsonl,line=18,title=missing-output::function_call "exec_command" (call_id call_killed) has no function_call_output.',
    );
    const markdown = await readFile(summary, 'utf8');
    expect(markdown.startsWith('# Earlier step\n### session-doctor check\n')).toBe(true);
    expect(markdown).toContain('| app/broken.jsonl | 18 | error | `missing-output` (SD101) |');
    // A second run appends again: it never truncates what other steps wrote.
    cli(['check', 'healthy.jsonl', '--reporter', 'github:out/gh.txt'], { cwd: app(), env });
    expect(await readFile(summary, 'utf8')).toMatch(/# Earlier step\n[\s\S]*### session-doctor check[\s\S]*### session-doctor check\n\n1 file checked, no problems\.\n\n$/);
  });

  it('writes no summary for other formats, or without $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(folder, 'untouched.md');
    cli(['check', 'broken.jsonl', '-f', 'sarif'], { cwd: app(), env: { GITHUB_STEP_SUMMARY: summary } });
    expect(existsSync(summary)).toBe(false);
    expect(cli(['check', 'healthy.jsonl', '-f', 'github'], { cwd: app() }).stdout).toBe('session-doctor: 1 file checked, no problems.\n');
  });
});

describe('progress', () => {
  it('stays silent when stderr is not a terminal, even with --progress', () => {
    const result = cli(['check', '.', '--progress'], { cwd: app() });
    expect(result.stderr).toBe('');
  });
});
