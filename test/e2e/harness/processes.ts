/**
 * Processes and sandboxes of the e2e suite, shared by the Codex and Claude Code drivers.
 *
 * Every process is spawned with a time limit and remembered by PID; `reapAll()` (call it in
 * afterEach/afterAll) kills whatever is still alive, including the processes a client started
 * for tools (found through /proc by parent PID, killed by PID). Sandboxes are mkdtemp folders,
 * deleted unless SESSION_DOCTOR_E2E_KEEP is set.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

const sandboxes = new Set<string>();

/** A fresh `$TMPDIR/sd-e2e-*` folder, removed by removeTempRoot()/removeAllSandboxes(). */
export async function makeTempRoot(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sd-e2e-'));
  sandboxes.add(root);
  return root;
}

export async function removeTempRoot(root: string): Promise<void> {
  if (process.env['SESSION_DOCTOR_E2E_KEEP']) return;
  sandboxes.delete(root);
  await rm(root, { recursive: true, force: true });
}

export async function removeAllSandboxes(): Promise<void> {
  if (process.env['SESSION_DOCTOR_E2E_KEEP']) return;
  await Promise.all([...sandboxes].map((r) => rm(r, { recursive: true, force: true })));
  sandboxes.clear();
}

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

/** The command name of a process (`/proc/<pid>/stat`), '?' when it is gone. */
export function comm(pid: number): string {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'));
  } catch {
    return '?';
  }
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

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** JSON events printed on stdout, one per line (`--json`, `--output-format stream-json`). */
  events: Array<Record<string, unknown>>;
  pid: number;
}

export interface RunningProcess {
  pid: number;
  child: ChildProcess;
  done: Promise<RunResult>;
  /** Current stdout/stderr (grows while running). */
  output(): { stdout: string; stderr: string };
  /** PIDs of the processes it has started (tools), right now. */
  children(): number[];
  /**
   * Send `signal` (by PID), wait for the exit, then SIGKILL the tool processes it had started
   * (snapshotted before the signal, killed by PID).
   */
  kill(signal: NodeJS.Signals): Promise<RunResult>;
}

export function parseEvents(stdout: string): Array<Record<string, unknown>> {
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

export interface StartOptions {
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
}

export function startProcess(file: string, args: string[], opts: StartOptions): RunningProcess {
  const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn ${file}`);
  live.set(pid, child);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killTree(pid, 'SIGKILL');
  }, opts.timeoutMs);
  const done = new Promise<RunResult>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // (Tools the client started are reaped by kill()/killTree(), which list them before the
      // signal: once the client is gone they are re-parented and no longer findable by parent PID.)
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

/** Polls `probe` until it returns a value (an observable event: a file line, a process), or throws after `timeoutMs`. */
export async function waitUntil<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
