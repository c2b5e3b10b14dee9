/**
 * Sessions recorded with the real Claude Code 2.1.332 CLI against the mock Messages API (each
 * recorder scripts the model's replies, runs the client, and returns the transcript), and the
 * damage the suite inflicts on them.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { agentTool, subagentFiles, transcriptFiles } from './claude-driver.js';
import type { ClaudeEnv, ClaudeRun } from './claude-env.js';
import * as T from './claude-transcript.js';
import { bash, say, toolUse, use } from './mock-messages.js';
import { comm, waitUntil } from './processes.js';
import * as R from './rollout-file.js';
import type { ExpectedDiagnostic } from './scenarios.js';

/** A run that must succeed: its exit code, or the error with its output. */
export async function must(p: Promise<ClaudeRun>, what: string): Promise<ClaudeRun> {
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
    use(toolUse('toolu_agent_1', agentTool(env.claude.version), { description: 'Say hello', prompt: 'Run echo from-agent and report.', subagent_type: 'general-purpose', run_in_background: false })),
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

export interface KilledAgentRecording extends KilledRecording {
  /** The subagent's transcript, whose own Bash tool_use was running (none from 1.0.x: see recordKilledInSubagent). */
  subagentFile: string | undefined;
  subagentToolUseId: string;
}

/** An Agent call whose subagent runs a slow Bash call, SIGKILLed while it runs: neither call gets a result. */
export async function recordKilledInSubagent(env: ClaudeEnv): Promise<KilledAgentRecording> {
  const toolUseId = 'toolu_agent_killed';
  const subagentToolUseId = 'toolu_sub_slow';
  env.script(
    use(toolUse(toolUseId, agentTool(env.claude.version), { description: 'Wait a while', prompt: 'Run the slow command.', subagent_type: 'general-purpose', run_in_background: false })),
    use(bash(subagentToolUseId, 'echo running > sub-running.txt && sleep 30 && echo finished', 'wait a while')),
  );
  const { running } = env.start('ask an agent to run the slow command');
  // 1.0.x writes a subagent's lines into the main transcript (isSidechain: true), and only when the subagent
  // ends: killed mid-tool, it leaves none. Later versions write them into the subagent's own file as they go.
  const inline = env.claude.version.startsWith('1.');
  const subagentFile = inline
    ? undefined
    : await waitUntil(() => {
        const main = transcriptFiles(env.sb)[0];
        return main && subagentFiles(main).find((f) => readFileSync(f, 'utf8').includes(`"id":"${subagentToolUseId}"`));
      }, "the subagent's tool_use line");
  const toolProcesses = await waitUntil(() => {
    const names = running.children().map(comm);
    return names.includes('sleep') ? names : undefined;
  }, 'the sleep tool process');
  const result = await running.kill('SIGKILL');
  return { file: env.transcript(), toolUseId, toolProcesses, signal: result.signal, pid: running.pid, subagentFile, subagentToolUseId };
}

// ---------------------------------------------------------------------------------------------
// Damage, applied to real recordings the way users' files break. Each carries the diagnostics
// `session-doctor check` must report (1-based lines).
// ---------------------------------------------------------------------------------------------

export interface ClaudeExpected extends ExpectedDiagnostic {
  /** Default 'error'. */
  severity?: 'error' | 'warning';
}

export interface ClaudeDamaged {
  file: string;
  /** Exact bytes of the damaged file. */
  damaged: string;
  expected: ClaudeExpected[];
  /** The tool_use id the damage is about, when there is one. */
  toolUseId?: string;
  /** For a chain damage: the uuid the damaged line's parentUuid must point at once repaired. */
  relinkTo?: string;
}

function lastAssistant(r: R.RolloutText): T.Entry {
  const l = r.lines.filter((x) => x.rec?.['type'] === 'assistant').pop();
  if (!l) throw new Error('no assistant line');
  return l;
}

function plusSeconds(iso: unknown, s: number): string {
  return new Date(Date.parse(String(iso)) + s * 1000).toISOString();
}

/** The tool_use of a real SIGKILL has no result: `missing-output` at the tool_use line. */
export function killedMissingResult(rec: { file: string; toolUseId: string }): ClaudeDamaged {
  const damaged = readFileSync(rec.file, 'utf8');
  const use = T.toolUseLine(R.parseRollout(damaged), rec.toolUseId);
  return { file: rec.file, damaged, toolUseId: rec.toolUseId, expected: [{ rule: 'missing-output', line: use.line, callId: rec.toolUseId }] };
}

/** A UTF-8 byte-order mark in front of the first line (2.1.332 tolerates it: a warning). */
export function damageBom(file: string): ClaudeDamaged {
  const damaged = `\uFEFF${readFileSync(file, 'utf8')}`;
  writeFileSync(file, damaged);
  return { file, damaged, expected: [{ rule: 'byte-order-mark', line: 1, severity: 'warning' }] };
}

/** A crash while the final assistant line was being written: the file ends in its first half. */
export function damageTornTail(file: string): ClaudeDamaged {
  const r = T.readTranscript(file);
  const last = lastAssistant(r);
  const kept = r.lines.filter((l) => l.line < last.line).map((l) => `${l.text}\n`).join('');
  const damaged = kept + last.text.slice(0, Math.floor(last.text.length / 2));
  writeFileSync(file, damaged);
  const expected: ClaudeExpected[] = [{ rule: 'torn-final-line', line: last.line }];
  // 2.1.332 sometimes writes the `last-prompt` row naming a message before the message itself:
  // then the tear leaves it naming a uuid that is not in the file.
  const before = r.lines.filter((l) => l.line < last.line);
  const lastPrompt = before.filter((l) => l.rec?.['type'] === 'last-prompt').pop();
  if (lastPrompt && !before.some((l) => T.uuidOf(l) === lastPrompt.rec?.['leafUuid'])) {
    expected.unshift({ rule: 'dangling-leaf-uuid', line: lastPrompt.line, severity: 'warning', fixable: false });
  }
  return { file, damaged, expected };
}

/** After damageTornTail() and one resume: the client wrote '\n' after the fragment and went on. */
export function garbageAfterResume(file: string): ClaudeDamaged {
  const damaged = readFileSync(file, 'utf8');
  const bad = R.parseRollout(damaged).lines.filter((l) => !l.rec);
  if (bad.length !== 1) throw new Error(`expected exactly one unparsable line, found ${bad.length}`);
  const line = (bad[0] as T.Entry).line;
  const r = R.parseRollout(damaged);
  if (line === r.lines.length) throw new Error('the torn line is still the last line');
  const expected: ClaudeExpected[] = [{ rule: 'malformed-line', line }];
  // 1.0.x parents the next prompt on the message it could not read back: a gap the 5 s bridge spans,
  // to the last entry before the torn line.
  const uuids = new Set(r.lines.map(T.uuidOf).filter((u) => u !== undefined));
  const cut = r.lines.find((l) => typeof T.parentOf(l) === 'string' && !uuids.has(T.parentOf(l) as string));
  if (!cut) return { file, damaged, expected };
  const before = r.lines.filter((l) => l.line < line && T.uuidOf(l) !== undefined).pop() as T.Entry;
  expected.push({ rule: 'broken-parent-chain', line: cut.line, severity: 'warning' });
  return { file, damaged, expected, relinkTo: T.uuidOf(before) as string };
}

/**
 * A tool_result for a tool_use that is not in the file (the second call of a parallel pair lost):
 * a result line hanging off the recorded tool_use line, right after the real result.
 */
export function damageOrphanResult(file: string, toolUseId: string): ClaudeDamaged {
  let r = T.readTranscript(file);
  const res = T.toolResultLine(r, toolUseId);
  const ghost = 'toolu_lost_sibling';
  const rec = JSON.parse(res.text) as Record<string, unknown>;
  const message = { ...(rec['message'] as Record<string, unknown>), content: [{ tool_use_id: ghost, type: 'tool_result', content: 'lost', is_error: false }] };
  r = R.insertAfter(r, res.line, T.withFields(res.text, { message, uuid: randomUUID(), toolUseResult: { stdout: 'lost', stderr: '', interrupted: false, isImage: false } }));
  return { file, damaged: T.save(file, r), expected: [{ rule: 'orphan-output', line: res.line + 1, callId: ghost }] };
}

/** A second result line for the same tool_use (a new uuid, the same parent), right after the first. */
export function damageDuplicateResult(file: string, toolUseId: string): ClaudeDamaged {
  let r = T.readTranscript(file);
  const res = T.toolResultLine(r, toolUseId);
  r = R.insertAfter(r, res.line, T.withFields(res.text, { uuid: randomUUID() }));
  return { file, damaged: T.save(file, r), toolUseId, expected: [{ rule: 'duplicate-output', line: res.line + 1, callId: toolUseId }] };
}

/**
 * Another assistant message between a tool_use and its result: the result line hangs off it
 * instead of off the tool_use line, so it is not in the next user message.
 */
export function damageNonAdjacentResult(file: string, toolUseId: string): ClaudeDamaged {
  let r = T.readTranscript(file);
  const use = T.toolUseLine(r, toolUseId);
  const useRec = JSON.parse(use.text) as Record<string, unknown>;
  const interjected = randomUUID();
  const message = { ...(useRec['message'] as Record<string, unknown>), id: `msg_interjected_${interjected.slice(0, 8)}`, content: [{ type: 'text', text: 'Still running.' }], stop_reason: 'end_turn' };
  r = R.insertAfter(r, use.line, T.withFields(use.text, { parentUuid: T.uuidOf(use), uuid: interjected, message, timestamp: plusSeconds(useRec['timestamp'], 0.001) }));
  const res = T.toolResultLine(r, toolUseId);
  r = R.replaceLine(r, res.line, T.withFields(res.text, { parentUuid: interjected }));
  return {
    file,
    damaged: T.save(file, r),
    toolUseId,
    relinkTo: T.uuidOf(use) as string,
    expected: [{ rule: 'tool-result-not-adjacent', line: res.line, callId: toolUseId }],
  };
}

/**
 * A result line moved into a later turn: it hangs off `host` (a line of a later turn), the lines
 * that hung off `host` hang off it, and the lines that hung off it hang off its tool_use line. The
 * result stays where it was in the file; only parentUuids change.
 */
export function damageLaterTurnResult(file: string, toolUseId: string, host: T.Entry): ClaudeDamaged {
  let r = T.readTranscript(file);
  const use = T.toolUseLine(r, toolUseId);
  const res = T.toolResultLine(r, toolUseId);
  const resUuid = T.uuidOf(res);
  const hostUuid = T.uuidOf(host);
  for (const l of r.lines) {
    const parent = T.parentOf(l);
    if (l.line === res.line) r = R.replaceLine(r, l.line, T.withFields(l.text, { parentUuid: hostUuid }));
    else if (parent === resUuid) r = R.replaceLine(r, l.line, T.withFields(l.text, { parentUuid: T.uuidOf(use) }));
    else if (parent === hostUuid) r = R.replaceLine(r, l.line, T.withFields(l.text, { parentUuid: resUuid }));
  }
  return { file, damaged: T.save(file, r), toolUseId, relinkTo: T.uuidOf(use) as string, expected: [{ rule: 'tool-result-not-adjacent', line: res.line, callId: toolUseId }] };
}

/**
 * damageLaterTurnResult, with an orphan result line (it answers no tool_use) between `host` and the moved
 * result: written just before it in the file, hanging off `host`, the result hanging off it.
 */
export function damageLaterTurnResultBehindOrphan(file: string, toolUseId: string, host: T.Entry): ClaudeDamaged {
  const d = damageLaterTurnResult(file, toolUseId, host);
  let r = R.parseRollout(d.damaged);
  const res = T.toolResultLine(r, toolUseId);
  const ghost = 'toolu_lost_elsewhere';
  const orphan = randomUUID();
  const rec = JSON.parse(res.text) as Record<string, unknown>;
  const message = { ...(rec['message'] as Record<string, unknown>), content: [{ tool_use_id: ghost, type: 'tool_result', content: 'lost', is_error: false }] };
  r = R.replaceLine(r, res.line, T.withFields(res.text, { parentUuid: orphan }));
  r = R.insertAfter(r, res.line - 1, T.withFields(res.text, { message, uuid: orphan, toolUseResult: { stdout: 'lost', stderr: '', interrupted: false, isImage: false } }));
  return {
    ...d,
    damaged: T.save(file, r),
    expected: [
      { rule: 'orphan-output', line: res.line, callId: ghost },
      { rule: 'tool-result-not-adjacent', line: res.line + 1, callId: toolUseId },
    ],
  };
}

/**
 * The line before the final assistant line lost (its parentUuid names no entry). `gapSeconds`
 * moves the final line that far after the entry before the gap: ≤ 5 s the client bridges it
 * (a warning), beyond that it drops every earlier message (an error). Where that line is the
 * tool_result (before 2.1.2xx no attachment line sits between a result and the next assistant
 * message), it stays and the final line names a uuid of no line instead, as if a line between
 * them had been lost: losing the result would be another damage.
 */
export function damageBrokenParent(file: string, gapSeconds: number): ClaudeDamaged {
  let r = T.readTranscript(file);
  const last = lastAssistant(r);
  const parent = T.lineByUuid(r, String(T.parentOf(last)));
  const keepParent = T.toolResultIds(parent).length > 0;
  const bridgeTo = keepParent ? parent : T.lineByUuid(r, String(T.parentOf(parent)));
  r = keepParent ? R.replaceLine(r, last.line, T.withFields(last.text, { parentUuid: randomUUID() })) : R.removeLine(r, parent.line);
  const moved = lastAssistant(r);
  if (gapSeconds > 0) r = R.replaceLine(r, moved.line, T.withFields(moved.text, { timestamp: plusSeconds(bridgeTo.rec?.['timestamp'], gapSeconds) }));
  return {
    file,
    damaged: T.save(file, r),
    relinkTo: T.uuidOf(bridgeTo) as string,
    expected: [{ rule: 'broken-parent-chain', line: moved.line, severity: gapSeconds > 5 ? 'error' : 'warning' }],
  };
}

/**
 * A result line lost from the middle of the history (a later turn follows): the result line of
 * `toolUseId` deleted and its children re-linked to the tool_use line, so the chain stays whole.
 * `missing-output` at the tool_use line.
 */
export function damageLostResult(file: string, toolUseId: string): ClaudeDamaged {
  let r = T.readTranscript(file);
  const res = T.toolResultLine(r, toolUseId);
  const use = T.toolUseLine(r, toolUseId);
  for (const child of r.lines.filter((l) => T.parentOf(l) === T.uuidOf(res))) {
    r = R.replaceLine(r, child.line, T.withFields(child.text, { parentUuid: T.uuidOf(use) }));
  }
  r = R.removeLine(r, res.line);
  return { file, damaged: T.save(file, r), toolUseId, expected: [{ rule: 'missing-output', line: use.line, callId: toolUseId }] };
}
