/**
 * Recordings made with the real Codex CLI, and the damage the suite inflicts on them.
 * Every damaged file carries the diagnostics `session-doctor check` must report (1-based lines).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { RunningCodex } from './codex-driver.js';
import type { CodexEnv } from './env.js';
import {
  addFilePatch,
  applyPatch,
  assistantMessage,
  execCommand,
  localShellCall,
  toolSearchCall,
} from './mock-responses.js';
import { comm } from './processes.js';
import * as R from './rollout-file.js';

export interface ExpectedDiagnostic {
  rule: string;
  line: number;
  callId?: string;
  /** Default true. Non-fixable diagnostics must still be reported after `fix`. */
  fixable?: boolean;
}

/**
 * Turns that started (event_msg task_started) and never ended (no task_complete / turn_aborted
 * with the same turn_id): a killed Codex leaves one. session-doctor reports these as
 * `unfinished-turn` (info, not fixable) at the task_started line.
 */
export function unfinishedTurns(text: string): ExpectedDiagnostic[] {
  const r = R.parseRollout(text);
  const ended = new Set<string>();
  const started: Array<{ turnId: string; line: number }> = [];
  for (const l of r.lines) {
    const p = l.rec?.['payload'] as Record<string, unknown> | undefined;
    if (l.rec?.['type'] !== 'event_msg' || !p) continue;
    const turnId = typeof p['turn_id'] === 'string' ? p['turn_id'] : undefined;
    if (!turnId) continue;
    if (p['type'] === 'task_started') started.push({ turnId, line: l.line });
    if (p['type'] === 'task_complete' || p['type'] === 'turn_aborted') ended.add(turnId);
  }
  return started.filter((s) => !ended.has(s.turnId)).map((s) => ({ rule: 'unfinished-turn', line: s.line, fixable: false }));
}

export interface Damaged {
  file: string;
  /** Exact bytes of the damaged file. */
  damaged: string;
  expected: ExpectedDiagnostic[];
}

async function must(env: CodexEnv, p: Promise<{ run: { code: number | null; stderr: string } }>, what: string): Promise<void> {
  const r = await p;
  if (r.run.code !== 0) throw new Error(`${what}: codex exited ${r.run.code}\n${r.run.stderr.slice(-3000)}`);
  void env;
}

/** One turn with three parallel calls (exec_command, apply_patch, client tool_search), all answered. */
export async function recordParallelTools(env: CodexEnv): Promise<string> {
  env.script(
    {
      items: [
        execCommand('call_a', 'echo a'),
        applyPatch('call_p', addFilePatch('p.txt', 'p')),
        toolSearchCall('call_s', 'calendar'),
      ],
    },
    { items: [assistantMessage('All three done.')] },
  );
  await must(env, env.exec('do three things'), 'recordParallelTools');
  return env.rollout();
}

export interface KilledRecording {
  file: string;
  callId: string;
  /** Tool processes that were alive when Codex was killed (comm names). */
  toolProcesses: string[];
  signal: NodeJS.Signals | null;
}

/**
 * `exec_command sleep 30`, killed with `signal` while the sleep runs.
 * callIsLastLine: keep the model's stream open (no `response.completed`), so nothing is written
 * after the call line; otherwise wait for the `token_usage_record` that follows it.
 */
export async function recordKilledExec(
  env: CodexEnv,
  signal: NodeJS.Signals,
  opts: { callIsLastLine: boolean },
): Promise<KilledRecording> {
  const callId = 'call_kill';
  env.script({ items: [execCommand(callId, 'sleep 30')], hang: opts.callIsLastLine });
  const running = env.startExec('run the slow command');
  const needle = `"call_id":"${callId}"`;
  await env.waitForRollout((t) => {
    const i = t.indexOf(needle);
    if (i < 0) return false;
    return opts.callIsLastLine || t.indexOf('"type":"token_usage_record"', i) > 0;
  });
  // Wait until the tool process really runs.
  const deadline = Date.now() + 15_000;
  let tools: string[] = [];
  while (Date.now() < deadline) {
    tools = running.children().map(comm);
    if (tools.includes('sleep')) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const result = await running.kill(signal);
  return { file: await env.rollout(), callId, toolProcesses: tools, signal: result.signal };
}

/**
 * Resumes session `sessionId` with a turn whose `exec_command sleep 30` is killed with `signal` while it
 * runs: one unpaired call after the resume boundary. Returns the rollout that holds the call.
 */
export async function killDuringResume(env: CodexEnv, sessionId: string, callId: string, signal: NodeJS.Signals): Promise<string> {
  env.script({ items: [execCommand(callId, 'sleep 30')] });
  const running = env.startResume('run the slow command again', sessionId);
  const { file } = await env.waitForRollout((t) => t.includes(`"call_id":"${callId}"`));
  await waitForTool(running, 'sleep');
  await running.kill(signal);
  return file;
}

/** `exec_command sleep 30` for each call id, in parallel, killed with `signal` once all are on disk and one runs. */
export async function killWhileRunning(env: CodexEnv, callIds: string[], signal: NodeJS.Signals): Promise<string> {
  env.script({ items: callIds.map((id) => execCommand(id, 'sleep 30')) });
  const running = env.startExec('run the slow commands');
  await env.waitForRollout((text) => callIds.every((id) => text.includes(`"call_id":"${id}"`)));
  await waitForTool(running, 'sleep');
  await running.kill(signal);
  return env.rollout();
}

/** Waits (up to 15 s) until a process named `name` runs under Codex: the tool was really started. */
export async function waitForTool(running: RunningCodex, name: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !running.children().map(comm).includes(name)) await new Promise((r) => setTimeout(r, 50));
}

