/**
 * Sessions the rest of the suite does not record, made with the real Claude Code 2.1.332 against the
 * mock Messages API: other tools than Bash, failing and denied calls, several turns of parallel calls,
 * two subagents at once, thinking, a long turn, two compactions, --fork-session and --continue, a cut
 * stream, and SIGKILLs during parallel tools and mid-stream. claude-unseen.e2e.test.ts damages them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { subagentFiles, transcriptFiles } from './claude-driver.js';
import type { ClaudeEnv, ClaudeRun, RunFlags } from './claude-env.js';
import { must } from './claude-scenarios.js';
import { bash, say, text, toolUse, use, type Block } from './mock-messages.js';
import * as T from './claude-transcript.js';
import { comm, waitUntil } from './processes.js';
import * as R from './rollout-file.js';

/** Every file tool allowed (print mode asks no one). */
export const FILE_TOOLS: RunFlags = { allowedTools: ['Bash', 'Read', 'Write', 'Edit', 'Glob', 'Grep', 'TodoWrite', 'Agent'] };

/** A Bash call that fails (exit 3): its result is an is_error tool_result. */
export async function recordFailingBash(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_fail', 'echo oops >&2; exit 3')), say('The command failed with exit 3.'));
  await must(env.prompt('run the failing command'), 'recordFailingBash');
  return env.transcript();
}

/**
 * Three turns of parallel calls of the file tools: Write ×2; then Read, Glob and Grep at once, then
 * Edit; then TodoWrite with a failing Bash call.
 */
export async function recordFileTools(env: ClaudeEnv): Promise<string> {
  const a = path.join(env.sb.work, 'a.txt');
  const b = path.join(env.sb.work, 'b.txt');
  env.script(
    use(toolUse('toolu_write_a', 'Write', { file_path: a, content: 'hello a\n' }), toolUse('toolu_write_b', 'Write', { file_path: b, content: 'hello b\n' })),
    say('Both files are written.'),
  );
  await must(env.prompt('write a.txt and b.txt', FILE_TOOLS), 'turn one (Write ×2)');
  env.script(
    use(toolUse('toolu_read_a', 'Read', { file_path: a }), toolUse('toolu_glob', 'Glob', { pattern: '*.txt' }), toolUse('toolu_grep', 'Grep', { pattern: 'hello', output_mode: 'content' })),
    use(toolUse('toolu_edit_a', 'Edit', { file_path: a, old_string: 'hello a', new_string: 'goodbye a' })),
    say('a.txt now says goodbye.'),
  );
  await must(env.resume('read, list and search them, then edit a.txt', undefined, FILE_TOOLS), 'turn two (Read, Glob, Grep, then Edit)');
  env.script(
    use(
      toolUse('toolu_todo', 'TodoWrite', { todos: [{ content: 'check the files', status: 'in_progress', activeForm: 'Checking the files' }] }),
      bash('toolu_missing_dir', 'ls /no/such/dir'),
    ),
    say('The directory does not exist.'),
  );
  await must(env.resume('plan it and list /no/such/dir', undefined, FILE_TOOLS), 'turn three (TodoWrite, failing Bash)');
  return env.transcript();
}

/**
 * Tools 2.1.332 runs while their message still streams (TodoWrite): their results are written between the
 * message's tool_use lines. Two turns: Bash, TodoWrite ×2, Bash; then TodoWrite, Read, a failing Bash.
 */
export async function recordStreamedTools(env: ClaudeEnv): Promise<string> {
  const todo = (id: string) => toolUse(id, 'TodoWrite', { todos: [{ content: `do ${id}`, status: 'pending', activeForm: `Doing ${id}` }] });
  env.script(use(bash('toolu_st_b1', 'echo b1'), todo('toolu_st_t1'), todo('toolu_st_t2'), bash('toolu_st_b2', 'echo b2')), say('four done'));
  await must(env.prompt('plan twice between two commands', FILE_TOOLS), 'turn one');
  env.script(use(todo('toolu_st_t3'), toolUse('toolu_st_read', 'Read', { file_path: path.join(env.sb.work, 'none.txt') }), bash('toolu_st_b3', 'ls /no/such/dir')), say('three done'));
  await must(env.resume('plan, read and list', undefined, FILE_TOOLS), 'turn two');
  return env.transcript();
}

/** A Write call while only Read is allowed: print mode denies it (an is_error result), the model answers. */
export async function recordDeniedTool(env: ClaudeEnv): Promise<string> {
  env.script(use(toolUse('toolu_denied', 'Write', { file_path: path.join(env.sb.work, 'denied.txt'), content: 'no\n' })), say('I may not write here.'));
  await must(env.prompt('write denied.txt', { allowedTools: ['Read'] }), 'recordDeniedTool');
  return env.transcript();
}

