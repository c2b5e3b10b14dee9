/**
 * Drives the real Claude Code CLI (`claude -p …`) in throw-away HOMEs against the mock Messages
 * API, offline (shared reference "claude-code-transcripts.md" §1), each run with its own
 * `--debug-file`. Transcripts live at `$HOME/.claude/projects/<cwd-slug>/<sessionId>.jsonl`.
 */
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import type { ClaudeCommand } from './claude-install.js';
import { makeTempRoot, removeTempRoot, startProcess, waitUntil, type RunResult, type RunningProcess } from './processes.js';

export interface ClaudeSandbox {
  root: string;
  home: string;
  /** The cwd Claude Code runs in (its real path: the project slug is made from it). */
  work: string;
  /** `$HOME/.claude/projects/<slug of work>` */
  projectDir: string;
  baseUrl: string;
}

/** Claude Code's project folder name: the absolute cwd with every non-alphanumeric character replaced by `-`. */
export function projectSlug(cwd: string): string {
  return cwd.replace(/[^a-zA-Z0-9]/g, '-');
}

export async function makeClaudeSandbox(baseUrl: string): Promise<ClaudeSandbox> {
  const root = realpathSync(await makeTempRoot());
  const home = path.join(root, 'home');
  const work = path.join(root, 'work');
  await Promise.all([mkdir(home), mkdir(work)]);
  return { root, home, work, projectDir: path.join(home, '.claude', 'projects', projectSlug(work)), baseUrl };
}

export async function removeClaudeSandbox(sb: ClaudeSandbox): Promise<void> {
  await removeTempRoot(sb.root);
}

export function claudeEnv(sb: ClaudeSandbox): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: sb.home,
    TERM: 'dumb',
    ANTHROPIC_BASE_URL: sb.baseUrl,
    ANTHROPIC_API_KEY: 'dummy',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
    DISABLE_AUTOUPDATER: '1',
    CLAUDE_CODE_MAX_RETRIES: '0',
  };
}

export interface ClaudeArgs {
  prompt: string;
  resume?: string;
  debugFile: string;
  /** Tools run without asking (print mode has no one to ask). */
  allowedTools?: string[];
  /** More flags before the prompt (`--fork-session`, `--continue`, …). */
  extraArgs?: string[];
  /** Environment over claudeEnv()'s (e.g. `CLAUDE_CODE_MAX_RETRIES`, 0 by default). */
  env?: Record<string, string>;
}

/** Claude Code 2.0.x and 1.0.x: no session markers, no 5 s bridge, no gathering of result lines beside the chain. */
export function before21(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major < 2 || (major === 2 && minor < 1);
}

/** The subagent tool's name: `Task` in 2.0.77 and 1.0.x, `Agent` from 2.1.100 on. */
export function agentTool(version: string): string {
  return before21(version) ? 'Task' : 'Agent';
}

/** Versions without `--debug-file` get `--debug` (their debug log goes to stderr). */
export function claudeArgs(a: ClaudeArgs, claude: Pick<ClaudeCommand, 'version' | 'debugFile'>): string[] {
  return [
    '-p',
    '--output-format',
    'stream-json',
    '--verbose',
    '--allowedTools',
    ...(a.allowedTools ?? ['Bash', 'Write', 'Read', agentTool(claude.version)]),
    '--model',
    'claude-sonnet-4-5',
    ...(claude.debugFile ? ['--debug-file', a.debugFile] : ['--debug']),
    ...(a.resume ? ['--resume', a.resume] : []),
    ...(a.extraArgs ?? []),
    '--',
    a.prompt,
  ];
}

export function startClaude(claude: ClaudeCommand, sb: ClaudeSandbox, a: ClaudeArgs, timeoutMs = 90_000): RunningProcess {
  return startProcess(claude.file, claudeArgs(a, claude), { cwd: sb.work, env: { ...claudeEnv(sb), ...a.env }, timeoutMs });
}

export type { RunResult };

/**
 * The main transcripts of the sandbox's project (not subagents), sorted. Files without a message
 * are left out: on every `--resume`, which appends to the resumed file, 2.0.x also creates an empty
 * `<new id>.jsonl` and 1.0.x a `<new id>.jsonl` holding one `summary` row.
 */
export function transcriptFiles(sb: ClaudeSandbox): string[] {
  if (!existsSync(sb.projectDir)) return [];
  return readdirSync(sb.projectDir)
    .filter((n) => n.endsWith('.jsonl') && !n.startsWith('agent-'))
    .sort()
    .map((n) => path.join(sb.projectDir, n))
    .filter((f) => /"type":"(user|assistant)"/.test(readFileSync(f, 'utf8')));
}