/** The model emits a `local_shell_call` (not offered by 0.169.0): Codex records it, never answers. */
export async function recordLocalShell(env: CodexEnv): Promise<{ file: string; callId: string }> {
  env.script({ items: [localShellCall('call_ls', ['echo', 'hi'])] });
  await must(env, env.exec('use the local shell'), 'recordLocalShell');
  return { file: await env.rollout(), callId: 'call_ls' };
}

// ---------------------------------------------------------------------------------------------
// Damage (applied to a recordParallelTools() file unless said otherwise)
// ---------------------------------------------------------------------------------------------

function save(file: string, r: R.RolloutText): string {
  const text = R.serializeRollout(r);
  writeFileSync(file, text);
  return text;
}

/** Delete the exec call line: its output becomes an orphan. */
export function damageOrphanOutput(file: string): Damaged {
  let r = R.readRollout(file);
  r = R.removeLine(r, R.findLine(r, 'function_call', 'call_a').line);
  const damaged = save(file, r);
  const out = R.findLine(r, 'function_call_output', 'call_a');
  return { file, damaged, expected: [{ rule: 'orphan-output', line: out.line, callId: 'call_a' }] };
}

/** A second copy of the exec output right after the first (no ordinal, as mid-file lines may be). */
export function damageDuplicateOutput(file: string): Damaged {
  let r = R.readRollout(file);
  const out = R.findLine(r, 'function_call_output', 'call_a');
  r = R.insertAfter(r, out.line, R.withoutOrdinal(out.text));
  const damaged = save(file, r);
  return { file, damaged, expected: [{ rule: 'duplicate-output', line: out.line + 1, callId: 'call_a' }] };
}

/** apply_patch (custom tool) answered by a function_call_output. */
export function damageWrongKindOutput(file: string): Damaged {
  let r = R.readRollout(file);
  const out = R.findLine(r, 'custom_tool_call_output', 'call_p');
  const rec = JSON.parse(out.text) as { payload: Record<string, unknown> };
  rec.payload['type'] = 'function_call_output';
  r = R.replaceLine(r, out.line, JSON.stringify(rec));
  const damaged = save(file, r);
  return { file, damaged, expected: [{ rule: 'mismatched-output-kind', line: out.line, callId: 'call_p' }] };
}

/** A crash mid-write: the first half of the next record, no newline. */
export function damageTornTail(file: string): Damaged {
  const r = R.readRollout(file);
  const last = r.lines[r.lines.length - 1] as R.RolloutLine;
  const next = last.text.replace(/"ordinal":\d+/, `"ordinal":${R.maxOrdinal(r) + 1}`);
  const fragment = next.slice(0, Math.floor(next.length / 2));
  const damaged = R.serializeRollout(r) + fragment;
  writeFileSync(file, damaged);
  return { file, damaged, expected: [{ rule: 'torn-final-line', line: r.lines.length + 1 }] };
}

/**
 * A torn tail that Codex itself turned into a mid-file garbage line: resume appends '\n'
 * after the fragment and continues writing. Call after damageTornTail() + one resume.
 */
export function garbageAfterResume(file: string): Damaged {
  const damaged = readFileSync(file, 'utf8');
  const r = R.parseRollout(damaged);
  const bad = r.lines.filter((l) => !l.rec);
  if (bad.length !== 1) throw new Error(`expected exactly one unparsable line, found ${bad.length}`);
  const line = (bad[0] as R.RolloutLine).line;
  if (line === r.lines.length) throw new Error('the torn line is still the last line');
  return { file, damaged, expected: [{ rule: 'malformed-line', line }] };
}

