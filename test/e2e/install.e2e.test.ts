/**
 * The real install paths, run with the real npm on a snapshot of the project (test/support/project-snapshot.ts):
 *
 * - pre-commit 4.6.2 and 4.6.1 install a `language: node` hook with exactly
 *   `npm install --allow-git=root [--install-links] -g git+file://<clone>`, run in the clone, with the
 *   environment of pre-commit's `get_env_patch` (pre_commit/languages/node.py): NODE_VIRTUAL_ENV,
 *   NPM_CONFIG_PREFIX and npm_config_prefix set to the hook's env folder, NPM_CONFIG_USERCONFIG and
 *   npm_config_userconfig unset, NODE_PATH=<env>/lib/node_modules, <env>/bin first on PATH. Those
 *   versions cannot be installed here (no PyPI), so their command is run as they run it; each also under
 *   npm's strict install-script policy (--strict-allow-scripts). Then the installed hook (its `entry`
 *   from .pre-commit-hooks.yaml) runs on a broken session file and fails it, and passes a healthy one.
 * - The README's install commands (a clone, a global install from git, a tarball), as written but for the
 *   repository's URL, which points at the snapshot; the global prefix is a temp folder (NPM_CONFIG_PREFIX).
 * - A fresh clone's `npm ci` (no build) leaves a working `npx session-doctor`, and the clone unchanged.
 * - The packed tarball installs globally and into a project with no install-script warning, also under
 *   --strict-allow-scripts, and the installed package can be imported and required by name.
 *
 * Every install has its own HOME (so its own npm cache) and none of the npm_* variables that `npm run`
 * gives this test. Needs the npm registry (the dependencies are fetched from it).
 */
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CodexSession } from '../support/codex-session.js';
import { PROJECT_ROOT, snapshotOfProject, userEnv } from '../support/project-snapshot.js';

interface Run {
  readonly code: number;
  readonly stdout: string;
  /** stdout and stderr. */
  readonly output: string;
}

const broken = new CodexSession().execTurn('ok').startTurn().functionCall('killed').text();
const healthy = new CodexSession().execTurn('ok').text();
/** What npm says of a package with install scripts (npm 11.16+: allowScripts); none may appear. */
const SCRIPT_WARNING = /allow-?scripts|install scripts|ESTRICTALLOWSCRIPTS/i;

let folder: string;
let snapshot: string;
let sessions: string;

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, encoding: 'utf8', timeout: 300_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, output: `${stdout}${stderr}` }),
    );
  });
}

async function cleanEnv(name: string): Promise<NodeJS.ProcessEnv> {
  const home = join(folder, name, 'home');
  await mkdir(home, { recursive: true });
  return userEnv(home);
}

/** pre-commit's get_env_patch for a hook environment folder. */
function preCommitEnv(base: NodeJS.ProcessEnv, envdir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    NODE_VIRTUAL_ENV: envdir,
    NPM_CONFIG_PREFIX: envdir,
    npm_config_prefix: envdir,
    NODE_PATH: join(envdir, 'lib', 'node_modules'),
    PATH: `${join(envdir, 'bin')}${delimiter}${base.PATH ?? ''}`,
  };
  delete env.NPM_CONFIG_USERCONFIG;
  delete env.npm_config_userconfig;
  return env;
}

interface HookInstall {
  readonly install: Run;
  readonly bin: string;
  readonly broken: Run;
  readonly healthy: Run;
}

