/**
 * One test's world: a mock Responses server + a Codex sandbox pointing at it, with helpers to
 * run `codex exec` / `codex exec resume` and look at what Codex sent and logged.
 */
import { readFileSync } from 'node:fs';
import {
  codexExec,
  fatalLines,
  makeSandbox,
  parseLogs,
  removeSandbox,
  restoreCodexHome,
  rolloutFiles,
  sessionIdOf,
  snapshotCodexHome,
  startCodex,
  execArgs,
  forkArgs,
  resumeArgs,
  theRollout,
  waitForFile,
  codexResume,
  reapAll,
  removeAllSandboxes,
  type LogEntry,
  type RunResult,
  type RunningCodex,
  type Sandbox,
  type SandboxOptions,
} from './codex-driver.js';
import type { CodexCommand } from './codex-install.js';
import { MockResponsesServer, requestInput, type LoggedRequest, type MockOptions, type ScriptedResponse } from './mock-responses.js';
import { inspectPairing, toolItems, type Item, type PairingReport } from './pairing.js';

export interface CodexRun {
  run: RunResult;
  /** The /v1/responses requests this run made. */
  requests: LoggedRequest[];
  /** `input` of the first request of this run (the history Codex rebuilt, plus the new prompt). */
  input: Item[];
  /** Call/output items of `input`, in order. */
  tools: Item[];
  pairing: PairingReport;
  logs: LogEntry[];
  errors: LogEntry[];
  warnings: LogEntry[];
  /** `… output is missing for call id: X` lines (Codex inserted a placeholder in memory). */
  missingOutputLogs: LogEntry[];
  /** `Orphan … output for call id: X` lines (Codex dropped an output from the request). */
  orphanLogs: LogEntry[];
  /** `Error: …` lines printed on fatal errors. */
  fatal: string[];
}

const envs = new Set<CodexEnv>();

export class CodexEnv {
  private constructor(
    readonly codex: CodexCommand,
    readonly mock: MockResponsesServer,
    readonly sb: Sandbox,
  ) {}

  static async create(codex: CodexCommand, opts: SandboxOptions & { mock?: MockOptions } = {}): Promise<CodexEnv> {
    const mock = await new MockResponsesServer(opts.mock ?? {}).start();
    const sb = await makeSandbox(mock.baseUrl, opts);
    const env = new CodexEnv(codex, mock, sb);
    envs.add(env);
    return env;
  }

  script(...responses: ScriptedResponse[]): this {
    this.mock.enqueue(...responses);
    return this;
  }

  private collect(run: RunResult, firstRequest: number): CodexRun {
    const requests = this.mock.responseRequests.slice(firstRequest);
    const first = requests[0];
    const input = first ? requestInput(first) : [];
    const logs = parseLogs(run.stderr);
    return {
      run,
      requests,
      input,
      tools: toolItems(input),
      pairing: inspectPairing(input),
      logs,
      errors: logs.filter((l) => l.level === 'ERROR'),
      warnings: logs.filter((l) => l.level === 'WARN'),
      missingOutputLogs: logs.filter((l) => /output is missing for call id/i.test(l.message)),
      orphanLogs: logs.filter((l) => /^Orphan .* output for call id/.test(l.message)),
      fatal: fatalLines(run.stderr),
    };
  }

  /** `codex exec --skip-git-repo-check --json <prompt>` */
  async exec(prompt: string, timeoutMs?: number): Promise<CodexRun> {
    const n = this.mock.responseRequests.length;
    const run = await codexExec(this.codex, this.sb, prompt, timeoutMs ? { timeoutMs } : {});
    return this.collect(run, n);
  }

  /** Starts `codex exec` without waiting (to kill it while a tool runs). */
  startExec(prompt: string): RunningCodex {
    return startCodex(this.codex, this.sb, execArgs(prompt));
  }

  /** Starts `codex exec resume` without waiting (to kill it while a tool runs). */
  startResume(prompt: string, sessionId: string): RunningCodex {
    return startCodex(this.codex, this.sb, resumeArgs(sessionId, prompt));
  }

  /** `codex exec resume --skip-git-repo-check --json <id> <prompt>` */
  async resume(prompt: string, sessionId?: string): Promise<CodexRun> {
    const id = sessionId ?? sessionIdOf(await this.rollout());
    const n = this.mock.responseRequests.length;
    const run = await codexResume(this.codex, this.sb, id, prompt);
    return this.collect(run, n);
  }

  /** `codex exec fork --skip-git-repo-check --json <id> <prompt>`: a new child rollout that reads its parent's history. */
  async fork(prompt: string, sessionId: string): Promise<CodexRun> {
    const n = this.mock.responseRequests.length;
    const run = await startCodex(this.codex, this.sb, forkArgs(sessionId, prompt)).done;
    return this.collect(run, n);
  }

  /**
   * Resumes from the current state of CODEX_HOME, then puts CODEX_HOME (rollout + Codex's
   * databases) back as it was, so the same state can be repaired and resumed again.
   */
  async resumeAndRestore(prompt: string, sessionId?: string): Promise<CodexRun> {
    const snap = await snapshotCodexHome(this.sb);
    try {
      return await this.resume(prompt, sessionId);
    } finally {
      await restoreCodexHome(this.sb, snap);
    }
  }

  async rollout(): Promise<string> {
    return theRollout(this.sb);
  }

  async rollouts(): Promise<string[]> {
    return rolloutFiles(this.sb);
  }

  text(file: string): string {
    return readFileSync(file, 'utf8');
  }

  waitForRollout(predicate: (text: string, file: string) => boolean, timeoutMs?: number): Promise<{ file: string; text: string }> {
    return waitForFile(this.sb, predicate, timeoutMs);
  }

  async close(): Promise<void> {
    envs.delete(this);
    await this.mock.close();
    await removeSandbox(this.sb);
  }
}

/** For afterEach/afterAll: kill leftover processes, close servers, delete sandboxes. */
export async function closeAllEnvs(): Promise<void> {
  reapAll();
  await Promise.all([...envs].map((e) => e.close()));
  await removeAllSandboxes();
}
