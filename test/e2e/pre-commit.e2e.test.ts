/**
 * The pre-commit hooks (.pre-commit-hooks.yaml), run by the real pre-commit tool as its users run them:
 * pre-commit clones the hook repository from git, installs it with npm (the committed build: nothing is
 * compiled), and runs the hook on the files given. This is the pre-commit of the distributions (Debian 12
 * ships 3.0.4), which installs a node hook with `npm install` in the clone, `npm pack` and
 * `npm install -g <tarball>`; install.e2e.test.ts runs the npm command of pre-commit 4.6.1 and later.
 *
 * `pre-commit try-repo PATH` uses PATH's HEAD commit plus its staged and modified tracked files, but not
 * untracked ones, so it is given a snapshot of the project (test/support/project-snapshot.ts).
 *
 * Needs `pre-commit` on PATH (Debian: apt-get install -y pre-commit) and the npm registry (the hook's
 * dependencies are installed from it). Without pre-commit it is skipped, saying so, and fails under CI=true.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStream } from '../../src/checking/check-source.js';
import { CodexSession } from '../support/codex-session.js';
import { git, requireTool, snapshotOfProject, userEnv } from '../support/project-snapshot.js';

const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const PRE_COMMIT = version.status === 0 ? version.stdout.trim() : undefined;
const MISSING = 'pre-commit is not on PATH (Debian: apt-get install -y pre-commit; or pip install pre-commit)';

const broken = new CodexSession().execTurn('ok').startTurn().functionCall('killed').text();
const healthy = new CodexSession().execTurn('ok').text();

interface Run {
  readonly code: number;
  readonly output: string;
}

let folder: string;
let hookRepo: string;

/** A repository of the user's, with one session file staged. */
async function userRepo(name: string, content: string): Promise<string> {
  const repo = join(folder, name);
  await mkdir(repo);
  git(repo, 'init', '-q');
  await writeFile(join(repo, 'session.jsonl'), content);
  git(repo, 'add', 'session.jsonl');
  return repo;
}

function preCommit(repo: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'pre-commit',
      [...args, '--files', 'session.jsonl', '--color', 'never'],
      // pre-commit keeps its own state here; try-repo installs the hook afresh into a temp store anyway.
      { cwd: repo, encoding: 'utf8', timeout: 600_000, env: { ...userEnv(join(folder, 'home')), PRE_COMMIT_HOME: join(folder, 'pre-commit-home') } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

const tryRepo = (repo: string, hook: string) => preCommit(repo, ['try-repo', hookRepo, hook]);

/** The README's .pre-commit-config.yaml, as written but for the repository and the commit it names. */
async function readmeConfig(): Promise<string> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const snippet = [...readme.matchAll(/^```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)^```/gm)].map((match) => match[1]!);
  expect(snippet).toHaveLength(1);
  const commit = git(hookRepo, 'rev-parse', 'HEAD').trim();
  return snippet[0]!.replace(/^(\s*- repo: )https:\/\/github\.com\/OWNER\/session-doctor$/m, `$1${hookRepo}`).replace(/^(\s*rev: )COMMIT\b/m, `$1${commit}`);
}

let checkBroken: Run;
let readmeBroken: Run;
let checkHealthy: Run;
let fixBroken: Run;
let fixRepo: string;

beforeAll(async () => {
  if (!PRE_COMMIT) return;
  folder = await mkdtemp(join(tmpdir(), 'sd-pre-commit-'));
  hookRepo = join(folder, 'session-doctor');
  await mkdir(join(folder, 'home'));
  await snapshotOfProject(hookRepo);
  fixRepo = await userRepo('fix', broken);
  // Each run installs the hook (npm install in the clone, npm pack, npm install -g): run them side by side.
  const readmeRepo = await userRepo('readme', broken);
  await writeFile(join(readmeRepo, '.pre-commit-config.yaml'), await readmeConfig());
  git(readmeRepo, 'add', '.pre-commit-config.yaml');
  [checkBroken, checkHealthy, fixBroken, readmeBroken] = await Promise.all([
    userRepo('broken', broken).then((repo) => tryRepo(repo, 'session-doctor')),
    userRepo('healthy', healthy).then((repo) => tryRepo(repo, 'session-doctor')),
    tryRepo(fixRepo, 'session-doctor-fix'),
    preCommit(readmeRepo, ['run']),
  ]);
  console.info(`[session-doctor] hooks run with ${PRE_COMMIT}`);
}, 900_000);
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('pre-commit hooks, installed from git by the real pre-commit', () => {
  it('session-doctor fails on a broken session file and says why', (context) => {
    requireTool(PRE_COMMIT !== undefined, MISSING, (note) => context.skip(note));
    expect(checkBroken.output).toMatch(/session-doctor \(check agent session files\)\.+Failed/);
    expect(checkBroken.output).toContain('- exit code: 1');
    expect(checkBroken.output).toContain('function_call "exec_command" (call_id killed) has no function_call_output.  missing-output');
    expect(checkBroken.code).toBe(1);
  });

  it("the README's snippet works as written, once repo and rev name a repository and a commit of it", (context) => {
    requireTool(PRE_COMMIT !== undefined, MISSING, (note) => context.skip(note));
    expect(readmeBroken.output).toMatch(/session-doctor \(check agent session files\)\.+Failed/);
    expect(readmeBroken.output).toContain('missing-output');
    expect(readmeBroken.code).toBe(1);
  });

  it('session-doctor passes on a healthy one', (context) => {
    requireTool(PRE_COMMIT !== undefined, MISSING, (note) => context.skip(note));
    expect(checkHealthy.output).toMatch(/session-doctor \(check agent session files\)\.+Passed/);
    expect(checkHealthy.code).toBe(0);
  });

  it('session-doctor-fix repairs the file in place, without a backup, and fails the commit so it is re-staged', async (context) => {
    requireTool(PRE_COMMIT !== undefined, MISSING, (note) => context.skip(note));
    expect(fixBroken.output).toMatch(/session-doctor \(repair agent session files in place\)\.+Failed/);
    expect(fixBroken.output).toContain('- files were modified by this hook');
    expect(fixBroken.code).toBe(1);
    const repaired = await readFile(join(fixRepo, 'session.jsonl'), 'utf8');
    expect((await checkStream(repaired)).diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect((await readdir(fixRepo)).sort()).toEqual(['.git', 'session.jsonl']);
  });
});