/** Two Agent calls in one message: two subagents at once, each answering in one text reply. */
export async function recordTwoSubagents(env: ClaudeEnv): Promise<string> {
  const agent = (id: string, what: string) => toolUse(id, 'Agent', { description: what, prompt: `${what} and report.`, subagent_type: 'general-purpose', run_in_background: false });
  env.script(use(agent('toolu_agent_a', 'Look at A'), agent('toolu_agent_b', 'Look at B')), say('A subagent report.'), say('A subagent report.'), say('Both agents reported.'));
  await must(env.prompt('ask two agents at once'), 'recordTwoSubagents');
  return env.transcript();
}

/** A thinking block before a Bash call, and one before the answer. */
export async function recordThinking(env: ClaudeEnv): Promise<string> {
  const think = (t: string): Block => ({ type: 'thinking', thinking: t, signature: `sig_${t.replace(/\W/g, '_')}` });
  env.script(use(think('I should run echo.'), bash('toolu_think', 'echo thought')), { content: [think('It printed thought.'), text('It printed thought.')] });
  await must(env.prompt('think, then run echo thought'), 'recordThinking');
  return env.transcript();
}

/** One turn of `n` Bash calls one after another. */
export async function recordLongTurn(env: ClaudeEnv, n = 30): Promise<string> {
  for (let i = 0; i < n; i += 1) env.script(use(bash(`toolu_long_${i}`, `echo step ${i}`)));
  env.script(say(`All ${n} steps ran.`));
  await must(env.prompt(`run ${n} steps`), 'recordLongTurn');
  return env.transcript();
}

/** Two /compact runs with a parallel-tool turn between them and after the second. */
export async function recordTwoCompactions(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_c0', 'echo zero')), say('zero'));
  await must(env.prompt('run echo zero'), 'turn before the first compaction');
  await must(env.resume('/compact'), 'first /compact');
  env.script(use(bash('toolu_c1a', 'echo one-a'), bash('toolu_c1b', 'echo one-b')), say('one'));
  await must(env.resume('run echo one-a and one-b'), 'turn between the compactions');
  await must(env.resume('/compact'), 'second /compact');
  env.script(use(bash('toolu_c2a', 'echo two-a'), bash('toolu_c2b', 'echo two-b')), say('two'));
  await must(env.resume('run echo two-a and two-b'), 'turn after the second compaction');
  return env.transcript();
}

/** A Bash session, then `--resume <id> --fork-session` with another call: returns [original, fork]. */
export async function recordFork(env: ClaudeEnv): Promise<[string, string]> {
  env.script(use(bash('toolu_orig', 'echo original')), say('original'));
  await must(env.prompt('run echo original'), 'the original session');
  const original = env.transcript();
  env.script(use(bash('toolu_forked', 'echo forked')), say('forked'));
  await must(env.resume('run echo forked', undefined, { extraArgs: ['--fork-session'] }), '--fork-session');
  const fork = transcriptFiles(env.sb).find((f) => f !== original);
  if (!fork) throw new Error('--fork-session wrote no second transcript');
  return [original, fork];
}

/** A Bash session continued twice with `--continue` (the newest session of the cwd), each turn with a call. */
export async function recordContinue(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_cont_0', 'echo first')), say('first'));
  await must(env.prompt('run echo first'), 'the first turn');
  env.script(use(bash('toolu_cont_1', 'echo second')), say('second'));
  await must(env.start('run echo second', undefined, { extraArgs: ['--continue'] }).finish(), '--continue');
  env.script(say('third'));
  await must(env.start('just answer', undefined, { extraArgs: ['--continue'] }).finish(), '--continue again');
  return env.transcript();
}

/** The stream of a reply dropped after its text block (no retries): the client goes on by itself. */
export async function recordCutStream(env: ClaudeEnv): Promise<{ file: string; run: ClaudeRun }> {
  env.script({ content: [text('Let me run it.'), bash('toolu_cut', 'echo cut')], cutAfterBlocks: 1 }, use(bash('toolu_after_cut', 'echo after')), say('after the cut'));
  const run = await env.prompt('run echo cut');
  return { file: env.transcript(), run };
}

export interface Killed {
  file: string;
  toolUseIds: string[];
  pid: number;
}

/** Three slow Bash calls in one message, SIGKILLed while they run: three tool_use lines without result. */
export async function recordKilledParallel(env: ClaudeEnv): Promise<Killed> {
  const ids = ['toolu_par_kill_a', 'toolu_par_kill_b', 'toolu_par_kill_c'];
  env.script(use(...ids.map((id, i) => bash(id, `echo ${i} > running-${i}.txt && sleep 30 && echo finished`, 'wait a while'))));
  const { running } = env.start('run the three slow commands');
  await env.waitForTranscript((t) => ids.every((id) => t.includes(`"id":"${id}"`)), 'the three tool_use lines');
  await waitUntil(() => (running.children().map(comm).includes('sleep') ? true : undefined), 'a sleep tool process');
  await running.kill('SIGKILL');
  return { file: env.transcript(), toolUseIds: ids, pid: running.pid };
}

