/**
 * One test's world for Claude Code: a mock Messages server + a throw-away HOME pointing at it,
 * with helpers to run `claude -p` / `claude -p --resume` and look at what Claude Code sent,
 * logged in its debug file, and appended to the transcript.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  makeClaudeSandbox,
  pairingRepairs,
  parseDebugLog,
  removeClaudeSandbox,
  restoreProject,
  sessionIdOfTranscript,
  skippedLineLogs,
  snapshotProject,
  startClaude,
  theTranscript,
  waitForTranscript,
  type ClaudeArgs,
  type ClaudeSandbox,
  type DebugEntry,
} from './claude-driver.js';
import type { ClaudeCommand } from './claude-install.js';
import { strictPairing, type StrictPairing } from './claude-pairing.js';
import { MockMessagesServer, requestMessages, type JsonObject, type LoggedRequest, type MockOptions, type ScriptedReply } from './mock-messages.js';
import { reapAll, removeAllSandboxes, type RunResult, type RunningProcess } from './processes.js';

export interface ClaudeRun {
  run: RunResult;
  /** The agent's /v1/messages requests of this run (side requests left out). */
  requests: LoggedRequest[];
  /** `messages` of the first request: the history Claude Code rebuilt, plus the new prompt. */
  messages: JsonObject[];
  pairing: StrictPairing;
  debug: DebugEntry[];
  /** `ensureToolResultPairing: repaired …` entries (2.1.332 patched the history in memory). */
  pairingRepairs: DebugEntry[];
  /** `transcript load: skipped N line(s)…` entries. */
  skippedLines: DebugEntry[];
  /** `result` event of stream-json, if any. */
  result: JsonObject | undefined;
}

/** Flags of one run beyond the defaults: other allowed tools, `--fork-session`, `--continue`, … */
export type RunFlags = Pick<ClaudeArgs, 'allowedTools' | 'extraArgs' | 'env'>;

const envs = new Set<ClaudeEnv>();

export class ClaudeEnv {
  private runs = 0;

  private constructor(
    readonly claude: ClaudeCommand,
    readonly mock: MockMessagesServer,
    readonly sb: ClaudeSandbox,
  ) {}

  static async create(claude: ClaudeCommand, opts: { mock?: MockOptions } = {}): Promise<ClaudeEnv> {
    const mock = await new MockMessagesServer(opts.mock ?? {}).start();
    const sb = await makeClaudeSandbox(mock.baseUrl);
    const env = new ClaudeEnv(claude, mock, sb);
    envs.add(env);
    return env;
  }

  script(...replies: ScriptedReply[]): this {
    this.mock.enqueue(...replies);
    return this;
  }

  private nextDebugFile(): string {
    this.runs += 1;
    return path.join(this.sb.root, `debug-${this.runs}.log`);
  }

  private collect(run: RunResult, debugFile: string, firstRequest: number): ClaudeRun {
    const requests = this.mock.turnRequests.filter((r) => r.index >= firstRequest);
    const messages = requestMessages(requests[0]);
    let debugText = '';
    try {
      debugText = this.claude.debugFile ? readFileSync(debugFile, 'utf8') : run.stderr;
    } catch {
      debugText = '';
    }
    const debug = parseDebugLog(debugText);
    const result = run.events.find((e) => e['type'] === 'result');
    return {
      run,
      requests,
      messages,
      pairing: strictPairing(messages),
      debug,
      pairingRepairs: pairingRepairs(debug),
      skippedLines: skippedLineLogs(debug),
      result,
    };
  }

  /** Starts `claude -p <prompt>` (or a resume) without waiting for it. */
  start(prompt: string, resume?: string, flags: RunFlags = {}): { running: RunningProcess; finish: () => Promise<ClaudeRun> } {
    const debugFile = this.nextDebugFile();
    const first = this.mock.requests.length;
    const running = startClaude(this.claude, this.sb, { prompt, debugFile, ...(resume ? { resume } : {}), ...flags });
    return { running, finish: async () => this.collect(await running.done, debugFile, first) };
  }

  /** `claude -p <prompt>` in a new session. */
  async prompt(prompt: string, flags: RunFlags = {}): Promise<ClaudeRun> {
    return this.start(prompt, undefined, flags).finish();
  }

  /** `claude -p --resume <id> <prompt>`; the id defaults to the sandbox's only transcript. */
  async resume(prompt: string, sessionId?: string, flags: RunFlags = {}): Promise<ClaudeRun> {
    return this.start(prompt, sessionId ?? this.sessionId(), flags).finish();
  }

  /** Resumes, then puts the project folder back as it was (to repair and resume the same state again). */
  async resumeAndRestore(prompt: string, sessionId?: string): Promise<ClaudeRun> {
    const snap = await snapshotProject(this.sb);
    try {
      return await this.resume(prompt, sessionId);
    } finally {
      await restoreProject(this.sb, snap);
    }
  }

  transcript(): string {
    return theTranscript(this.sb);
  }

  sessionId(): string {
    return sessionIdOfTranscript(this.transcript());
  }

  waitForTranscript(predicate: (text: string) => boolean, what: string, timeoutMs?: number): Promise<{ file: string; text: string }> {
    return waitForTranscript(this.sb, predicate, what, timeoutMs);
  }

  async close(): Promise<void> {
    envs.delete(this);
    await this.mock.close();
    await removeClaudeSandbox(this.sb);
  }
}

/** For afterEach: kill leftover processes, close servers, delete sandboxes. */
export async function closeAllClaudeEnvs(): Promise<void> {
  reapAll();
  await Promise.all([...envs].map((e) => e.close()));
  await removeAllSandboxes();
}
