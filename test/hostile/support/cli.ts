/**
 * Runs the built CLI as a separate process, with a deadline: a hostile input must never make it hang.
 * It runs dist/bin/session-doctor.js when dist/ is built from the current src/ (as in CI, where `npm test` builds it).
 * Otherwise it builds src/ once into .cache/hostile-build/<hash of src>/ and runs that: never a stale
 * build (the crash tests need the current test hook), and never a dist/ that someone is rebuilding.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { REPO_ROOT } from './seeds.js';

/** The bundled CLI under a dist/ folder (scripts/build.mjs). */
const bundleIn = (dist: string) => join(dist, 'bin', 'session-doctor.js');

/** Whether every .ts file under src/ has its .js under dist/, and the bundle, written after it. */
function isFresh(srcFolder = join(REPO_ROOT, 'src'), distFolder = join(REPO_ROOT, 'dist'), bundle = bundleIn(distFolder)): boolean {
  if (!existsSync(bundle)) return false;
  for (const entry of readdirSync(srcFolder, { withFileTypes: true })) {
    const source = join(srcFolder, entry.name);
    if (entry.isDirectory()) {
      if (!isFresh(source, join(distFolder, entry.name), bundle)) return false;
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const built = join(distFolder, entry.name.replace(/\.ts$/, '.js'));
      const written = statSync(source).mtimeMs;
      if (!existsSync(built) || statSync(built).mtimeMs < written || statSync(bundle).mtimeMs < written) return false;
    }
  }
  return true;
}

function hashSources(folder: string, hash = createHash('sha256')): ReturnType<typeof createHash> {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name);
    hash.update(path.slice(REPO_ROOT.length));
    if (entry.isDirectory()) hashSources(path, hash);
    else hash.update(readFileSync(path));
  }
  return hash;
}

let cli: string | undefined;

