/** The config file through the CLI: severities, ignores, default format; flags win. */
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodexSession } from '../support/codex-session.js';
import { cli } from '../support/cli.js';

let root: string;
/** A killed session with an orphan output: missing-output and orphan-output errors, an unfinished-turn info. */
const broken = new CodexSession().execTurn('ok').startTurn().functionOutput('ghost').functionCall('killed').text();
const healthy = new CodexSession().execTurn('ok').text();

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sd-cli-config-'));
  await mkdir(join(root, 'work/fixtures'), { recursive: true });
  await writeFile(join(root, 'work/broken.jsonl'), broken);
  await writeFile(join(root, 'work/healthy.jsonl'), healthy);
  await writeFile(join(root, 'work/fixtures/also-broken.jsonl'), broken);
  // Finished sessions: a fresh file's unanswered last call would be noted as possibly still running.
  for (const name of ['work/broken.jsonl', 'work/healthy.jsonl', 'work/fixtures/also-broken.jsonl']) await utimes(join(root, name), 0, 0);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const config = (value: unknown, name = 'session-doctor.config.json') => writeFile(join(root, name), JSON.stringify(value));
const work = () => join(root, 'work');
const rulesOf = (stdout: string) => [...stdout.matchAll(/ (\S+)$/gm)].map((match) => match[1]);

describe('config file through the CLI', () => {
  it('changes severities and turns rules off (found in a parent folder)', async () => {
    await config({ rules: { 'missing-output': 'warning', SD102: 'off' } });
    const result = cli(['check', 'broken.jsonl'], { cwd: work() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning  function_call "exec_command" (call_id killed) has no function_call_output.  missing-output');
    expect(result.stdout).not.toContain('orphan-output');
  });

  it('lets --select bring back a rule the config turns off, and --ignore drop one it sets', async () => {
    await config({ rules: { 'orphan-output': 'off', 'missing-output': 'warning' } });
    const selected = cli(['check', 'broken.jsonl', '--select', 'orphan-output'], { cwd: work() });
    expect(selected.code).toBe(1);
    expect(rulesOf(selected.stdout)).toContain('orphan-output');
    const ignored = cli(['check', 'broken.jsonl', '--ignore', 'missing-output'], { cwd: work() });
    expect(ignored.stdout).not.toContain('missing-output');
  });

  it('sets the default format; --format and --reporter win', async () => {
    await config({ format: 'json' });
    expect((JSON.parse(cli(['check', 'healthy.jsonl'], { cwd: work() }).stdout) as { version: number }).version).toBe(1);
    expect(cli(['check', 'healthy.jsonl', '-f', 'compact'], { cwd: work() }).stdout).toBe('');
    expect(cli(['check', 'healthy.jsonl', '--reporter', 'stylish'], { cwd: work() }).stdout).toBe('✔ 1 file checked, no problems.\n');
  });

  it('ignores files, given on the command line or found in folders', async () => {
    await config({ ignores: ['fixtures/'] });
    const folderRun = cli(['check', '.'], { cwd: work() });
    expect(folderRun.stdout).not.toContain('also-broken');
    expect(folderRun.stdout).toContain('in 1 of 2 files');
    // A file named explicitly is not dropped silently (ESLint warns too).
    const explicit = cli(['check', 'fixtures/also-broken.jsonl'], { cwd: work() });
    expect(explicit).toEqual({
      code: 0,
      stdout: '✔ 0 files checked, no problems.\n',
      stderr:
        'session-doctor: warning: fixtures/also-broken.jsonl: ignored by the config file\'s "ignores", not checked (use --no-config to check it)\n' +
        'session-doctor: no session files (*.jsonl, *.ndjson) found\n',
    });
    // Files found in a folder are ignored quietly, as before.
    expect(cli(['check', 'fixtures'], { cwd: work() }).stderr).toBe('session-doctor: no session files (*.jsonl, *.ndjson) found\n');
  });

  it('reads the "session-doctor" key of package.json', async () => {
    await config({ name: 'project', 'session-doctor': { rules: { 'missing-output': 'off', 'orphan-output': 'off' } } }, 'package.json');
    expect(cli(['check', 'broken.jsonl'], { cwd: work() }).code).toBe(0);
  });

  it('--no-config ignores it, --config names another', async () => {
    await config({ rules: { 'missing-output': 'off', 'orphan-output': 'off' } });
    await writeFile(join(root, 'strict.json'), JSON.stringify({ rules: { 'unfinished-turn': 'error' } }));
    expect(cli(['check', 'broken.jsonl'], { cwd: work() }).code).toBe(0);
    expect(cli(['check', 'broken.jsonl', '--no-config'], { cwd: work() }).code).toBe(1);
    const strict = cli(['check', 'broken.jsonl', '--config', '../strict.json'], { cwd: work() });
    expect(strict.stdout).toMatch(/ error +The turn started at line \d+ never ended.*unfinished-turn/);
  });

  it('stops with exit code 2 and a clear message on a bad config', async () => {
    await config({ rules: { 'missing-outptu': 'error' }, format: 'html' });
    const result = cli(['check', 'broken.jsonl'], { cwd: work() });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        `session-doctor: ${join(root, 'session-doctor.config.json')}: invalid configuration:`,
        '  rules["missing-outptu"]: unknown rule "missing-outptu" (see `session-doctor rules`)',
        '  format: expected one of stylish, json, compact, sarif, github, junit',
        '',
      ].join('\n'),
    });
    expect(cli(['check', 'broken.jsonl', '--config', 'nope.json'], { cwd: work() })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'session-doctor: nope.json: cannot read the config file: no such file\n',
    });
  });

  it('applies to fix as well', async () => {
    await config({ rules: { 'orphan-output': 'off' } });
    const result = cli(['fix', 'broken.jsonl', '--dry-run', '-f', 'compact'], { cwd: work() });
    expect(result.stdout).toContain('would-fix missing-output');
    expect(result.stdout).not.toContain('orphan-output');
  });
});
