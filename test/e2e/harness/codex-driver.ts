/**
 * Drives the real Codex CLI in throw-away sandboxes against the mock Responses server.
 *
 * Processes and sandboxes are tracked by ./processes.ts (`reapAll()`, `removeAllSandboxes()`).
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { CodexCommand } from './codex-install.js';
import { makeTempRoot, removeTempRoot, startProcess, type RunResult, type RunningProcess } from './processes.js';

export { descendants, killTree, reapAll, removeAllSandboxes, type RunResult } from './processes.js';

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

export async function makeSandbox(baseUrl: string, opts: SandboxOptions = {}): Promise<Sandbox> {
  const root = await makeTempRoot();
  const home = path.join(root, 'home');
  const codexHome = path.join(root, 'codex_home');
  const work = path.join(root, 'work');
  await Promise.all([mkdir(home), mkdir(codexHome), mkdir(work)]);
  const configPath = path.join(codexHome, 'config.toml');
  await writeFile(configPath, configToml(baseUrl, opts));
  return { root, home, codexHome, work, sessionsDir: path.join(codexHome, 'sessions'), configPath };
}

export async function removeSandbox(sb: Sandbox): Promise<void> {
  await removeTempRoot(sb.root);
}

export interface SpawnOptions {
  timeoutMs?: number;
  cwd?: string;
  /** Extra env entries (added to PATH/HOME/CODEX_HOME/TERM/RUST_LOG). */
  env?: Record<string, string>;
}

export type RunningCodex = RunningProcess;

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

export function startCodex(codex: CodexCommand, sb: Sandbox, args: string[], opts: SpawnOptions = {}): RunningCodex {
  return startProcess(codex.file, [...codex.prefixArgs, ...args], {
    cwd: opts.cwd ?? sb.work,
    env: codexEnv(sb, opts.env),
    timeoutMs: opts.timeoutMs ?? 60_000,
  });
}

export function execArgs(prompt: string): string[] {
  return ['exec', '--skip-git-repo-check', '--json', prompt];
}

export function resumeArgs(sessionId: string, prompt: string): string[] {
  return ['exec', 'resume', '--skip-git-repo-check', '--json', sessionId, prompt];
}

export function forkArgs(sessionId: string, prompt: string): string[] {
  return ['exec', 'fork', '--skip-git-repo-check', '--json', sessionId, prompt];
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