/** Remove the `ordinal` of the final record. */
export function damageFinalOrdinal(file: string): Damaged {
  let r = R.readRollout(file);
  const last = r.lines[r.lines.length - 1] as R.RolloutLine;
  r = R.replaceLine(r, last.line, R.withoutOrdinal(last.text));
  const damaged = save(file, r);
  return { file, damaged, expected: [{ rule: 'final-record-missing-ordinal', line: last.line }] };
}

/** A UTF-8 byte-order mark in front of the first record. */
export function damageBom(file: string): Damaged {
  const damaged = `\uFEFF${readFileSync(file, 'utf8')}`;
  writeFileSync(file, damaged);
  return { file, damaged, expected: [{ rule: 'byte-order-mark', line: 1 }] };
}

/** Diagnostics expected for a recording whose call `callId` lost its output. */
export function missingOutput(file: string, callId: string, callType: string): Damaged {
  const damaged = readFileSync(file, 'utf8');
  const r = R.parseRollout(damaged);
  const call = R.findLine(r, callType, callId);
  return { file, damaged, expected: [{ rule: 'missing-output', line: call.line, callId }, ...unfinishedTurns(damaged)] };
}

// ---------------------------------------------------------------------------------------------
// Healthy recordings
// ---------------------------------------------------------------------------------------------

export async function recordExecCommand(env: CodexEnv): Promise<string> {
  env.script({ items: [execCommand('call_exec', 'echo hi')] }, { items: [assistantMessage('The command printed hi.')] });
  await must(env, env.exec('run echo hi'), 'recordExecCommand');
  return env.rollout();
}

export async function recordApplyPatch(env: CodexEnv): Promise<string> {
  env.script({ items: [applyPatch('call_patch', addFilePatch('hello.txt', 'hello'))] }, { items: [assistantMessage('Created hello.txt.')] });
  await must(env, env.exec('create hello.txt'), 'recordApplyPatch');
  return env.rollout();
}

export async function recordToolSearch(env: CodexEnv): Promise<string> {
  env.script({ items: [toolSearchCall('call_search', 'calendar')] }, { items: [assistantMessage('No calendar tool available.')] });
  await must(env, env.exec('find a calendar tool'), 'recordToolSearch');
  return env.rollout();
}

/** Three turns: exec, then (resume) apply_patch, then (resume) a plain answer. */
export async function recordMultiTurn(env: CodexEnv): Promise<string> {
  env.script({ items: [execCommand('call_t1', 'echo one')] }, { items: [assistantMessage('one')] });
  await must(env, env.exec('turn one: run echo one'), 'turn one');
  env.script({ items: [applyPatch('call_t2', addFilePatch('two.txt', 'two'))] }, { items: [assistantMessage('two')] });
  await must(env, env.resume('turn two: add two.txt'), 'turn two');
  env.script({ items: [assistantMessage('three')] });
  await must(env, env.resume('turn three: just answer'), 'turn three');
  return env.rollout();
}

/** Two turns with auto-compaction (needs `model_auto_compact_token_limit` in the sandbox config). */
export async function recordCompaction(env: CodexEnv, largeUsage: { input_tokens: number; output_tokens: number; total_tokens: number }): Promise<string> {
  env.script({ items: [execCommand('call_c1', 'echo one')], usage: largeUsage }, { items: [assistantMessage('one')], usage: largeUsage });
  await must(env, env.exec('turn one: run echo one'), 'compaction turn one');
  env.script({ items: [applyPatch('call_c2', addFilePatch('two.txt', 'two'))], usage: largeUsage }, { items: [assistantMessage('two')], usage: largeUsage });
  await must(env, env.resume('turn two: add two.txt'), 'compaction turn two');
  return env.rollout();
}

/** Ctrl-C while `sleep 30` runs. */
export async function recordSigint(env: CodexEnv): Promise<{ file: string; code: number | null; signal: NodeJS.Signals | null }> {
  env.script({ items: [execCommand('call_int', 'sleep 30')] }, { items: [assistantMessage('interrupted')] });
  const running = env.startExec('run the slow command');
  await env.waitForRollout((t) => t.includes('"call_id":"call_int"'));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !running.children().map(comm).includes('sleep')) await new Promise((r) => setTimeout(r, 50));
  const r = await running.kill('SIGINT');
  return { file: await env.rollout(), code: r.code, signal: r.signal };
}

/** The model's stream drops right after a tool call item (no response.completed). */
export async function recordDroppedStream(env: CodexEnv): Promise<{ file: string; stdout: string; code: number | null }> {
  env.script({ items: [execCommand('call_drop', 'echo dropped'), assistantMessage('never sent')], cutAfterItems: 1 });
  const r = await env.exec('run echo dropped');
  return { file: await env.rollout(), stdout: r.run.stdout, code: r.run.code };
}
