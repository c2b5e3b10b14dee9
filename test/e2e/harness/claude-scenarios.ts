/**
 * Healthy sessions recorded with the real Claude Code 2.1.332 CLI against the mock Messages API.
 * Each recorder scripts the model's replies, runs the client, and returns the transcript.
 */
import type { ClaudeEnv, ClaudeRun } from './claude-env.js';
import { bash, say, toolUse, use } from './mock-messages.js';
import { comm, waitUntil } from './processes.js';

async function must(p: Promise<ClaudeRun>, what: string): Promise<ClaudeRun> {
  const r = await p;
  if (r.run.code !== 0) throw new Error(`${what}: claude exited ${r.run.code} (signal ${r.run.signal})\n${r.run.stderr.slice(-3000)}\n${r.run.stdout.slice(-2000)}`);
  return r;
}

/** One Bash call (`echo hi`) and its result, then a text answer. */
export async function recordBash(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_bash_hi', 'echo hi')), say('The command printed hi.'));
  await must(env.prompt('run echo hi'), 'recordBash');
  return env.transcript();
}

/** Two Bash calls in one assistant message (parallel tools), both answered. */
export async function recordParallel(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_par_a', 'echo a'), bash('toolu_par_b', 'echo b')), say('Both commands ran.'));
  await must(env.prompt('run echo a and echo b at once'), 'recordParallel');
  return env.transcript();
}

/** Three turns: a Bash call, then (--resume) another, then (--resume) a plain answer. */
export async function recordMultiTurn(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_turn_1', 'echo one')), say('one'));
  await must(env.prompt('turn one: run echo one'), 'turn one');
  env.script(use(bash('toolu_turn_2', 'echo two')), say('two'));
  await must(env.resume('turn two: run echo two'), 'turn two');
  env.script(say('three'));
  await must(env.resume('turn three: just answer'), 'turn three');
  return env.transcript();
}

/** An Agent tool call run in the foreground: the subagent runs one Bash call, then answers. */
export async function recordSubagent(env: ClaudeEnv): Promise<string> {
  env.script(
    use(toolUse('toolu_agent_1', 'Agent', { description: 'Say hello', prompt: 'Run echo from-agent and report.', subagent_type: 'general-purpose', run_in_background: false })),
    use(bash('toolu_sub_bash', 'echo from-agent')),
    say('The agent printed from-agent.'),
    say('The subagent reported from-agent.'),
  );
  await must(env.prompt('ask an agent to run echo from-agent'), 'recordSubagent');
  return env.transcript();
}

/** A Bash turn, `/compact`, then one more turn after the compaction boundary. */
export async function recordCompact(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_pre_compact', 'echo before')), say('before'));
  await must(env.prompt('run echo before'), 'turn before compaction');
  await must(env.resume('/compact'), '/compact');
  env.script(use(bash('toolu_post_compact', 'echo after')), say('after'));
  await must(env.resume('run echo after'), 'turn after compaction');
  return env.transcript();
}

export interface KilledRecording {
  file: string;
  toolUseId: string;
  /** Tool processes alive when Claude Code was killed (command names). */
  toolProcesses: string[];
  signal: NodeJS.Signals | null;
  pid: number;
}

/**
 * A Bash call that sleeps 30 s, SIGKILLed while the sleep runs: the tool_use line is on disk,
 * its result never is (a real crash mid-tool). (2.1.332 refuses a standalone `sleep 30`.)
 */
export async function recordKilledMidTool(env: ClaudeEnv): Promise<KilledRecording> {
  const toolUseId = 'toolu_kill_sleep';
  env.script(use(bash(toolUseId, 'echo running > tool-running.txt && sleep 30 && echo finished', 'wait a while')));
  const { running } = env.start('run the slow command');
  await env.waitForTranscript((t) => t.includes(`"id":"${toolUseId}"`), 'the tool_use line');
  const toolProcesses = await waitUntil(() => {
    const names = running.children().map(comm);
    return names.includes('sleep') ? names : undefined;
  }, 'the sleep tool process');
  const result = await running.kill('SIGKILL');
  return { file: env.transcript(), toolUseId, toolProcesses, signal: result.signal, pid: running.pid };
}