/**
 * Every `.jsonl` the client wrote into the project folder, sorted: transcripts, subagent transcripts
 * (nested or, before 2.1.x, flat), and the files without a message some versions leave (see transcriptFiles).
 */
export function projectFiles(sb: ClaudeSandbox): string[] {
  if (!existsSync(sb.projectDir)) return [];
  return (readdirSync(sb.projectDir, { recursive: true }) as string[])
    .filter((n) => n.endsWith('.jsonl'))
    .map((n) => path.join(sb.projectDir, n))
    .sort();
}

const messageIdsIn = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/"id":"(msg_[^"]+)"/g)].map((m) => m[1] as string);

/**
 * The sandbox's main transcript: the only one, or, where `--resume` forks (1.0.1 copies the
 * history into a new file with a new session id), the one whose messages include every other's.
 * Throws when there is none, or several unrelated ones.
 */
export function theTranscript(sb: ClaudeSandbox): string {
  const files = transcriptFiles(sb);
  const ids = files.map((f) => new Set(messageIdsIn(f)));
  const all = files.filter((_, i) => ids.every((other) => [...other].every((id) => ids[i]?.has(id))));
  if (files.length === 0 || all.length !== 1) throw new Error(`expected exactly one transcript in ${sb.projectDir}, found ${files.length}: ${files.join(', ')}`);
  return all[0] as string;
}

export function sessionIdOfTranscript(file: string): string {
  return path.basename(file, '.jsonl');
}

/**
 * `<projectDir>/<sessionId>/subagents/agent-*.jsonl`; before 2.1.x (2.0.77, 1.0.x) subagent
 * transcripts were `<projectDir>/agent-<8 hex>.jsonl`, next to the main one, with its sessionId.
 */
export function subagentFiles(file: string): string[] {
  const sessionId = sessionIdOfTranscript(file);
  const dir = path.join(path.dirname(file), sessionId, 'subagents');
  const nested = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort().map((n) => path.join(dir, n)) : [];
  const flat = readdirSync(path.dirname(file))
    .filter((n) => n.startsWith('agent-') && n.endsWith('.jsonl'))
    .sort()
    .map((n) => path.join(path.dirname(file), n))
    .filter((f) => readFileSync(f, 'utf8').includes(`"sessionId":"${sessionId}"`));
  return [...nested, ...flat];
}

/** Polls the sandbox's transcripts until `predicate(text)` holds for one of them. */
export function waitForTranscript(sb: ClaudeSandbox, predicate: (text: string) => boolean, what: string, timeoutMs = 60_000): Promise<{ file: string; text: string }> {
  return waitUntil(() => {
    for (const file of transcriptFiles(sb)) {
      const text = readFileSync(file, 'utf8');
      if (predicate(text)) return { file, text };
    }
    return undefined;
  }, what, timeoutMs);
}

/** Copies the project folder (Claude Code must not be running) and returns the copy's path. */
export async function snapshotProject(sb: ClaudeSandbox): Promise<string> {
  const dest = path.join(sb.root, `snapshot-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  await cp(sb.projectDir, dest, { recursive: true, preserveTimestamps: true });
  return dest;
}

/** Puts the project folder back exactly as it was when the snapshot was taken. */
export async function restoreProject(sb: ClaudeSandbox, snapshot: string): Promise<void> {
  await rm(sb.projectDir, { recursive: true, force: true });
  await cp(snapshot, sb.projectDir, { recursive: true, preserveTimestamps: true });
}

// ---------------------------------------------------------------------------------------------
// The debug log (`--debug-file`)
// ---------------------------------------------------------------------------------------------

export interface DebugEntry {
  level: string;
  message: string;
}

/** `<ISO ts> [LEVEL] message` lines; continuation lines are appended to the previous message. */
export function parseDebugLog(text: string): DebugEntry[] {
  const out: DebugEntry[] = [];
  for (const raw of text.split('\n')) {
    const m = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z \[([A-Z]+)\] ?(.*)$/.exec(raw);
    if (m) out.push({ level: m[1] as string, message: m[2] as string });
    else if (out.length && raw) (out[out.length - 1] as DebugEntry).message += `\n${raw}`;
  }
  return out;
}

/** The in-memory history repairs 2.1.332 logs: `ensureToolResultPairing: repaired …`. */
export function pairingRepairs(entries: DebugEntry[]): DebugEntry[] {
  return entries.filter((e) => e.message.includes('ensureToolResultPairing'));
}

/** `transcript load: skipped N line(s) that did not parse as JSON …` */
export function skippedLineLogs(entries: DebugEntry[]): DebugEntry[] {
  return entries.filter((e) => /transcript load: skipped \d+ line/.test(e.message));
}
