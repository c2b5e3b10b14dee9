import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaudeTranscript } from '../support/claude-transcript.js';
import { CodexSession } from '../support/codex-session.js';
import { cli } from '../support/cli.js';
import { VERSION } from '../../src/version.js';

let folder: string;
const healthy = new CodexSession().execTurn('a').text();
const killedSession = new CodexSession().execTurn('a').startTurn().functionCall('call_killed');
const killed = killedSession.text();
const warnOnly = healthy.replace(/\n$/, '');

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-cli-'));
  await mkdir(join(folder, 'tree/2026/03/04'), { recursive: true });
  await writeFile(join(folder, 'healthy.jsonl'), healthy);
  await writeFile(join(folder, 'killed.jsonl'), killed);
  await writeFile(join(folder, 'warn.jsonl'), warnOnly);
  await writeFile(join(folder, 'tree/2026/03/04/a.jsonl'), healthy);
  await writeFile(join(folder, 'tree/2026/03/04/b.ndjson'), killed);
  await writeFile(join(folder, 'tree/2026/03/04/notes.txt'), 'not a session');
  await writeFile(join(folder, 'tree/2026/03/04/a.jsonl.bak'), 'not a session either');
  await symlink(join(folder, 'tree'), join(folder, 'tree/2026/loop'));
  // Finished sessions: a fresh file's unanswered last call would be noted as possibly still running.
  for (const name of ['healthy.jsonl', 'killed.jsonl', 'warn.jsonl', 'tree/2026/03/04/a.jsonl', 'tree/2026/03/04/b.ndjson']) await utimes(join(folder, name), 0, 0);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('session-doctor check', () => {
  it('exits 0 on a healthy file and says so', () => {
    const result = cli(['check', join(folder, 'healthy.jsonl')]);
    expect(result).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems.\n', stderr: '' });
  });

  it('exits 1 on errors, with a stylish report grouped by file', () => {
    const result = cli(['check', 'killed.jsonl'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const line = killedSession.lastLine;
    expect(result.stdout).toBe(
      [
        `killed.jsonl (codex, ${line} records)`,
        `  ${line - 4}  info   The turn started at line ${line - 4} never ended; the session was interrupted or is still running.  unfinished-turn`,
        `  ${line}  error  function_call "exec_command" (call_id call_killed) has no function_call_output.  missing-output`,
        '',
        '✖ 2 problems (1 error, 0 warnings, 1 info) in 1 of 1 file.',
        '  1 fixable with `session-doctor fix`.',
        '',
      ].join('\n'),
    );
  });

  it('prints the versioned JSON contract', () => {
    const result = cli(['check', '--format', 'json', 'killed.jsonl', 'healthy.jsonl'], { cwd: folder });
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout);
    expect(document.version).toBe(1);
    expect(document.files[0]).toEqual({
      path: 'killed.jsonl',
      format: 'codex',
      records: killedSession.lastLine,
      diagnostics: [
        expect.objectContaining({ rule: 'unfinished-turn', code: 'SD307', severity: 'info', fixable: false }),
        {
          rule: 'missing-output',
          code: 'SD101',
          severity: 'error',
          line: killedSession.lastLine,
          message: 'function_call "exec_command" (call_id call_killed) has no function_call_output.',
          callId: 'call_killed',
          fixable: true,
          applicability: 'safe',
          url: `https://unpkg.com/session-doctor@${VERSION}/docs/rules/missing-output.md`,
        },
      ],
    });
    expect(document.files[1]).toEqual({ path: 'healthy.jsonl', format: 'codex', records: 12, diagnostics: [] });
    expect(document.summary).toEqual({ files: 2, filesWithProblems: 1, errors: 1, warnings: 0, infos: 1, fixable: 1, unsafeFixable: 0, repaired: 0, wouldRepair: 0, unreadable: 0 });
  });

  it('prints one line per problem with --format compact', () => {
    const result = cli(['check', '-f', 'compact', '--select', 'SD1', 'killed.jsonl'], { cwd: folder });
    expect(result.stdout).toBe(`killed.jsonl:${killedSession.lastLine}:1: error missing-output function_call "exec_command" (call_id call_killed) has no function_call_output.\n`);
  });

  it('searches folders recursively for *.jsonl and *.ndjson, in order, without following folder links', () => {
    const result = cli(['check', '-f', 'json', 'tree'], { cwd: folder });
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual(['tree/2026/03/04/a.jsonl', 'tree/2026/03/04/b.ndjson']);
  });

  it('selects and ignores rules by name, code and code prefix', () => {
    const rules = (args: string[]) => JSON.parse(cli(['check', '-f', 'json', ...args, 'killed.jsonl'], { cwd: folder }).stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules(['--select', 'missing-output'])).toEqual(['missing-output']);
    expect(rules(['--select', 'SD307'])).toEqual(['unfinished-turn']);
    expect(rules(['--ignore', 'SD1'])).toEqual(['unfinished-turn']);
    expect(rules(['--ignore', 'unfinished-turn,missing-output'])).toEqual([]);
  });

  it('--quiet reports errors only; --max-warnings turns warnings into exit 1', () => {
    expect(cli(['check', '-q', '-f', 'compact', 'killed.jsonl'], { cwd: folder }).stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(cli(['check', 'warn.jsonl'], { cwd: folder }).code).toBe(0);
    expect(cli(['check', '--max-warnings', '0', 'warn.jsonl'], { cwd: folder }).code).toBe(1);
    expect(cli(['check', '--max-warnings', '1', 'warn.jsonl'], { cwd: folder }).code).toBe(0);
  });

  it('writes the report to --output-file, and nothing to stdout', async () => {
    const result = cli(['check', '-f', 'json', '--output-file', 'report.json', 'killed.jsonl'], { cwd: folder });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    const { readFile } = await import('node:fs/promises');
    expect(JSON.parse(await readFile(join(folder, 'report.json'), 'utf8')).files).toHaveLength(1);
  });

  it('reads stdin for -, named by --stdin-filename', () => {
    const result = cli(['check', '-f', 'compact', '--select', 'SD1', '--stdin-filename', 'piped.jsonl', '-'], { input: killed });
    expect(result.code).toBe(1);
    expect(result.stdout.startsWith(`piped.jsonl:${killedSession.lastLine}:1: error missing-output`)).toBe(true);
  });

  it('reads paths from --files-from', () => {
    const result = cli(['check', '-f', 'json', '--files-from', '-'], { cwd: folder, input: 'healthy.jsonl\n\nkilled.jsonl\n' });
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual(['healthy.jsonl', 'killed.jsonl']);
  });

  it('checks the Codex session store when no path is given, and says so', async () => {
    const home = join(folder, 'codex-home');
    await mkdir(join(home, 'sessions/2026/03/04'), { recursive: true });
    await writeFile(join(home, 'sessions/2026/03/04/rollout-2026-03-04T10-00-00-01a20fe4-3815-73a2-be7d-d3d6632ba6c2.jsonl'), healthy);
    const noClaude = join(folder, 'no-claude');
    const result = cli(['check'], { env: { CODEX_HOME: home, CLAUDE_CONFIG_DIR: noClaude } });
    expect(result).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems.\n', stderr: `session-doctor: no paths given; checking the Codex session store ${join(home, 'sessions')}\n` });
    const missing = cli(['check'], { env: { CODEX_HOME: join(folder, 'nowhere'), CLAUDE_CONFIG_DIR: noClaude } });
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: `session-doctor: ${join(folder, 'nowhere/sessions')}: no paths given, and there is no Codex session store here, nor a Claude Code store at ${join(noClaude, 'projects')}\n`,
    });
  });

  it('checks Claude Code\'s store ($CLAUDE_CONFIG_DIR/projects) too when no path is given, and says which', async () => {
    const codex = join(folder, 'codex-both');
    const claude = join(folder, 'claude-config');
    await mkdir(join(codex, 'sessions/2026/03/04'), { recursive: true });
    await writeFile(join(codex, 'sessions/2026/03/04/rollout-2026-03-04T10-00-00-01a20fe4-3815-73a2-be7d-d3d6632ba6c2.jsonl'), healthy);
    await mkdir(join(claude, 'projects/-home-dev-project'), { recursive: true });
    await writeFile(join(claude, 'projects/-home-dev-project/5b0e2c1a-9d3f-4e8b-a7c6-1f2e3d4c5b6a.jsonl'), new ClaudeTranscript().bashTurn('toolu_1').text());
    const both = cli(['check', '-f', 'json'], { env: { CODEX_HOME: codex, CLAUDE_CONFIG_DIR: claude } });
    expect(both.stderr).toBe(`session-doctor: no paths given; checking the Codex session store ${join(codex, 'sessions')} and the Claude Code store ${join(claude, 'projects')}\n`);
    expect(JSON.parse(both.stdout).files.map((file: { format: string }) => file.format)).toEqual(['codex', 'claude-code']);
    const only = cli(['check'], { env: { CODEX_HOME: join(folder, 'nowhere'), CLAUDE_CONFIG_DIR: claude } });
    expect(only).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems.\n', stderr: `session-doctor: no paths given; checking the Claude Code store ${join(claude, 'projects')}\n` });
  });

  it('reads NUL-separated --files-from lists (-0), and takes each path exactly as written', async () => {
    await writeFile(join(folder, ' spaced name .jsonl'), healthy);
    const nul = cli(['check', '-f', 'json', '-0', '--files-from', '-'], { cwd: folder, input: 'healthy.jsonl\0 spaced name .jsonl\0\0killed.jsonl\0' });
    expect(JSON.parse(nul.stdout).files.map((file: { path: string }) => file.path)).toEqual(['healthy.jsonl', ' spaced name .jsonl', 'killed.jsonl']);
    const lines = cli(['check', '-f', 'json', '--files-from', '-'], { cwd: folder, input: ' spaced name .jsonl\r\nhealthy.jsonl\n' });
    expect(JSON.parse(lines.stdout).files.map((file: { path: string }) => file.path)).toEqual([' spaced name .jsonl', 'healthy.jsonl']);
    await rm(join(folder, ' spaced name .jsonl'));
  });

  it('counts d/x and ./d/x as one file', () => {
    const result = cli(['check', '-f', 'json', 'killed.jsonl', './killed.jsonl', `${folder}/killed.jsonl`], { cwd: folder });
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual(['killed.jsonl']);
  });

  it('exits 2 for an unreadable path, names it on stderr, and still checks and reports the others', () => {
    const result = cli(['check', '-f', 'json', 'missing.jsonl', 'killed.jsonl'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('session-doctor: missing.jsonl: no such file or folder\n');
    const files = JSON.parse(result.stdout).files;
    expect(files[0]).toEqual({ path: 'missing.jsonl', error: 'no such file or folder', diagnostics: [] });
    expect(files[1].diagnostics).toHaveLength(2);
    const stylish = cli(['check', 'missing.jsonl'], { cwd: folder });
    expect(stylish.stdout).toContain('✖ 1 file could not be read.\n');
    expect(stylish.stderr).toBe('session-doctor: missing.jsonl: no such file or folder\n');
  });

  it('suggests the command meant for a mistyped one', () => {
    expect(cli(['chek'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'session-doctor: Unknown argument: chek. Did you mean check?\nRun `session-doctor --help` for usage.\n',
    });
  });

  it('--statistics prints per-rule counts instead of every problem', () => {
    const result = cli(['check', '--statistics', 'killed.jsonl', 'tree'], { cwd: folder });
    expect(result.stdout).toBe(
      ['2  SD101  missing-output   2 fixable', '2  SD307  unfinished-turn', '', '✖ 4 problems (2 errors, 0 warnings, 2 infos) in 2 of 3 files.', '  2 fixable with `session-doctor fix`.', ''].join('\n'),
    );
    const json = JSON.parse(cli(['check', '--statistics', '-f', 'json', 'killed.jsonl', 'tree'], { cwd: folder }).stdout);
    expect(json.statistics).toEqual([
      { rule: 'missing-output', code: 'SD101', count: 2, fixable: 2, unsafeFixable: 0 },
      { rule: 'unfinished-turn', code: 'SD307', count: 2, fixable: 0, unsafeFixable: 0 },
    ]);
    expect(json.files).toHaveLength(3);
  });

  it('exits 2 with one line for usage errors: unknown option, unknown rule, bad format', () => {
    for (const args of [['check', '--nope'], ['check', 'healthy.jsonl', '--nope'], ['check', '--select', 'no-such-rule', 'x.jsonl'], ['check', '-f', 'xml', 'healthy.jsonl'], []]) {
      const result = cli(args, { cwd: folder });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^session-doctor: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  describe('colour', () => {
    it('is off when piped, on with --color or FORCE_COLOR, and NO_COLOR turns it off', () => {
      const ansi = /\u001b\[/;
      expect(cli(['check', 'killed.jsonl'], { cwd: folder }).stdout).not.toMatch(ansi);
      expect(cli(['check', '--color', 'killed.jsonl'], { cwd: folder }).stdout).toMatch(ansi);
      expect(cli(['check', 'killed.jsonl'], { cwd: folder, env: { FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
      expect(cli(['check', 'killed.jsonl'], { cwd: folder, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ansi);
      expect(cli(['check', '-f', 'json', '--color', 'killed.jsonl'], { cwd: folder }).stdout).not.toMatch(ansi);
    });

    it('takes --color=always|never|auto and --color WHEN, never WHEN as a path', () => {
      const ansi = /\u001b\[/;
      expect(cli(['check', '--color=always', 'killed.jsonl'], { cwd: folder }).stdout).toMatch(ansi);
      expect(cli(['check', '--color=never', 'killed.jsonl'], { cwd: folder, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
      expect(cli(['check', '--color=auto', 'killed.jsonl'], { cwd: folder, env: { FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
      const separate = cli(['check', '--color', 'never', 'killed.jsonl'], { cwd: folder, env: { FORCE_COLOR: '1' } });
      expect(separate.stdout).not.toMatch(ansi);
      expect(separate.stdout).toContain('in 1 of 1 file.');
      expect(cli(['check', '--color=sometimes', 'killed.jsonl'], { cwd: folder })).toEqual({
        code: 2,
        stdout: '',
        stderr: 'session-doctor: --color=sometimes: choose always, never or auto\nRun `session-doctor --help` for usage.\n',
      });
    });
  });
});

describe('session-doctor rules and explain', () => {
  it('lists every rule with its code, severity and fixability', () => {
    const result = cli(['rules']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^code\s+rule\s+severity\s+fix\s+what it finds$/);
    expect(result.stdout).toMatch(/^SD101\s+missing-output\s+error\s+yes\s+A tool call has no output\.$/m);
    const json = JSON.parse(cli(['rules', '-f', 'json']).stdout);
    expect(json).toHaveLength(30);
  });

  it('explains a rule by name or code, and exits 2 for an unknown one', () => {
    const byName = cli(['explain', 'torn-final-line']);
    expect(byName.code).toBe(0);
    expect(byName.stdout).toMatch(/^torn-final-line \(SD202\)\n\nThe last line is incomplete JSON without a newline\.\n\nDefault severity: error\nFixable: yes/);
    expect(cli(['explain', 'sd202']).stdout).toBe(byName.stdout);
    expect(byName.stdout.endsWith(`\n\nDocumentation: https://unpkg.com/session-doctor@${VERSION}/docs/rules/torn-final-line.md\n`)).toBe(true);
    expect(cli(['explain', 'orphan-output']).stdout).toContain('Fixable: yes, unsafe: `session-doctor fix --unsafe-fixes` applies it');
    expect(cli(['explain', 'nope'])).toEqual({ code: 2, stdout: '', stderr: 'session-doctor: unknown rule "nope" (see `session-doctor rules`)\n' });
  });
});