export interface KilledSubagents extends Killed {
  /** Each subagent's transcript and the id of its slow Bash call. */
  subagents: Array<{ file: string; toolUseId: string }>;
}

/** Two Agent calls at once, each subagent running a slow Bash call, SIGKILLed while both run. */
export async function recordKilledTwoSubagents(env: ClaudeEnv): Promise<KilledSubagents> {
  const ids = ['toolu_agent_slow_a', 'toolu_agent_slow_b'];
  const agent = (id: string) => toolUse(id, 'Agent', { description: 'Wait a while', prompt: 'Run the slow command.', subagent_type: 'general-purpose', run_in_background: false });
  const subIds = ['toolu_sub_slow_1', 'toolu_sub_slow_2'];
  env.script(use(...ids.map(agent)), ...subIds.map((id) => use(bash(id, `echo ${id} > ${id}.txt && sleep 30`, 'wait a while'))));
  const { running } = env.start('ask two agents to run the slow command');
  const { file } = await env.waitForTranscript((t) => ids.every((id) => t.includes(`"id":"${id}"`)), 'the two Agent tool_use lines');
  // A subagent's tool_use line reaches its file a moment after its tool starts (observed once): wait for both lines, not only both processes.
  const slowCallIn = (f: string) => subIds.find((id) => readFileSync(f, 'utf8').includes(`"id":"${id}"`));
  const subagents = await waitUntil(() => {
    const found = subagentFiles(file).flatMap((f) => {
      const toolUseId = slowCallIn(f);
      return toolUseId ? [{ file: f, toolUseId }] : [];
    });
    return found.length === 2 ? found : undefined;
  }, 'the slow tool_use line in both subagent transcripts');
  await waitUntil(() => (running.children().map(comm).filter((c) => c === 'sleep').length >= 2 ? true : undefined), 'both sleep tool processes');
  await running.kill('SIGKILL');
  return { file, toolUseIds: ids, pid: running.pid, subagents };
}

/**
 * A reply whose stream stays open after its text and tool_use blocks (no message_stop), SIGKILLed once
 * the mock has sent them and the prompt is on disk: 2.1.332 writes a reply's lines only when its
 * message ends, so the file ends with the prompt (observed).
 */
export async function recordKilledMidStream(env: ClaudeEnv): Promise<string> {
  env.script({ content: [text('Running it now.'), bash('toolu_mid_stream', 'echo started && sleep 30', 'wait a while')], hang: true });
  const { running } = env.start('run the slow command');
  await env.mock.waitFor((m) => m.turnRequests.some((r) => r.answeredWith === 'script'), 'the reply that hangs');
  await env.waitForTranscript((t) => t.includes('"content":"run the slow command"'), 'the prompt line');
  await running.kill('SIGKILL');
  return env.transcript();
}

/** Two turns whose calls have one id (a proxy or replay that reuses tool_use ids): both written as sent. */
export async function recordRepeatedToolId(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_same', 'echo first')), say('first'));
  await must(env.prompt('run echo first'), 'turn one');
  env.script(use(bash('toolu_same', 'echo second')), say('second'));
  await must(env.resume('run echo second'), 'turn two, the same tool_use id');
  return env.transcript();
}

/** Two Bash turns (`echo one`, then on --resume `echo two`). */
export async function recordTwoTurns(env: ClaudeEnv): Promise<string> {
  env.script(use(bash('toolu_one', 'echo one')), say('one'));
  await must(env.prompt('turn one'), 'turn one');
  env.script(use(bash('toolu_two', 'echo two')), say('two'));
  await must(env.resume('turn two'), 'turn two');
  return env.transcript();
}

// ---------------------------------------------------------------------------------------------
// Damage the rest of the suite does not inflict. Each returns the damaged bytes it wrote.
// ---------------------------------------------------------------------------------------------

function chainLines(r: R.RolloutText, type: string): T.Entry[] {
  return r.lines.filter((l) => l.rec?.['type'] === type && T.uuidOf(l) !== undefined);
}

function shifted(iso: unknown, ms: number): string {
  return new Date(Date.parse(String(iso)) + ms).toISOString();
}

/** Every line from `from` on with a timestamp moved `ms` later (the user came back to the session later). */
export function delayFrom(file: string, from: number, ms: number): string {
  let r = T.readTranscript(file);
  for (const l of r.lines) {
    if (l.line < from || typeof l.rec?.['timestamp'] !== 'string') continue;
    r = R.replaceLine(r, l.line, T.withFields(l.text, { timestamp: shifted(l.rec['timestamp'], ms) }));
  }
  return T.save(file, r);
}

