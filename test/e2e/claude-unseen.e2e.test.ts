/**
 * A blind acceptance test of session-doctor on Claude Code 2.1.332 transcripts the rest of the suite
 * does not record or damage (issue 15's last "Done when"): healthy sessions of other shapes check
 * clean and resume paired; new kinds of damage are reported at the right rule, line and severity, and
 * after `fix --in-place --force --unsafe-fixes` (idempotent) `claude -p --resume` sends a strictly
 * paired history, logs no `ensureToolResultPairing` repair, appends no tool_result, loses no tool_use.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionIdOfTranscript, subagentFiles } from './harness/claude-driver.js';
import { closeAllClaudeEnvs } from './harness/claude-env.js';
import { CLIENT_PLACEHOLDERS, clientPlaceholders } from './harness/claude-pairing.js';
import { cliOpts, expectClean, expectHealthy, expectReportsExactly, resultTexts, runRepairCase, sentIds, setup } from './harness/claude-repair.js';
import * as C from './harness/claude-scenarios.js';
import * as T from './harness/claude-transcript.js';
import * as U from './harness/claude-unseen.js';
import { say } from './harness/mock-messages.js';
import * as R from './harness/rollout-file.js';
import { runCli } from './harness/session-doctor.js';

afterEach(closeAllClaudeEnvs);


describe('healthy Claude Code 2.1.332 sessions the suite does not otherwise record: no diagnostics, and the client resumes them paired', () => {
  it('a failing Bash call (an is_error result)', async (ctx) => {
    const env = await setup(ctx);
    const run = await expectHealthy(env, [await U.recordFailingBash(env)]);
    expect(run.pairing.toolResults.map((r) => [r.toolUseId, r.isError])).toEqual([['toolu_fail', true]]);
  });

  it('three turns of parallel Write, Read, Glob, Grep, Edit, TodoWrite and a failing Bash call (the result of TodoWrite is written between the tool_use lines of its message)', async (ctx) => {
    const env = await setup(ctx);
    const file = await U.recordFileTools(env);
    // The layout that once got a false tool-result-not-adjacent: [tool_use TodoWrite, its result, tool_use Bash (same message.id), its result].
    const r = T.readTranscript(file);
    const todo = T.toolUseLine(r, 'toolu_todo');
    const bashUse = T.toolUseLine(r, 'toolu_missing_dir');
    expect(T.toolResultLine(r, 'toolu_todo').line).toBeLessThan(bashUse.line);
    expect((bashUse.rec?.['message'] as Record<string, unknown>)['id']).toBe((todo.rec?.['message'] as Record<string, unknown>)['id']);
    const run = await expectHealthy(env, [file]);
    expect(sentIds(run)).toEqual(['toolu_write_a', 'toolu_write_b', 'toolu_read_a', 'toolu_glob', 'toolu_grep', 'toolu_edit_a', 'toolu_todo', 'toolu_missing_dir']);
  });

  it('tools run while their message streams: TodoWrite results between the tool_use lines of their message, over two turns', async (ctx) => {
    const env = await setup(ctx);
    const file = await U.recordStreamedTools(env);
    const r = T.readTranscript(file);
    expect(T.toolResultLine(r, 'toolu_st_t1').line).toBeLessThan(T.toolUseLine(r, 'toolu_st_t2').line);
    expect(T.toolResultLine(r, 'toolu_st_t3').line).toBeLessThan(T.toolUseLine(r, 'toolu_st_read').line);
    const run = await expectHealthy(env, [file]);
    expect(sentIds(run)).toEqual(['toolu_st_b1', 'toolu_st_t1', 'toolu_st_t2', 'toolu_st_b2', 'toolu_st_t3', 'toolu_st_read', 'toolu_st_b3']);
  });

  it('a tool that is not allowed (print mode denies it with an is_error result)', async (ctx) => {
    const env = await setup(ctx);
    const run = await expectHealthy(env, [await U.recordDeniedTool(env)]);
    expect(run.pairing.toolResults.map((r) => [r.toolUseId, r.isError])).toEqual([['toolu_denied', true]]);
    expect(existsSync(path.join(env.sb.work, 'denied.txt')), 'the call did not run').toBe(false);
  });

  it('two subagents at once (two sidechain transcripts)', async (ctx) => {
    const env = await setup(ctx);
    const file = await U.recordTwoSubagents(env);
    expect(subagentFiles(file)).toHaveLength(2);
    expect(sentIds(await expectHealthy(env, [file]))).toEqual(['toolu_agent_a', 'toolu_agent_b']);
  });

  it('thinking blocks before a call and before the answer', async (ctx) => {
    const env = await setup(ctx);
    const file = await U.recordThinking(env);
    expect(T.readTranscript(file).lines.filter((l) => JSON.stringify(l.rec?.['message'] ?? '').includes('"type":"thinking"')).length).toBeGreaterThan(0);
    expect(sentIds(await expectHealthy(env, [file]))).toEqual(['toolu_think']);
  });

  it('a turn of 30 calls one after another', async (ctx) => {
    const env = await setup(ctx);
    const run = await expectHealthy(env, [await U.recordLongTurn(env, 30)]);
    expect(sentIds(run)).toEqual(Array.from({ length: 30 }, (_, i) => `toolu_long_${i}`));
  });

  it('two /compact runs, parallel calls between and after them', async (ctx) => {
    const env = await setup(ctx);
    const run = await expectHealthy(env, [await U.recordTwoCompactions(env)]);
    expect(sentIds(run)).toEqual(['toolu_c2a', 'toolu_c2b']);
  });

  it('--resume --fork-session: the original and the fork', async (ctx) => {
    const env = await setup(ctx);
    const [original, fork] = await U.recordFork(env);
    const run = await expectHealthy(env, [original, fork], sessionIdOfTranscript(fork));
    expect(sentIds(run)).toEqual(['toolu_orig', 'toolu_forked']);
  });

  it('--continue, twice', async (ctx) => {
    const env = await setup(ctx);
    expect(sentIds(await expectHealthy(env, [await U.recordContinue(env)]))).toEqual(['toolu_cont_0', 'toolu_cont_1']);
  });

  it('a reply whose stream was dropped (the client went on by itself)', async (ctx) => {
    const env = await setup(ctx);
    const { file, run: recorded } = await U.recordCutStream(env);
    expect(recorded.run.code).toBe(0);
    expect(sentIds(await expectHealthy(env, [file]))).toContain('toolu_after_cut');
  });

  it('SIGKILL while a reply streams: nothing of it was written', async (ctx) => {
    const env = await setup(ctx);
    const file = await U.recordKilledMidStream(env);
    expect(readFileSync(file, 'utf8')).not.toContain('toolu_mid_stream');
    await expectHealthy(env, [file]);
  });

  it('SIGKILL mid-tool, then a resume by 2.1.332 (which appended its own interrupted result)', async (ctx) => {
    const env = await setup(ctx);
    const rec = await C.recordKilledMidTool(env);
    env.script(say('resumed after the kill'));
    expect((await env.resume('continue')).run.code).toBe(0);
    const run = await expectHealthy(env, [rec.file]);
    expect(resultTexts(run)).toEqual([[rec.toolUseId, CLIENT_PLACEHOLDERS.interrupted]]);
  });

  it('a line written twice (the same uuid): the client counts it once, so check reports nothing and fix leaves it', async (ctx) => {
    const env = await setup(ctx);
    const file = await C.recordBash(env);
    U.duplicateLine(file, T.toolResultLine(T.readTranscript(file), 'toolu_bash_hi').line);
    const damaged = U.duplicateLine(file, T.toolUseLine(T.readTranscript(file), 'toolu_bash_hi').line);
    expect(sentIds(await expectHealthy(env, [file]))).toEqual(['toolu_bash_hi']);
    const fixed = runCli(['fix', '--in-place', '--force', '--unsafe-fixes', file], cliOpts(env));
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith(damaged)).toBe(true);
  });
});

describe('damage the suite does not otherwise inflict: reported at its rule and line, repaired so that Claude Code resumes cleanly', () => {
  it('SIGKILL while three parallel Bash calls run: missing-output at each tool_use line, three results appended', async (ctx) => {
    const env = await setup(ctx);
    const rec = await U.recordKilledParallel(env);
    const damaged = readFileSync(rec.file, 'utf8');
    const r = R.parseRollout(damaged);
    const expected = rec.toolUseIds.map((id) => ({ rule: 'missing-output', line: T.toolUseLine(r, id).line, callId: id }));
    const n = r.lines.length;
    const { before, after } = await runRepairCase(env, { kind: 'edits', d: { file: rec.file, damaged, expected }, diff: { removed: [], added: [n + 1, n + 2, n + 3] }, twice: true });
    const fixed = T.readTranscript(rec.file);
    for (const id of rec.toolUseIds) expect(T.parentOf(T.toolResultLine(fixed, id))).toBe(T.uuidOf(T.toolUseLine(fixed, id)));
    // The model sees what 2.1.332's own repair shows it.
    const interrupted = rec.toolUseIds.map((id) => [id, CLIENT_PLACEHOLDERS.interrupted]);
    expect(resultTexts(before)).toEqual(interrupted);
    expect(resultTexts(after)).toEqual(interrupted);
  });

  it('SIGKILL while two subagents run at once: missing-output at both Agent calls and in each subagent transcript; each repaired, the parent resumes cleanly', async (ctx) => {
    const env = await setup(ctx);
    const rec = await U.recordKilledTwoSubagents(env);
    expect(rec.subagents).toHaveLength(2);
    const damaged = readFileSync(rec.file, 'utf8');
    const r = R.parseRollout(damaged);
    const expected = rec.toolUseIds.map((id) => ({ rule: 'missing-output', line: T.toolUseLine(r, id).line, callId: id }));
    const n = r.lines.length;
    const { after } = await runRepairCase(env, { kind: 'edits', d: { file: rec.file, damaged, expected }, diff: { removed: [], added: [n + 1, n + 2] }, twice: true });
    expect(resultTexts(after)).toEqual(rec.toolUseIds.map((id) => [id, CLIENT_PLACEHOLDERS.interrupted]));
    for (const sub of rec.subagents) await runRepairCase(env, { kind: 'missing', d: C.killedMissingResult(sub), main: rec.file });
  });

  it('a line lost from mid-file within the 5 s bridge: a warning at its child; fix links the child where the client bridges it', async (ctx) => {
    const env = await setup(ctx);
    const file = await U.recordTwoTurns(env);
    const r = T.readTranscript(file);
    const lost = T.lineByUuid(r, String(T.parentOf(U.promptLine(r, 'turn two'))));
    const { damaged, child } = U.deleteLine(file, lost.line);
    const relinkTo = T.uuidOf(U.nearestEarlier(R.parseRollout(damaged), child)) as string;
    const { before, after } = await runRepairCase(env, { kind: 'bridged', d: { file, damaged, relinkTo, expected: [{ rule: 'broken-parent-chain', line: child, severity: 'warning' }] } });
    expect(sentIds(before)).toEqual(['toolu_one', 'toolu_two']);
    expect(after.messages).toEqual([...before.messages.slice(0, -1), after.messages.at(-1)]);
  });

  it('a line lost from mid-file an hour before the next turn: an error (history dropped); only --unsafe-fixes re-links it, and the history comes back', async (ctx) => {
    const env = await setup(ctx);
    const file = await U.recordTwoTurns(env);
    U.delayFrom(file, U.promptLine(T.readTranscript(file), 'turn two').line, 3_600_000);
    expectClean(env, file);
    const r = T.readTranscript(file);
    const lost = T.lineByUuid(r, String(T.parentOf(U.promptLine(r, 'turn two'))));
    const { damaged, child } = U.deleteLine(file, lost.line);
    const relinkTo = T.uuidOf(U.nearestEarlier(R.parseRollout(damaged), child)) as string;
    const expected = [{ rule: 'broken-parent-chain', line: child }];
    const diags = expectReportsExactly(env, file, expected);
    expect(diags[0]?.message).toMatch(/earlier messages? (is|are) dropped/);
    const plain = runCli(['fix', '--in-place', '--force', file], cliOpts(env));
    expect(readFileSync(file, 'utf8'), `${plain.stdout}${plain.stderr}`).toBe(damaged);
    const { before, after } = await runRepairCase(env, { kind: 'bridged', d: { file, damaged, relinkTo, expected } });
    expect(sentIds(before)).toEqual(['toolu_two']);
    expect(sentIds(after)).toEqual(['toolu_one', 'toolu_two']);
  });

  it('a tool_result line torn in mid-file, a later turn appended: missing-output, malformed-line, a bridged broken-parent-chain; the call the client dropped comes back answered', async (ctx) => {
    const env = await setup(ctx);
    const file = await U.recordTwoTurns(env);
    const r = T.readTranscript(file);
    const res = T.toolResultLine(r, 'toolu_one');
    const use = T.toolUseLine(r, 'toolu_one');
    const child = U.onlyChild(r, T.uuidOf(res) as string);
    const damaged = U.tearLine(file, res.line);
    expect(T.uuidOf(U.nearestEarlier(R.parseRollout(damaged), child.line))).toBe(T.uuidOf(use));
    const expected = [
      { rule: 'missing-output', line: use.line, callId: 'toolu_one' },
      { rule: 'malformed-line', line: res.line },
      { rule: 'broken-parent-chain', line: child.line, severity: 'warning' as const },
    ];
    const n = r.lines.length;
    // The torn line goes, its child is linked to the tool_use line, the placeholder is appended.
    const { before, after } = await runRepairCase(env, { kind: 'edits', d: { file, damaged, expected }, diff: { removed: [res.line, child.line], added: [child.line - 1, n] } });
    expect(before.skippedLines).toHaveLength(1);
    expect(sentIds(before)).toEqual(['toolu_two']);
    expect(sentIds(after)).toEqual(['toolu_one', 'toolu_two']);
    expect(resultTexts(after)[0]).toEqual(['toolu_one', CLIENT_PLACEHOLDERS.interrupted]);
  });

  it('a torn compact_boundary: malformed-line, and the missing parent of the summary (bridged) a warning; the client then sends the history from before the compaction', async (ctx) => {
    const env = await setup(ctx);
    const file = await C.recordCompact(env);
    const r = T.readTranscript(file);
    const boundary = U.compactBoundaryLine(r);
    const summary = U.onlyChild(r, T.uuidOf(boundary) as string);
    expect(summary.rec?.['isCompactSummary']).toBe(true);
    env.script(say('healthy'));
    const healthy = await env.resumeAndRestore('continue');
    expect(sentIds(healthy)).toEqual(['toolu_post_compact']);
    const damaged = U.tearLine(file, boundary.line);
    const relinkTo = T.uuidOf(U.nearestEarlier(R.parseRollout(damaged), summary.line)) as string;
    const expected = [
      { rule: 'malformed-line', line: boundary.line },
      { rule: 'broken-parent-chain', line: summary.line, severity: 'warning' as const },
    ];
    const { before, after } = await runRepairCase(env, { kind: 'edits', d: { file, damaged, expected }, diff: { removed: [boundary.line, summary.line], added: [summary.line - 1] } });
    expect(T.parentOf(T.readTranscript(file).lines[summary.line - 2] as T.Entry)).toBe(relinkTo);
    // Without its boundary the walk goes on through the bridge: the compacted history is sent again, then the summary.
    expect(sentIds(before)).toEqual(['toolu_pre_compact', 'toolu_post_compact']);
    expect(sentIds(after)).toEqual(sentIds(before));
  });

  it('a torn compact_boundary an hour after the history it compacted: the summary beyond the bridge is an error (the preserved messages are lost); fix makes it the root it is to the client, and the compacted history stays out', async (ctx) => {
    const env = await setup(ctx);
    const file = await C.recordCompact(env);
    let r = T.readTranscript(file);
    U.delayFrom(file, U.compactBoundaryLine(r).line, 3_600_000);
    expectClean(env, file);
    r = T.readTranscript(file);
    const boundary = U.compactBoundaryLine(r);
    const summary = U.onlyChild(r, T.uuidOf(boundary) as string);
    const damaged = U.tearLine(file, boundary.line);
    const expected = [
      { rule: 'malformed-line', line: boundary.line },
      { rule: 'broken-parent-chain', line: summary.line },
    ];
    const { diags, before, after } = await runRepairCase(env, { kind: 'edits', d: { file, damaged, expected }, diff: { removed: [boundary.line, summary.line], added: [summary.line - 1] } });
    expect(diags.find((d) => d.rule === 'broken-parent-chain')?.applicability, 'the model sees the same').toBe('safe');
    expect(T.parentOf(T.readTranscript(file).lines[summary.line - 2] as T.Entry)).toBeNull();
    // The client starts at the summary, before and after the fix: the compacted call stays out.
    expect(sentIds(before)).toEqual(['toolu_post_compact']);
    expect(after.messages.slice(0, -1)).toEqual(before.messages.slice(0, -1));
  });

  it('damage inside two subagent transcripts (a torn tail, a garbage line): reported in each, repaired on its own; the parent resumes cleanly', async (ctx) => {
    const env = await setup(ctx);
    const main = await U.recordTwoSubagents(env);
    const [a, b] = subagentFiles(main) as [string, string];
    await runRepairCase(env, { kind: 'removed-line', d: C.damageTornTail(a), main });
    const rb = T.readTranscript(b);
    const damaged = T.save(b, R.insertAfter(rb, 1, '{"parentUuid":"00000000-0000-4000-8000-0000000000'));
    await runRepairCase(env, { kind: 'removed-line', d: { file: b, damaged, expected: [{ rule: 'malformed-line', line: 2 }] }, main });
  });

  it('an orphan tool_result block on a user line that holds the real result too: only that block goes, the line is as the client wrote it', async (ctx) => {
    const env = await setup(ctx);
    const file = await C.recordParallel(env);
    const original = readFileSync(file, 'utf8');
    const { damaged, line } = U.addOrphanBlock(file, 'toolu_par_a', 'toolu_ghost');
    const { before } = await runRepairCase(env, { kind: 'edits', d: { file, damaged, expected: [{ rule: 'orphan-output', line, callId: 'toolu_ghost' }] }, diff: { removed: [line], added: [line] } });
    expect(before.pairingRepairs).toHaveLength(1);
    expect(T.readTranscript(file).lines[line - 1]?.text, 'the line is as the client wrote it').toBe(R.parseRollout(original).lines[line - 1]?.text);
  });

  it('CRLF line endings: a warning (the client reads them, then appends LF lines); fix makes every line LF', async (ctx) => {
    const env = await setup(ctx);
    const file = await C.recordParallel(env);
    const damaged = U.toCrlf(file);
    const { before } = await runRepairCase(env, { kind: 'crlf', d: { file, damaged, expected: [{ rule: 'crlf-line-ending', line: 1, severity: 'warning' }] } });
    expect(before.pairing.violations).toEqual([]);
    expect(sentIds(before)).toEqual(['toolu_par_a', 'toolu_par_b']);
  });

  it('a tool_use id reused by a later turn: duplicate-call-id at the later call, which 2.1.332 drops with its result; --unsafe-fixes gives both an id of their own, and the model sees both calls again', async (ctx) => {
    const env = await setup(ctx);
    const file = await U.recordRepeatedToolId(env);
    const damaged = readFileSync(file, 'utf8');
    const r = R.parseRollout(damaged);
    const uses = r.lines.filter((l) => T.toolUseIds(l).includes('toolu_same'));
    expect(uses).toHaveLength(2);
    const later = uses[1] as T.Entry;
    const result = r.lines.find((l) => T.toolResultIds(l).includes('toolu_same') && T.parentOf(l) === T.uuidOf(later)) as T.Entry;
    const expected = [{ rule: 'duplicate-call-id', line: later.line, callId: 'toolu_same' }];
    const plain = runCli(['fix', '--in-place', '--force', file], cliOpts(env));
    expect(readFileSync(file, 'utf8'), `an unsafe fix, held back: ${plain.stdout}${plain.stderr}`).toBe(damaged);
    const { before, after } = await runRepairCase(env, { kind: 'edits', d: { file, damaged, expected }, diff: { removed: [later.line, result.line], added: [later.line, result.line] } });
    expect(before.pairingRepairs).toHaveLength(1);
    expect(sentIds(before)).toEqual(['toolu_same']);
    expect(JSON.stringify(before.messages)).toContain(CLIENT_PLACEHOLDERS.toolUseInterrupted);
    const renamed = `toolu_same_${String(T.uuidOf(later)).replace(/-/g, '').slice(-12)}`;
    expect(sentIds(after)).toEqual(['toolu_same', renamed]);
    expect(resultTexts(after)).toEqual([
      ['toolu_same', 'first'],
      [renamed, 'second'],
    ]);
  });
});
