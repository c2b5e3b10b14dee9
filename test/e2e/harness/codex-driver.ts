/**
 * Drives the real Codex CLI in throw-away sandboxes against the mock Responses server.
 *
 * Every process is spawned with a time limit and remembered by PID; `reapAll()` (call it in
 * afterEach/afterAll) kills whatever is still alive, including the process tree Codex started
 * for tools (found through /proc by parent PID, killed by PID).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodexCommand } from './codex-install.js';

export interface SandboxOptions {
  /** Model slug; the default is in the built-in catalog and gets the freeform apply_patch tool. */
  model?: string;
  /** Extra top-level TOML lines, inserted before the first table (e.g. auto-compaction limit). */
  extraToml?: string[];
}

export interface Sandbox {
  root: string;
  home: string;
  codexHome: string;
  work: string;
  sessionsDir: string;
  configPath: string;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** JSON events printed by `--json` on stdout. */
  events: Array<Record<string, unknown>>;
  pid: number;
}

export function configToml(baseUrl: string, opts: SandboxOptions = {}): string {
  return [
    `model = "${opts.model ?? 'gpt-5.5'}"`,
    'model_provider = "mock"',
    'approval_policy = "never"',
    'sandbox_mode = "danger-full-access"',
    'check_for_update_on_startup = false',
    'web_search = "disabled"',
    ...(opts.extraToml ?? []),
    '[analytics]',
    'enabled = false',
    '[features]',
    'plugins = false',
    'remote_plugin = false',
    'apps = false',
    'tool_suggest = false',
    '[model_providers.mock]',
    'name = "mock"',
    `base_url = "${baseUrl}"`,
    'wire_api = "responses"',
    'request_max_retries = 0',
    'stream_max_retries = 0',
    'stream_idle_timeout_ms = 20000',
    '',
  ].join('\n');
}

const sandboxes = new Set<string>();

export async function makeSandbox(baseUrl: string, opts: SandboxOptions = {}): Promise<Sandbox> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sd-e2e-'));
  sandboxes.add(root);
  const home = path.join(root, 'home');
  const codexHome = path.join(root, 'codex_home');
  const work = path.join(root, 'work');
  await Promise.all([mkdir(home), mkdir(codexHome), mkdir(work)]);
  const configPath = path.join(codexHome, 'config.toml');
  await writeFile(configPath, configToml(baseUrl, opts));
  return { root, home, codexHome, work, sessionsDir: path.join(codexHome, 'sessions'), configPath };
}

export async function removeSandbox(sb: Sandbox): Promise<void> {
  if (process.env['SESSION_DOCTOR_E2E_KEEP']) return;
  sandboxes.delete(sb.root);
  await rm(sb.root, { recursive: true, force: true });
}

export async function removeAllSandboxes(): Promise<void> {
  if (process.env['SESSION_DOCTOR_E2E_KEEP']) return;
  await Promise.all([...sandboxes].map((r) => rm(r, { recursive: true, force: true })));
  sandboxes.clear();
}

// ---------------------------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------------------------

const live = new Map<number, ChildProcess>();

/** PIDs of all descendants of `pid` (Linux /proc; empty elsewhere). */
export function descendants(pid: number): number[] {
  if (!existsSync('/proc')) return [];
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid ... ; comm may contain spaces/parens: split after the last ')'.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(rest[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // process vanished
    }
  }
  const out: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() as number;
    for (const c of children.get(p) ?? []) {
      out.push(c);
      stack.push(c);
    }
  }
  return out;
}

function killPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** Kill one process we started, by PID, plus the processes it spawned (by PID). */
export function killTree(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  const kids = descendants(pid);
  killPid(pid, signal);
  for (const k of kids) killPid(k, 'SIGKILL');
}

/** Kill every process this module started that is still alive, and their descendants. */
export function reapAll(): void {
  for (const [pid] of live) killTree(pid, 'SIGKILL');
  live.clear();
}

export interface SpawnOptions {
  timeoutMs?: number;
  cwd?: string;
  /** Extra env entries (added to PATH/HOME/CODEX_HOME/TERM/RUST_LOG). */
  env?: Record<string, string>;
}

export interface RunningCodex {
  pid: number;
  child: ChildProcess;
  done: Promise<RunResult>;
  /** Current stdout/stderr (grows while running). */
  output(): { stdout: string; stderr: string };
  /** PIDs of the processes Codex has started (tools), right now. */
  children(): number[];
  /**
   * Send `signal` to Codex (by PID), wait for it to exit, then SIGKILL the tool processes it
   * had started (snapshotted before the signal, killed by PID).
   */
  kill(signal: NodeJS.Signals): Promise<RunResult>;
}

export function codexEnv(sb: Sandbox, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: sb.home,
    CODEX_HOME: sb.codexHome,
    TERM: 'dumb',
    RUST_LOG: 'info',
    ...extra,
  };
}

function parseEvents(stdout: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const line of stdout.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    try {
      const v: unknown = JSON.parse(t);
      if (v && typeof v === 'object') out.push(v as Record<string, unknown>);
    } catch {
      // not an event
    }
  }
  return out;
}