/** The line of the user prompt `text` (a string content). */
export function promptLine(r: R.RolloutText, text: string): T.Entry {
  const l = chainLines(r, 'user').find((x) => (x.rec?.['message'] as Record<string, unknown>)['content'] === text);
  if (!l) throw new Error(`no prompt ${JSON.stringify(text)}`);
  return l;
}

/** The one line whose parentUuid is `uuid`. */
export function onlyChild(r: R.RolloutText, uuid: string): T.Entry {
  const children = r.lines.filter((l) => T.parentOf(l) === uuid);
  if (children.length !== 1) throw new Error(`expected one child of ${uuid}, found ${children.length}`);
  return children[0] as T.Entry;
}

/** A line lost from the middle of the chain: deleted, its child left naming it. Returns the child's line (after the deletion). */
export function deleteLine(file: string, line: number): { damaged: string; child: number; lost: string } {
  let r = T.readTranscript(file);
  const lost = r.lines[line - 1] as T.Entry;
  const child = onlyChild(r, T.uuidOf(lost) as string);
  r = R.removeLine(r, line);
  return { damaged: T.save(file, r), child: child.line - 1, lost: T.uuidOf(lost) as string };
}

/** The same line written twice (same uuid), the copy right after it. */
export function duplicateLine(file: string, line: number): string {
  const r = T.readTranscript(file);
  return T.save(file, R.insertAfter(r, line, (r.lines[line - 1] as T.Entry).text));
}

/** A line cut in half where it stands (its newline kept): a torn write that later lines were appended after. */
export function tearLine(file: string, line: number): string {
  const r = T.readTranscript(file);
  const text = (r.lines[line - 1] as T.Entry).text;
  return T.save(file, R.replaceLine(r, line, text.slice(0, Math.floor(text.length / 2))));
}

/** A tool_result block for a tool_use that is in no line, added to a result line's content (two blocks on one line). */
export function addOrphanBlock(file: string, toolUseId: string, ghost: string): { damaged: string; line: number } {
  const r = T.readTranscript(file);
  const res = T.toolResultLine(r, toolUseId);
  const rec = JSON.parse(res.text) as Record<string, unknown>;
  const message = rec['message'] as Record<string, unknown>;
  const content = [...(message['content'] as unknown[]), { tool_use_id: ghost, type: 'tool_result', content: 'lost', is_error: false }];
  return { damaged: T.save(file, R.replaceLine(r, res.line, T.withFields(res.text, { message: { ...message, content } }))), line: res.line };
}

/** Every LF made CRLF (a Windows editor, git autocrlf). */
export function toCrlf(file: string): string {
  const text = readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
  writeFileSync(file, text);
  return text;
}

export function compactBoundaryLine(r: R.RolloutText): T.Entry {
  const l = r.lines.find((x) => x.rec?.['type'] === 'system' && x.rec['subtype'] === 'compact_boundary');
  if (!l) throw new Error('no compact_boundary');
  return l;
}

/** The entries the client walks from the leaf (the last last-prompt's leafUuid) up to and including `line`. */
function walkedTo(r: R.RolloutText, line: number): Set<number> {
  const leaf = r.lines.filter((l) => l.rec?.['type'] === 'last-prompt').pop()?.rec?.['leafUuid'];
  const walked = new Set<number>();
  for (let at = r.lines.find((l) => T.uuidOf(l) === leaf); at && !walked.has(at.line); ) {
    walked.add(at.line);
    if (at.line === line) break;
    const parent = T.parentOf(at);
    at = r.lines.find((l) => T.uuidOf(l) === parent);
  }
  return walked;
}

/**
 * The entry a missing parent of `line` is bridged to: the latest chain line before it in time (the first
 * of equal times) that the walk from the leaf has not taken.
 */
export function nearestEarlier(r: R.RolloutText, line: number): T.Entry {
  const time = Date.parse(String((r.lines[line - 1] as T.Entry).rec?.['timestamp']));
  const walked = walkedTo(r, line);
  if (!walked.has(line)) throw new Error(`line ${line} is not on the walk from the leaf`);
  let best: T.Entry | undefined;
  for (const l of r.lines) {
    if (walked.has(l.line) || T.uuidOf(l) === undefined || !['user', 'assistant', 'attachment', 'system'].includes(String(l.rec?.['type']))) continue;
    const t = Date.parse(String(l.rec?.['timestamp']));
    if (t < time && (!best || t > Date.parse(String(best.rec?.['timestamp'])))) best = l;
  }
  if (!best) throw new Error(`no entry before line ${line}`);
  return best;
}