/** The CLI entry point built from the current src/, building it first if need be. */
export function ensureBuilt(): string {
  if (cli) return cli;
  if (isFresh()) return (cli = bundleIn(join(REPO_ROOT, 'dist')));
  const builds = join(REPO_ROOT, '.cache', 'hostile-build');
  const hash = hashSources(join(REPO_ROOT, 'src')).update(readFileSync(join(REPO_ROOT, 'tsconfig.json'))).digest('hex').slice(0, 16);
  const home = join(builds, hash);
  const entry = bundleIn(join(home, 'dist'));
  const lock = join(builds, `${hash}.lock`);
  mkdirSync(builds, { recursive: true });
  // Test files run in parallel: one builds, the others wait for it (a lock older than 5 minutes is stale).
  let locked = false;
  for (const deadline = Date.now() + 300_000; !locked && !existsSync(entry); ) {
    try {
      mkdirSync(lock);
      locked = true;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (!existsSync(entry)) build(builds, home, hash);
  } finally {
    if (locked) rmSync(lock, { recursive: true, force: true });
  }
  return (cli = entry);
}

function build(builds: string, home: string, hash: string): void {
  // Built aside and renamed into place: a build is complete or absent.
  const scratch = join(builds, `.${hash}-${process.pid}-${Date.now()}`);
  mkdirSync(scratch, { recursive: true });
  // dist/version.js reads ../package.json, which also makes the .js files ES modules.
  copyFileSync(join(REPO_ROOT, 'package.json'), join(scratch, 'package.json'));
  const result = spawnSync(process.execPath, ['scripts/build.mjs', join(scratch, 'dist')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`building src/ for the CLI tests failed:\n${result.stdout}${result.stderr}`);
  }
  renameSync(scratch, home);
  for (const old of readdirSync(builds)) {
    const path = join(builds, old);
    if (old !== hash && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
}

export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: Buffer | string;
  /** Run the CLI through this command (e.g. setpriv, unshare); the node command line is appended. */
  readonly wrapper?: readonly string[];
  readonly timeoutMs?: number;
}

/** The environment the CLI runs in: no colour, no inherited test variables. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...extra };
}

let reachable: string | undefined;

/**
 * The CLI where any user can run it: a checkout may sit in a folder others cannot enter (a clone under a
 * private 0700 folder, as `mktemp -d` makes and many home folders are), and a test that runs the CLI as
 * `nobody` is about what nobody may do to the case's files, not to the checkout. So the bundle's folder
 * (its package.json makes it CommonJS) and the dependencies it loads at run time (fzstd, zod) are copied
 * once into a world-readable temp folder, removed when the test process exits.
 */
function reachableCli(): string {
  if (reachable) return reachable;
  const home = mkdtempSync(join(tmpdir(), 'session-doctor-cli-'));
  process.once('exit', () => rmSync(home, { recursive: true, force: true }));
  const bundle = ensureBuilt();
  cpSync(dirname(bundle), join(home, 'dist', 'bin'), { recursive: true });
  for (const dependency of RUNTIME_DEPENDENCIES) cpSync(join(REPO_ROOT, 'node_modules', dependency), join(home, 'node_modules', dependency), { recursive: true });
  chmodTree(home);
  return (reachable = join(home, 'dist', 'bin', basename(bundle)));
}

/** What the bundle loads from node_modules when it runs (the rest is bundled). */
const RUNTIME_DEPENDENCIES = ['fzstd', 'zod'];

/** Folders 0755, files 0644: readable by every user. */
function chmodTree(path: string): void {
  if (!statSync(path).isDirectory()) return chmodSync(path, 0o644);
  chmodSync(path, 0o755);
  for (const entry of readdirSync(path)) chmodTree(join(path, entry));
}

/** Whether the wrapper runs the CLI as another user (setpriv to nobody). */
const asOtherUser = (wrapper: readonly string[] | undefined) => wrapper?.includes('setpriv') === true;

export function startCli(args: readonly string[], options: RunOptions = {}): ChildProcess {
  const command = [...(options.wrapper ?? []), process.execPath, asOtherUser(options.wrapper) ? reachableCli() : ensureBuilt(), ...args];
  const spawnOptions: SpawnOptions = { cwd: options.cwd ?? REPO_ROOT, env: cliEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] };
  return spawn(command[0]!, command.slice(1), spawnOptions);
}

/**
 * How long a CLI run may take before it is taken for a hang: generous, since it guards against a CLI that
 * never ends (a FIFO read, an open stdin), not against a slow machine.
 */
export const HANG_DEADLINE_MS = 300_000;

/** Collects a started process's output until it exits; kills it and fails at the deadline. */
export function finished(child: ChildProcess, timeoutMs = HANG_DEADLINE_MS): Promise<Run> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the CLI did not finish within ${timeoutMs} ms (stderr: ${Buffer.concat(stderr).toString()})`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString() });
    });
  });
}

export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const child = startCli(args, options);
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(options.input ?? '');
  return finished(child, options.timeoutMs);
}

/**
 * What every run must show on stderr: nothing but `session-doctor: …` lines (one per problem), and no
 * stack trace or internal error.
 */
export function expectCleanStderr(stderr: string): string[] {
  const lines = stderr.split('\n').filter((line) => line !== '');
  const bad = lines.filter((line) => !line.startsWith('session-doctor: ') || line.includes('internal error'));
  if (bad.length > 0) throw new Error(`unexpected stderr:\n${stderr}`);
  return lines;
}

/** One file of a `-f json` report, as these tests read it. */
export interface JsonFile {
  readonly path: string;
  readonly error?: string;
  readonly diagnostics: { rule: string; line: number; severity: string; fixable: boolean }[];
  readonly repairs?: { rule: string; line: number }[];
  readonly written?: string;
}

/** The files of the `-f json` report a run printed on stdout. */
export const reportFiles = (run: Run): JsonFile[] => (JSON.parse(run.stdout.toString()) as { files: JsonFile[] }).files;

/** Resolves once the child has written `text` to stderr (the test hooks announce where they paused). */
export async function stderrShows(child: ChildProcess, text: string): Promise<void> {
  let seen = '';
  for await (const chunk of child.stderr!) {
    seen += (chunk as Buffer).toString();
    if (seen.includes(text)) return;
  }
  throw new Error(`the process ended without writing "${text}" (stderr: ${seen})`);
}