/** Installs the hook as a pre-commit of 4.6.1 or later does, then runs its entry on each session file. */
async function installAsPreCommit(name: string, flags: readonly string[]): Promise<HookInstall> {
  const base = await cleanEnv(name);
  const envdir = join(folder, name, 'node_env-system');
  // nodeenv makes the folder (and bin/); npm --strict-allow-scripts also needs lib/ to exist in a new prefix.
  await mkdir(join(envdir, 'bin'), { recursive: true });
  if (flags.includes('--strict-allow-scripts')) await mkdir(join(envdir, 'lib'));
  const env = preCommitEnv(base, envdir);
  const install = await run('npm', ['install', '--allow-git=root', ...flags, '-g', `git+file://${snapshot}`], snapshot, env);
  const hooks = parse(await readFile(join(snapshot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string }[];
  const [command, ...args] = hooks.find((hook) => hook.id === 'session-doctor')!.entry.split(' ');
  const hook = (file: string) => run(command!, [...args, file], sessions, env);
  return { install, bin: join(envdir, 'bin', 'session-doctor'), broken: await hook('broken.jsonl'), healthy: await hook('healthy.jsonl') };
}

const HOOK_FORMS = {
  'pre-commit 4.6.2': ['--install-links'],
  'pre-commit 4.6.1': [],
  'pre-commit 4.6.2, --strict-allow-scripts': ['--install-links', '--strict-allow-scripts'],
  'pre-commit 4.6.1, --strict-allow-scripts': ['--strict-allow-scripts'],
} as const;

const hookInstalls = new Map<string, HookInstall>();
let tarball: string;
let globalTarball: { install: Run; check: Run; version: Run };
let localTarball: { install: Run; use: Run };
let freshClone: { install: Run; check: Run; status: Run };
let readmeInstall: { script: string; run: Run; check: Run };

/** The README's install commands, with this repository's URL for the one it names. */
async function readmeInstallScript(): Promise<string> {
  const readme = await readFile(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Installing\n'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block.replaceAll('https://github.com/OWNER/session-doctor.git', `file://${snapshot}`);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-install-'));
  snapshot = join(folder, 'session-doctor');
  await snapshotOfProject(snapshot);
  sessions = join(folder, 'sessions');
  await mkdir(sessions);
  await writeFile(join(sessions, 'broken.jsonl'), broken);
  await writeFile(join(sessions, 'healthy.jsonl'), healthy);

  const packEnv = await cleanEnv('pack');
  const pack = await run('npm', ['pack', '--pack-destination', folder], snapshot, packEnv);
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.output}`);
  tarball = join(folder, pack.stdout.trim());

  const tarballGlobal = async () => {
    const env = await cleanEnv('tarball-global');
    const prefix = join(folder, 'tarball-global', 'prefix');
    await mkdir(join(prefix, 'lib'), { recursive: true });
    const install = await run('npm', ['install', '-g', '--strict-allow-scripts', '--prefix', prefix, tarball], folder, env);
    const bin = join(prefix, 'bin', 'session-doctor');
    return { install, check: await run(bin, ['check', 'broken.jsonl'], sessions, env), version: await run(bin, ['--version'], sessions, env) };
  };
  const tarballLocal = async () => {
    const env = await cleanEnv('tarball-local');
    const project = join(folder, 'tarball-local', 'project');
    await mkdir(project);
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    const install = await run('npm', ['install', '--strict-allow-scripts', '--no-audit', '--no-fund', tarball], project, env);
    await writeFile(
      join(project, 'use.mjs'),
      `import { createRequire } from 'node:module';
import * as imported from 'session-doctor';
const required = createRequire(import.meta.url)('session-doctor');
const report = await imported.check({ content: ${JSON.stringify(broken)}, path: 'x.jsonl' });
console.log(JSON.stringify({ same: imported.check === required.check, rules: report.diagnostics.map((d) => d.rule) }));
`,
    );
    return { install, use: await run(process.execPath, ['use.mjs'], project, env) };
  };
  const cloned = async () => {
    const env = await cleanEnv('clone');
    const clone = join(folder, 'clone', 'session-doctor');
    const cloning = await run('git', ['clone', '-q', snapshot, clone], folder, env);
    if (cloning.code !== 0) throw new Error(`git clone failed:\n${cloning.output}`);
    const install = await run('npm', ['ci', '--no-audit', '--no-fund'], clone, env);
    const check = await run('npx', ['session-doctor', 'check', 'samples'], clone, env);
    return { install, check, status: await run('git', ['status', '--porcelain'], clone, env) };
  };
  const asInReadme = async () => {
    const env = await cleanEnv('readme');
    const prefix = join(folder, 'readme', 'prefix');
    await mkdir(join(prefix, 'lib'), { recursive: true });
    const script = await readmeInstallScript();
    const result = await run('bash', ['-e', '-o', 'pipefail', '-c', script], join(folder, 'readme'), { ...env, NPM_CONFIG_PREFIX: prefix });
    return { script, run: result, check: await run(join(prefix, 'bin', 'session-doctor'), ['check', 'broken.jsonl'], sessions, env) };
  };
  // Each install fetches the dependencies from the registry: side by side.
  const [readme, clone, global, local, ...hooks] = await Promise.all([
    asInReadme(),
    cloned(),
    tarballGlobal(),
    tarballLocal(),
    ...Object.entries(HOOK_FORMS).map(([form, flags], index) => installAsPreCommit(`hook-${index}`, flags).then((result) => [form, result] as const)),
  ]);
  readmeInstall = readme;
  freshClone = clone;
  globalTarball = global;
  localTarball = local;
  for (const [form, result] of hooks) hookInstalls.set(form, result);
}, 900_000);
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe.each(Object.keys(HOOK_FORMS))('installed from git as %s does', (form) => {
  it('installs with no build and no install script, and the hook fails a broken session file', () => {
    const { install, bin, broken: onBroken } = hookInstalls.get(form)!;
    expect(install.output).not.toMatch(SCRIPT_WARNING);
    expect(install.code, install.output).toBe(0);
    // A real file, not a link into a deleted clone in npm's cache (what a `prepare` script led to).
    expect(existsSync(bin) && !realpathSync(bin).includes('_cacache')).toBe(true);
    expect(onBroken.output).toContain('function_call "exec_command" (call_id killed) has no function_call_output.  missing-output');
    expect(onBroken.code).toBe(1);
  });

  it('passes a healthy one', () => {
    const { healthy: onHealthy } = hookInstalls.get(form)!;
    expect(onHealthy.output).toContain('no problems');
    expect(onHealthy.code).toBe(0);
  });
});

describe("the README's install commands", () => {
  it('run as written (the repository URL aside), and the command they install works', () => {
    expect(readmeInstall.script).toMatch(/^git clone /m);
    expect(readmeInstall.script).toMatch(/^npm install -g git\+file:/m);
    expect(readmeInstall.script).toMatch(/^npm install -g \.\/session-doctor-[\d.]+\.tgz/m);
    expect(readmeInstall.run.code, readmeInstall.run.output).toBe(0);
    expect(readmeInstall.run.output).not.toMatch(SCRIPT_WARNING);
    expect(readmeInstall.check.output).toContain('missing-output');
    expect(readmeInstall.check.code).toBe(1);
  });
});

describe('a fresh clone', () => {
  it("npm ci builds nothing, and npx session-doctor then works on the samples and changes no tracked file", () => {
    expect(freshClone.install.code, freshClone.install.output).toBe(0);
    expect(freshClone.install.output).not.toContain('build:dist');
    expect(freshClone.check.stdout).toMatch(/\d+ problems \(\d+ errors/);
    expect(freshClone.check.code).toBe(1);
    expect(freshClone.status.stdout).toBe('');
  });
});

describe('the packed tarball', () => {
  it('ships the committed build, the licence and no install script', async () => {
    const manifest = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; version: string };
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'build']) expect(manifest.scripts).not.toHaveProperty(script);
    expect(tarball.endsWith(`session-doctor-${manifest.version}.tgz`)).toBe(true);
    const list = await run('tar', ['-tzf', tarball], folder, process.env);
    for (const file of ['package/LICENSE', 'package/dist/index.js', 'package/dist/index.d.ts', 'package/dist/bin/session-doctor.js']) expect(list.output.split('\n')).toContain(file);
  });

  it('installs globally under --strict-allow-scripts with no warning, and the command works', () => {
    expect(globalTarball.install.output).not.toMatch(SCRIPT_WARNING);
    expect(globalTarball.install.code, globalTarball.install.output).toBe(0);
    expect(globalTarball.check.output).toContain('missing-output');
    expect(globalTarball.check.code).toBe(1);
    expect(globalTarball.version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('installs into a project under --strict-allow-scripts with no warning; import and require both load it', () => {
    expect(localTarball.install.output).not.toMatch(SCRIPT_WARNING);
    expect(localTarball.install.code, localTarball.install.output).toBe(0);
    expect(localTarball.use.code, localTarball.use.output).toBe(0);
    expect(JSON.parse(localTarball.use.stdout)).toEqual({ same: true, rules: ['unfinished-turn', 'missing-output'] });
  });
});
