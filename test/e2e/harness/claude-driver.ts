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
}

export function claudeArgs(a: ClaudeArgs): string[] {
  return [
    '-p',
    '--output-format',
    'stream-json',
    '--verbose',
    '--allowedTools',
    ...(a.allowedTools ?? ['Bash', 'Write', 'Read', 'Agent']),
    '--model',
    'claude-sonnet-4-5',
    '--debug-file',
    a.debugFile,
    ...(a.resume ? ['--resume', a.resume] : []),
    ...(a.extraArgs ?? []),
    '--',
    a.prompt,
  ];
}

export function startClaude(claude: ClaudeCommand, sb: ClaudeSandbox, a: ClaudeArgs, timeoutMs = 90_000): RunningProcess {
  return startProcess(claude.file, claudeArgs(a), { cwd: sb.work, env: claudeEnv(sb), timeoutMs });
}

export type { RunResult };

/** The main transcripts of the sandbox's project (not subagents), sorted. */
export function transcriptFiles(sb: ClaudeSandbox): string[] {
  if (!existsSync(sb.projectDir)) return [];
  return readdirSync(sb.projectDir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .map((n) => path.join(sb.projectDir, n));
}

/** The single main transcript of the sandbox (throws when there are 0 or several). */
export function theTranscript(sb: ClaudeSandbox): string {
  const files = transcriptFiles(sb);
  if (files.length !== 1) throw new Error(`expected exactly one transcript in ${sb.projectDir}, found ${files.length}: ${files.join(', ')}`);
  return files[0] as string;
}

export function sessionIdOfTranscript(file: string): string {
  return path.basename(file, '.jsonl');
}

/** `<projectDir>/<sessionId>/subagents/agent-*.jsonl` */
export function subagentFiles(file: string): string[] {
  const dir = path.join(path.dirname(file), sessionIdOfTranscript(file), 'subagents');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .map((n) => path.join(dir, n));
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
