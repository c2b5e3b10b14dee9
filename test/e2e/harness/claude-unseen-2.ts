/**
 * More sessions the suite did not record, made with the real Claude Code 2.1.332 against the mock
 * Messages API, and killed where real failures kill them: thinking blocks before calls, a call in a
 * `--fork-session` fork and in its original after the fork, `/compact` with its summary request in
 * flight or just written, API errors and dropped streams the client retries, and a repeated tool_use
 * id whose later call never got its result, or whose first call's result was lost. claude-unseen-2.e2e.test.ts
 * damages and repairs them.
 */
import { readFileSync } from 'node:fs';
import { transcriptFiles } from './claude-driver.js';
import type { ClaudeEnv, RunFlags } from './claude-env.js';
import { must } from './claude-scenarios.js';
import { bash, say, text, use, type Block, type ScriptedReply } from './mock-messages.js';
import * as T from './claude-transcript.js';
import { comm, waitUntil, type RunningProcess } from './processes.js';

/** The client retries failed API requests (claudeEnv() sets 0 retries). */
export const RETRIES: RunFlags = { env: { CLAUDE_CODE_MAX_RETRIES: '3' } };

export const think = (t: string): Block => ({ type: 'thinking', thinking: t, signature: `sig_${t.replace(/\W/g, '_')}` });

/** A reply that thinks, then calls `echo <word>`; the answer after it thinks too. */
function thinkAndRun(id: string, word: string): ScriptedReply[] {
  return [use(think(`I should run echo ${word}.`), bash(id, `echo ${word}`)), { content: [think(`It printed ${word}.`), text(`It printed ${word}.`)] }];
}

/** Two turns, each a thinking block before a Bash call and one before the answer: the damage of turn one is mid-file. */
export async function recordThinkingTwoTurns(env: ClaudeEnv): Promise<string> {
  env.script(...thinkAndRun('toolu_think_1', 'one'));
  await must(env.prompt('think, then run echo one'), 'thinking turn one');
  env.script(...thinkAndRun('toolu_think_2', 'two'));
  await must(env.resume('think, then run echo two'), 'thinking turn two');
  return env.transcript();
}

const SLOW = (tag: string) => `echo ${tag} > ${tag}.txt && sleep 30 && echo finished`;

/** Waits for the tool_use `id` on disk and its sleep running, then SIGKILLs the client. */
export async function killWhileToolRuns(env: ClaudeEnv, running: RunningProcess, id: string): Promise<void> {
  await env.waitForTranscript((t) => t.includes(`"id":"${id}"`), `the tool_use line of ${id}`);
  await waitUntil(() => (running.children().map(comm).includes('sleep') ? true : undefined), 'the sleep tool process');
  await running.kill('SIGKILL');
}

/** One answered thinking turn, then (--resume) a thinking block before a slow Bash call, SIGKILLed while it runs. */
export async function recordKilledAfterThinking(env: ClaudeEnv): Promise<{ file: string; toolUseId: string }> {
  env.script(...thinkAndRun('toolu_think_1', 'one'));
  await must(env.prompt('think, then run echo one'), 'thinking turn one');
  const toolUseId = 'toolu_think_slow';
  env.script(use(think('This will take a while.'), bash(toolUseId, SLOW('thinking'), 'wait a while')));
  const { running } = env.start('think, then run the slow command', env.sessionId());
  await killWhileToolRuns(env, running, toolUseId);
  return { file: env.transcript(), toolUseId };
}

/** The transcript `--fork-session` wrote (the one that is not `original`). */
function forkOf(env: ClaudeEnv, original: string): string {
  const fork = transcriptFiles(env.sb).find((f) => f !== original);
  if (!fork) throw new Error('--fork-session wrote no second transcript');
  return fork;
}

/** An answered Bash session, then `--resume <id> --fork-session` with a slow call, SIGKILLed while it runs: the kill is in the fork. */
export async function recordKilledInFork(env: ClaudeEnv): Promise<{ original: string; fork: string; toolUseId: string }> {
  env.script(use(bash('toolu_orig', 'echo original')), say('original'));
  await must(env.prompt('run echo original'), 'the original session');
  const original = env.transcript();
  const toolUseId = 'toolu_fork_slow';
  env.script(use(bash(toolUseId, SLOW('fork'), 'wait a while')));
  const { running } = env.start('run the slow command in the fork', env.sessionId(), { extraArgs: ['--fork-session'] });
  await waitUntil(() => (transcriptFiles(env.sb).some((f) => f !== original && readFileSync(f, 'utf8').includes(`"id":"${toolUseId}"`)) ? true : undefined), 'the fork\'s tool_use line');
  await waitUntil(() => (running.children().map(comm).includes('sleep') ? true : undefined), 'the sleep tool process');
  await running.kill('SIGKILL');
  return { original, fork: forkOf(env, original), toolUseId };
}