export function startCodex(codex: CodexCommand, sb: Sandbox, args: string[], opts: SpawnOptions = {}): RunningCodex {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const child = spawn(codex.file, [...codex.prefixArgs, ...args], {
    cwd: opts.cwd ?? sb.work,
    env: codexEnv(sb, opts.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn ${codex.file}`);
  live.set(pid, child);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killTree(pid, 'SIGKILL');
  }, timeoutMs);
  const done = new Promise<RunResult>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // (Tools Codex started are reaped by kill()/killTree(), which list them before the signal:
      // once Codex is gone they are re-parented and no longer findable by parent PID.)
      live.delete(pid);
      resolve({ code, signal, stdout, stderr, timedOut, events: parseEvents(stdout), pid });
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      live.delete(pid);
      resolve({ code: null, signal: null, stdout, stderr: `${stderr}\n${String(err)}`, timedOut, events: [], pid });
    });
  });
  const kill = async (signal: NodeJS.Signals): Promise<RunResult> => {
    const kids = descendants(pid);
    killPid(pid, signal);
    const res = await done;
    for (const k of kids) killPid(k, 'SIGKILL');
    return res;
  };
  return { pid, child, done, output: () => ({ stdout, stderr }), children: () => descendants(pid), kill };
}

export function execArgs(prompt: string): string[] {
  return ['exec', '--skip-git-repo-check', '--json', prompt];
}

export function resumeArgs(sessionId: string, prompt: string): string[] {
  return ['exec', 'resume', '--skip-git-repo-check', '--json', sessionId, prompt];
}

export async function codexExec(codex: CodexCommand, sb: Sandbox, prompt: string, opts: SpawnOptions = {}): Promise<RunResult> {
  return startCodex(codex, sb, execArgs(prompt), opts).done;
}

export async function codexResume(
  codex: CodexCommand,
  sb: Sandbox,
  sessionId: string,
  prompt: string,
  opts: SpawnOptions = {},
): Promise<RunResult> {
  return startCodex(codex, sb, resumeArgs(sessionId, prompt), opts).done;
}

// ---------------------------------------------------------------------------------------------
// Rollout files
// ---------------------------------------------------------------------------------------------

async function walk(dir: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

/** All files under `$CODEX_HOME/sessions` (any name). */
export async function sessionFiles(sb: Sandbox): Promise<string[]> {
  return (await walk(sb.sessionsDir)).sort();
}

/** Canonical rollout files `rollout-*.jsonl` under `$CODEX_HOME/sessions`. */
export async function rolloutFiles(sb: Sandbox): Promise<string[]> {
  return (await sessionFiles(sb)).filter((p) => /^rollout-.*\.jsonl$/.test(path.basename(p)));
}

/** The single rollout file of the sandbox (throws when there are 0 or several). */
export async function theRollout(sb: Sandbox): Promise<string> {
  const files = await rolloutFiles(sb);
  if (files.length !== 1) throw new Error(`expected exactly one rollout file, found ${files.length}: ${files.join(', ')}`);
  return files[0] as string;
}

/** Session id from the first record (session_meta.payload.id). */
export function sessionIdOf(file: string): string {
  const first = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n')[0] ?? '';
  const rec = JSON.parse(first) as { type?: string; payload?: { id?: string } };
  if (rec.type !== 'session_meta' || typeof rec.payload?.id !== 'string') {
    throw new Error(`${file}: first record is not a session_meta with an id`);
  }
  return rec.payload.id;
}

/** Polls until `predicate(file text)` holds; resolves with the text. */
export async function waitForFile(
  sb: Sandbox,
  predicate: (text: string, file: string) => boolean,
  timeoutMs = 30_000,
): Promise<{ file: string; text: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const f of await rolloutFiles(sb)) {
      let text = '';
      try {
        text = readFileSync(f, 'utf8');
      } catch {
        continue;
      }
      if (predicate(text, f)) return { file: f, text };
    }
    if (Date.now() > deadline) throw new Error('timed out waiting for the rollout file condition');
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---------------------------------------------------------------------------------------------
// Snapshots of CODEX_HOME (rollouts + Codex's SQLite state), to replay a resume from one state
// ---------------------------------------------------------------------------------------------

/** Copies `$CODEX_HOME` (Codex must not be running) and returns the copy's path. */
export async function snapshotCodexHome(sb: Sandbox): Promise<string> {
  const dest = path.join(sb.root, `snapshot-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  await cp(sb.codexHome, dest, { recursive: true, preserveTimestamps: true });
  return dest;
}

/** Puts `$CODEX_HOME` back exactly as it was when the snapshot was taken (same absolute path). */
export async function restoreCodexHome(sb: Sandbox, snapshot: string): Promise<void> {
  await rm(sb.codexHome, { recursive: true, force: true });
  await cp(snapshot, sb.codexHome, { recursive: true, preserveTimestamps: true });
}

// ---------------------------------------------------------------------------------------------
// Codex's log output (stderr with RUST_LOG=info)
// ---------------------------------------------------------------------------------------------

export interface LogEntry {
  level: 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE';
  /** Rust module path, e.g. `codex_core::util`. */
  target: string;
  /** The message without timestamp, level, spans and target. */
  message: string;
  raw: string;
}

/** Parses tracing lines `<ts>  LEVEL spans…: target: message`. */
export function parseLogs(stderr: string): LogEntry[] {
  const clean = stderr.replace(/\x1b\[[0-9;]*m/g, '');
  const out: LogEntry[] = [];
  for (const raw of clean.split('\n')) {
    const m = /^\S+\s+(ERROR|WARN|INFO|DEBUG|TRACE)\s+(.*)$/.exec(raw);
    if (!m) continue;
    let rest = m[2] as string;
    // Spans end with `}: ` (or `span_name: `); the target is the last `a::b: ` before the message.
    const t = /(?:^|[}\s])([a-z_][a-z0-9_]*(?:::[a-z0-9_]+)+): (.*)$/.exec(rest);
    let target = '';
    if (t) {
      target = t[1] as string;
      rest = t[2] as string;
    }
    out.push({ level: m[1] as LogEntry['level'], target, message: rest, raw });
  }
  return out;
}

/** Non-log lines Codex prints on fatal errors, e.g. `Error: thread/resume: …`. */
export function fatalLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('Error: '));
}