/** An answered session forked with `--fork-session`, then the original resumed with a slow call, SIGKILLed while it runs. */
export async function recordKilledInOriginalAfterFork(env: ClaudeEnv): Promise<{ original: string; fork: string; toolUseId: string }> {
  env.script(use(bash('toolu_orig', 'echo original')), say('original'));
  await must(env.prompt('run echo original'), 'the original session');
  const original = env.transcript();
  const sessionId = env.sessionId();
  env.script(use(bash('toolu_forked', 'echo forked')), say('forked'));
  await must(env.resume('run echo forked', sessionId, { extraArgs: ['--fork-session'] }), '--fork-session');
  const fork = forkOf(env, original);
  const toolUseId = 'toolu_orig_slow';
  env.script(use(bash(toolUseId, SLOW('original'), 'wait a while')));
  const { running } = env.start('run the slow command in the original', sessionId);
  await killWhileToolRuns(env, running, toolUseId);
  return { original, fork, toolUseId };
}

/** An answered Bash turn, then `/compact` whose summary request hangs, SIGKILLed once the mock has it. */
export async function recordKilledDuringCompact(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_pre_compact', 'echo before')), say('before'));
  await must(env.prompt('run echo before'), 'turn before compaction');
  env.mock.enqueueCompaction({ content: [text('<summary>SUMMARY (mock): never')], hang: true });
  const { running } = env.start('/compact', env.sessionId());
  await env.mock.waitFor((m) => m.turnRequests.some((r) => r.answeredWith === 'compaction'), 'the summary request');
  await running.kill('SIGKILL');
  return env.transcript();
}

/** An answered Bash turn, then `/compact`, SIGKILLed as soon as the compact_boundary line is on disk. */
export async function recordKilledAtCompactBoundary(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_pre_compact', 'echo before')), say('before'));
  await must(env.prompt('run echo before'), 'turn before compaction');
  const { running } = env.start('/compact', env.sessionId());
  await env.waitForTranscript((t) => t.includes('"subtype":"compact_boundary"'), 'the compact_boundary line');
  await running.kill('SIGKILL');
  return env.transcript();
}

/** A turn whose first request fails (`first`: an HTTP error, or a stream dropped after a block) and whose retry succeeds. */
export async function recordRetried(env: ClaudeEnv, first: ScriptedReply, id: string): Promise<string> {
  env.script(first, use(bash(id, 'echo retried')), say('retried'));
  await must(env.prompt('run echo retried', RETRIES), 'a retried turn');
  return env.transcript();
}

/** A turn whose first request gets `first` and whose retry hangs after a text block, SIGKILLed once the retry is in. */
export async function recordKilledDuringRetry(env: ClaudeEnv, first: ScriptedReply): Promise<string> {
  env.script(use(bash('toolu_before_retry', 'echo before')), say('before'));
  await must(env.prompt('run echo before'), 'an answered turn');
  // The retry streams a text block and hangs: whether the client writes that block (or the dropped try's) before the kill is its own timing, and either way no call is left open.
  env.script(first, { content: [text('Retrying.')], hang: true });
  const from = env.mock.requests.length;
  const { running } = env.start('run the slow command', env.sessionId(), RETRIES);
  await env.mock.waitFor((m) => m.turnRequests.filter((r) => r.answeredWith === 'script' && r.index >= from).length === 2, 'the retried request');
  // (The failed try's api_error line may or may not be on disk by then: observed both ways after a dropped stream.)
  await env.waitForTranscript((t) => t.includes('"content":"run the slow command"'), 'the prompt line');
  await running.kill('SIGKILL');
  return env.transcript();
}

/** A turn with `toolu_same`, answered; then (--resume) a slow call with the same id, SIGKILLed while it runs. */
export async function recordRepeatedIdKilled(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_same', 'echo first')), say('first'));
  await must(env.prompt('run echo first'), 'turn one');
  env.script(use(bash('toolu_same', SLOW('second'), 'wait a while')));
  const { running } = env.start('run the slow command', env.sessionId());
  // Counted on assistant lines: request-log rows may hold copies of the first call.
  await waitUntil(() => (T.readTranscript(env.transcript()).lines.filter((l) => T.toolUseIds(l).includes('toolu_same')).length === 2 ? true : undefined), 'the second tool_use line');
  await waitUntil(() => (running.children().map(comm).includes('sleep') ? true : undefined), 'the sleep tool process');
  await running.kill('SIGKILL');
  return env.transcript();
}

/** A turn with `toolu_same`, answered; then (--resume) a second call with the same id, answered too (a replaying proxy's shape). */
export async function recordRepeatedIdAnswered(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_same', 'echo first')), say('first'));
  await must(env.prompt('run echo first'), 'turn one');
  env.script(use(bash('toolu_same', 'echo second')), say('second'));
  await must(env.resume('run echo second'), 'turn two');
  return env.transcript();
}
