/**
 * A second blind acceptance test of session-doctor against Claude Code 2.1.332, on damage the suite did
 * not inflict before: lines torn, lost and written twice around thinking blocks; kills in a
 * `--fork-session` fork and in its original after the fork; SIGKILL during `/compact`; API errors and
 * dropped streams the client retries, and kills during the retry; a repeated tool_use id whose later
 * call was killed, or whose first call's result was lost; a tool_result moved into a later turn (also behind an orphan result line). For each: `check` reports exactly the damage (rule, line, severity) and a healthy
 * file nothing; after `fix --in-place --force --unsafe-fixes` (idempotent) `claude -p --resume` sends a
 * strictly paired history, logs no `ensureToolResultPairing` repair and appends no tool_result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionIdOfTranscript } from './harness/claude-driver.js';
import { closeAllClaudeEnvs, type ClaudeRun } from './harness/claude-env.js';
import { CLIENT_PLACEHOLDERS } from './harness/claude-pairing.js';
import { cliOpts, expectClean, expectHealthy, resultTexts, runRepairCase, sentIds, setup } from './harness/claude-repair.js';
import * as C from './harness/claude-scenarios.js';
import * as T from './harness/claude-transcript.js';
import * as U from './harness/claude-unseen.js';
import * as V from './harness/claude-unseen-2.js';
import { apiError, bash, say, text, type JsonObject } from './harness/mock-messages.js';
import * as R from './harness/rollout-file.js';
import { runCli } from './harness/session-doctor.js';

afterEach(closeAllClaudeEnvs);

/** The signature of each thinking block the request sent, in order. */
function signatures(run: ClaudeRun): string[] {
  return run.messages.flatMap((m) => (Array.isArray(m['content']) ? (m['content'] as JsonObject[]) : []).filter((b) => b['type'] === 'thinking').map((b) => String(b['signature'])));
}

function isThinkingLine(l: T.Entry): boolean {
  const content = (l.rec?.['message'] as JsonObject | undefined)?.['content'];
  return Array.isArray(content) && (content as JsonObject[]).some((b) => b['type'] === 'thinking');
}

/** The thinking line of the message that holds the tool_use `id` (its parent: one block per line). */
function thinkingBefore(r: R.RolloutText, id: string): T.Entry {
  const thinking = T.lineByUuid(r, String(T.parentOf(T.toolUseLine(r, id))));
  expect(isThinkingLine(thinking)).toBe(true);
  return thinking;
}

const SIGNATURES = ['sig_I_should_run_echo_one_', 'sig_It_printed_one_', 'sig_I_should_run_echo_two_', 'sig_It_printed_two_'];

describe('thinking blocks (with signatures) before tool calls', () => {
  it('healthy, over two turns: no diagnostics, and every thinking block is sent with its signature', async (ctx) => {
    const env = await setup(ctx);
    const run = await expectHealthy(env, [await V.recordThinkingTwoTurns(env)]);
    expect(sentIds(run)).toEqual(['toolu_think_1', 'toolu_think_2']);
    expect(signatures(run)).toEqual(SIGNATURES);
  });

  it('the thinking line before a call torn in mid-file: malformed-line, and the tool_use line it parented a bridged warning; fix links the call where the client bridges it', async (ctx) => {
    const env = await setup(ctx);
    const file = await V.recordThinkingTwoTurns(env);
    const r = T.readTranscript(file);
    const use = T.toolUseLine(r, 'toolu_think_1');
    const thinking = thinkingBefore(r, 'toolu_think_1');
    const damaged = U.tearLine(file, thinking.line);
    const relinkTo = T.uuidOf(U.nearestEarlier(R.parseRollout(damaged), use.line)) as string;
    const expected = [
      { rule: 'malformed-line', line: thinking.line },
      { rule: 'broken-parent-chain', line: use.line, severity: 'warning' as const },
    ];
    const { before, after } = await runRepairCase(env, { kind: 'edits', d: { file, damaged, expected }, diff: { removed: [thinking.line, use.line], added: [use.line - 1] } });
    expect(T.parentOf(T.readTranscript(file).lines[use.line - 2] as T.Entry)).toBe(relinkTo);
    // The client skips the torn line: the call goes without its thinking block, before and after the fix.
    expect(before.skippedLines).toHaveLength(1);
    expect(signatures(before)).toEqual(SIGNATURES.slice(1));
    expect(sentIds(before)).toEqual(['toolu_think_1', 'toolu_think_2']);
    expect(after.messages).toEqual([...before.messages.slice(0, -1), after.messages.at(-1)]);
  });

  it('the tool_use line after its thinking lost in mid-file: its result an orphan whose lost parent the client bridges to the thinking line; fix removes it and links what followed to the thinking line', async (ctx) => {
    const env = await setup(ctx);
    const file = await V.recordThinkingTwoTurns(env);
    const r = T.readTranscript(file);
    const thinking = thinkingBefore(r, 'toolu_think_1');
    const { damaged, child } = U.deleteLine(file, T.toolUseLine(r, 'toolu_think_1').line);
    expect(T.uuidOf(U.nearestEarlier(R.parseRollout(damaged), child))).toBe(T.uuidOf(thinking));
    const expected = [
      { rule: 'broken-parent-chain', line: child, severity: 'warning' as const },
      { rule: 'orphan-output', line: child, callId: 'toolu_think_1' },
    ];
    // The orphan result line goes; the line after it, its only child, is linked to the thinking line.
    const { before, after } = await runRepairCase(env, { kind: 'edits', d: { file, damaged, expected }, diff: { removed: [child, child + 1], added: [child] } });
    expect(T.parentOf(T.readTranscript(file).lines[child - 1] as T.Entry)).toBe(T.uuidOf(thinking));
    // 2.1.332 strips the orphan result in memory on every resume; after the fix there is none to strip.
    expect(before.pairingRepairs).toHaveLength(1);
    expect(sentIds(before)).toEqual(['toolu_think_2']);
    expect(sentIds(after)).toEqual(['toolu_think_2']);
    // Observed: the thinking line left without its tool_use is sent as no message at all (before and after the fix).
    expect(signatures(after)).toEqual(signatures(before));
    expect(signatures(after)).toEqual(SIGNATURES.slice(1));
  });

  it('a thinking line and its tool_use line each written twice (same uuid): the client counts each once, so check reports nothing and fix leaves them', async (ctx) => {
    const env = await setup(ctx);
    const file = await V.recordThinkingTwoTurns(env);
    U.duplicateLine(file, T.toolUseLine(T.readTranscript(file), 'toolu_think_1').line);
    const damaged = U.duplicateLine(file, thinkingBefore(T.readTranscript(file), 'toolu_think_1').line);
    const run = await expectHealthy(env, [file]);
    expect(sentIds(run)).toEqual(['toolu_think_1', 'toolu_think_2']);
    expect(signatures(run)).toEqual(SIGNATURES);
    const fixed = runCli(['fix', '--in-place', '--force', '--unsafe-fixes', file], cliOpts(env));
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith(damaged)).toBe(true);
  });

  it('SIGKILL while the call after a thinking block runs: missing-output; the appended result keeps the thinking block sent with its call', async (ctx) => {
    const env = await setup(ctx);
    const rec = await V.recordKilledAfterThinking(env);
    const { before, after } = await runRepairCase(env, { kind: 'missing', d: C.killedMissingResult(rec) });
    for (const run of [before, after]) {
      expect(sentIds(run)).toEqual(['toolu_think_1', rec.toolUseId]);
      expect(signatures(run)).toEqual(['sig_I_should_run_echo_one_', 'sig_It_printed_one_', 'sig_This_will_take_a_while_']);
      expect(resultTexts(run)[1]).toEqual([rec.toolUseId, CLIENT_PLACEHOLDERS.interrupted]);
    }
  });

  it('the final answer torn after its thinking line: torn-final-line; fix cuts the fragment, and the thinking line stays the last message', async (ctx) => {
    const env = await setup(ctx);
    const file = await V.recordThinkingTwoTurns(env);
    const d = C.damageTornTail(file);
    expect(isThinkingLine(R.parseRollout(d.damaged).lines.at(-2) as T.Entry)).toBe(true);
    const { before, after } = await runRepairCase(env, { kind: 'removed-line', d });
    expect(sentIds(after)).toEqual(['toolu_think_1', 'toolu_think_2']);
    expect(after.messages).toEqual([...before.messages.slice(0, -1), after.messages.at(-1)]);
    expect(signatures(after)).toEqual(signatures(before));
  });
});

describe('--resume <id> --fork-session: damage in the fork, and in the original after the fork', () => {
  it('SIGKILL while a call of the fork runs: missing-output in the fork only; fixed, the fork resumes cleanly and the original is untouched', async (ctx) => {
    const env = await setup(ctx);
    const rec = await V.recordKilledInFork(env);
    const original = readFileSync(rec.original, 'utf8');
    expectClean(env, rec.original);
    const { after } = await runRepairCase(env, { kind: 'missing', d: C.killedMissingResult({ file: rec.fork, toolUseId: rec.toolUseId }), sessionId: sessionIdOfTranscript(rec.fork) });
    expect(sentIds(after)).toEqual(['toolu_orig', rec.toolUseId]);
    expect(readFileSync(rec.original, 'utf8'), 'the original is not touched').toBe(original);
    expect(sentIds(await expectHealthy(env, [rec.original], sessionIdOfTranscript(rec.original)))).toEqual(['toolu_orig']);
  });

  it('SIGKILL in the original resumed after the fork: missing-output in the original only; the fork checks clean and sends the same before and after the original is fixed', async (ctx) => {
    const env = await setup(ctx);
    const rec = await V.recordKilledInOriginalAfterFork(env);
    const forkId = sessionIdOfTranscript(rec.fork);
    const fork = readFileSync(rec.fork, 'utf8');
    expectClean(env, rec.fork);
    env.script(say('the fork before'));
    const forkBefore = await env.resumeAndRestore('continue', forkId);
    const { after } = await runRepairCase(env, { kind: 'missing', d: C.killedMissingResult({ file: rec.original, toolUseId: rec.toolUseId }), sessionId: sessionIdOfTranscript(rec.original) });
    expect(sentIds(after)).toEqual(['toolu_orig', rec.toolUseId]);
    expect(readFileSync(rec.fork, 'utf8'), 'the fork is not touched').toBe(fork);
    const forkAfter = await expectHealthy(env, [rec.fork], forkId);
    expect(sentIds(forkAfter)).toEqual(['toolu_orig', 'toolu_forked']);
    expect(forkAfter.messages.slice(0, -1)).toEqual(forkBefore.messages.slice(0, -1));
  });

  it("a result lost from the history the fork copied: missing-output in the fork (the client drops the call); fix answers it there, the original's own result stays its own", async (ctx) => {
    const env = await setup(ctx);
    const [original, fork] = await U.recordFork(env);
    const originalBytes = readFileSync(original, 'utf8');
    const { before, after } = await runRepairCase(env, { kind: 'missing', d: C.damageLostResult(fork, 'toolu_orig'), sessionId: sessionIdOfTranscript(fork) });
    expect(sentIds(before)).toEqual(['toolu_forked']);
    expect(sentIds(after)).toEqual(['toolu_orig', 'toolu_forked']);
    expect(resultTexts(after)[0]).toEqual(['toolu_orig', CLIENT_PLACEHOLDERS.interrupted]);
    expect(readFileSync(original, 'utf8')).toBe(originalBytes);
    expect(resultTexts(await expectHealthy(env, [original], sessionIdOfTranscript(original)))).toEqual([['toolu_orig', 'original']]);
  });
});

describe('SIGKILL during /compact', () => {
  it('while the summary request is in flight: nothing of the compaction is written, the file checks clean, resumes with its whole history, and compacts again', async (ctx) => {
    const env = await setup(ctx);
    const file = await V.recordKilledDuringCompact(env);
    expect(readFileSync(file, 'utf8')).not.toContain('compact_boundary');
    expect(sentIds(await expectHealthy(env, [file]))).toEqual(['toolu_pre_compact']);
    expect((await env.resume('/compact')).run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('"subtype":"compact_boundary"');
    expect(sentIds(await expectHealthy(env, [file]))).toEqual([]);
  });

  it('as soon as the compact_boundary line is on disk: what the kill left is reported as it stands and, repaired where it must be, resumes paired', async (ctx) => {
    const env = await setup(ctx);
    const file = await V.recordKilledAtCompactBoundary(env);
    const damaged = readFileSync(file, 'utf8');
    const r = R.parseRollout(damaged);
    const boundary = U.compactBoundaryLine(r);
    // Observed every time: the client writes the summary and the /compact command's lines with the boundary, so the kill leaves a finished compaction.
    if (r.lines.some((l) => l.rec?.['isCompactSummary'] === true && T.parentOf(l) === T.uuidOf(boundary))) {
      const run = await expectHealthy(env, [file]);
      expect(sentIds(run)).toEqual([]);
      expect(String(run.messages[0]?.['content'])).toMatch(/continued from a previous conversation/);
      return;
    }
    // Killed between those writes: the unfinished boundary (and a torn last line, if the kill tore one) go.
    const torn = r.lines.at(-1)?.rec === undefined ? [(r.lines.at(-1) as T.Entry).line] : [];
    const expected = [{ rule: 'dangling-compact-reference', line: boundary.line }, ...torn.map((line) => ({ rule: 'torn-final-line', line }))];
    const { after } = await runRepairCase(env, { kind: 'edits', d: { file, damaged, expected }, diff: { removed: [boundary.line, ...torn], added: [] } });
    expect(sentIds(after)).toEqual(['toolu_pre_compact']);
  });

  it('the file cut right after the compact_boundary (a kill between its writes): an error, as 2.1.332 resumes from the boundary with the preserved message alone (a request that starts with an assistant message); --unsafe-fixes removes the unfinished boundary and the whole history is sent', async (ctx) => {
    const env = await setup(ctx);
    const file = await C.recordCompact(env);
    const r = T.readTranscript(file);
    const boundary = U.compactBoundaryLine(r);
    const damaged = r.lines.filter((l) => l.line <= boundary.line).map((l) => `${l.text}\n`).join('');
    writeFileSync(file, damaged);
    const { before, after } = await runRepairCase(env, { kind: 'removed-line', d: { file, damaged, expected: [{ rule: 'dangling-compact-reference', line: boundary.line }] } });
    // Observed: no summary, and the last-prompt's leaf (the compacted one) ignored.
    expect(before.pairing.startsWithUser).toBe(false);
    expect(sentIds(before)).toEqual([]);
    expect(sentIds(after)).toEqual(['toolu_pre_compact']);
  });

  it('the summary line torn after its boundary: torn-final-line, and the unfinished boundary an error; fix removes both, and the whole history is sent', async (ctx) => {
    const env = await setup(ctx);
    const file = await C.recordCompact(env);
    const r = T.readTranscript(file);
    const boundary = U.compactBoundaryLine(r);
    const summary = U.onlyChild(r, T.uuidOf(boundary) as string);
    const kept = r.lines.filter((l) => l.line <= boundary.line).map((l) => `${l.text}\n`).join('');
    const damaged = kept + summary.text.slice(0, Math.floor(summary.text.length / 2));
    writeFileSync(file, damaged);
    const expected = [
      { rule: 'dangling-compact-reference', line: boundary.line },
      { rule: 'torn-final-line', line: summary.line },
    ];
    const { before, after } = await runRepairCase(env, { kind: 'edits', d: { file, damaged, expected }, diff: { removed: [boundary.line, summary.line], added: [] } });
    expect(before.pairing.startsWithUser).toBe(false);
    expect(sentIds(after)).toEqual(['toolu_pre_compact']);
  });
});

describe('API errors and dropped streams the client retries (CLAUDE_CODE_MAX_RETRIES=3)', () => {
  const first = {
    'a 529 overloaded_error': () => apiError(529, 'overloaded_error'),
    'a 500 api_error': () => apiError(500, 'api_error'),
    'a stream dropped after its first block': () => ({ content: [text('Let me run it.'), bash('toolu_dropped', 'echo dropped')], cutAfterBlocks: 1 }),
  };

  for (const [what, reply] of Object.entries(first)) {
    it(`${what}, then a retry that succeeds: the system api_error line the client writes (for an HTTP error always, for a dropped stream not always) is no damage; the file checks clean and resumes paired`, async (ctx) => {
      const env = await setup(ctx);
      const file = await V.recordRetried(env, reply(), 'toolu_retried');
      expect(env.mock.turnRequests.filter((q) => q.answeredWith === 'script')).toHaveLength(3);
      const r = T.readTranscript(file);
      const apiErrorLine = r.lines.find((l) => l.rec?.['type'] === 'system' && l.rec['subtype'] === 'api_error');
      // Observed: written for every HTTP error; after a dropped stream only in some runs (the client's choice, not the test's timing).
      if (what.startsWith('a 5')) expect(apiErrorLine).toBeDefined();
      if (apiErrorLine) expect(T.parentOf(T.toolUseLine(r, 'toolu_retried'))).toBe(T.uuidOf(apiErrorLine));
      expect(readFileSync(file, 'utf8')).not.toContain('toolu_dropped');
      expect(sentIds(await expectHealthy(env, [file]))).toEqual(['toolu_retried']);
    });
  }

  for (const what of ['a 529 overloaded_error', 'a stream dropped after its first block'] as const) {
    it(`SIGKILL while the retry after ${what} streams: whatever the client wrote of it checks clean and resumes paired`, async (ctx) => {
      const env = await setup(ctx);
      const file = await V.recordKilledDuringRetry(env, first[what]());
      const r = T.readTranscript(file);
      const prompt = U.promptLine(r, 'run the slow command');
      const after = r.lines.filter((l) => l.line > prompt.line && T.uuidOf(l) !== undefined);
      // Observed: an attachment, and the failed try's api_error line in some runs; a text line of the retry is the client's timing too.
      // After a dropped stream the client may also keep the try's text and add an isMeta note asking the model to resume (in some runs).
      for (const l of after) expect(['attachment', 'system', 'assistant', 'user']).toContain(l.rec?.['type']);
      for (const l of after.filter((e) => e.rec?.['type'] === 'user')) {
        expect(l.rec?.['isMeta']).toBe(true);
        expect(JSON.stringify(l.rec?.['message'])).toContain('cut off mid-stream');
      }
      expect(after.flatMap((l) => T.toolUseIds(l))).toEqual([]);
      expect(sentIds(await expectHealthy(env, [file]))).toEqual(['toolu_before_retry']);
    });
  }

  it('SIGKILL while the call a retry brought runs: missing-output at its line (after the api_error line); fix answers it', async (ctx) => {
    const env = await setup(ctx);
    const toolUseId = 'toolu_retried_slow';
    env.script(apiError(529, 'overloaded_error'), { content: [bash(toolUseId, 'echo slow > slow.txt && sleep 30', 'wait a while')] });
    const { running } = env.start('run the slow command', undefined, V.RETRIES);
    await V.killWhileToolRuns(env, running, toolUseId);
    const { after } = await runRepairCase(env, { kind: 'missing', d: C.killedMissingResult({ file: env.transcript(), toolUseId }) });
    expect(resultTexts(after)).toEqual([[toolUseId, CLIENT_PLACEHOLDERS.interrupted]]);
  });
});

describe('a repeated tool_use id whose later call was killed while it ran', () => {
  it('duplicate-call-id and missing-output at the later call (2.1.332 drops it for "[Tool use interrupted]" on every resume); --unsafe-fixes gives it an id of its own and its interrupted result, and the model sees both calls', async (ctx) => {
    const env = await setup(ctx);
    const file = await V.recordRepeatedIdKilled(env);
    const damaged = readFileSync(file, 'utf8');
    const r = R.parseRollout(damaged);
    const uses = r.lines.filter((l) => T.toolUseIds(l).includes('toolu_same'));
    expect(uses).toHaveLength(2);
    const later = uses[1] as T.Entry;
    const expected = [
      { rule: 'duplicate-call-id', line: later.line, callId: 'toolu_same' },
      { rule: 'missing-output', line: later.line, callId: 'toolu_same' },
    ];
    const plain = runCli(['fix', '--in-place', '--force', file], cliOpts(env));
    expect(readFileSync(file, 'utf8'), `unsafe fixes, held back: ${plain.stdout}${plain.stderr}`).toBe(damaged);
    const n = r.lines.length;
    const { before, after } = await runRepairCase(env, { kind: 'edits', d: { file, damaged, expected }, diff: { removed: [later.line], added: [later.line, n + 1] }, twice: true });
    expect(before.pairingRepairs).toHaveLength(1);
    expect(sentIds(before)).toEqual(['toolu_same']);
    expect(JSON.stringify(before.messages)).toContain(CLIENT_PLACEHOLDERS.toolUseInterrupted);
    const renamed = `toolu_same_${String(T.uuidOf(later)).replace(/-/g, '').slice(-12)}`;
    expect(sentIds(after)).toEqual(['toolu_same', renamed]);
    expect(resultTexts(after)).toEqual([
      ['toolu_same', 'first'],
      [renamed, CLIENT_PLACEHOLDERS.interrupted],
    ]);
  });

  it('the first call\'s result lost while the later call is answered: missing-output at the first call and duplicate-call-id at the later (2.1.332 sends the first with "[Tool result missing due to internal error]" and drops the later for "[Tool use interrupted]", its output lost, on every resume); --unsafe-fixes renames the later call and answers the first, and the model sees both calls', async (ctx) => {
    const env = await setup(ctx);
    const d = C.damageLostResult(await V.recordRepeatedIdAnswered(env), 'toolu_same');
    const r = R.parseRollout(d.damaged);
    const [first, later] = r.lines.filter((l) => T.toolUseIds(l).includes('toolu_same')) as [T.Entry, T.Entry];
    const result = T.toolResultLine(r, 'toolu_same');
    expect(T.parentOf(result)).toBe(T.uuidOf(later));
    const expected = [
      { rule: 'missing-output', line: first.line, callId: 'toolu_same' },
      { rule: 'duplicate-call-id', line: later.line, callId: 'toolu_same' },
    ];
    const plain = runCli(['fix', '--in-place', '--force', d.file], cliOpts(env));
    expect(readFileSync(d.file, 'utf8'), `unsafe fixes, held back: ${plain.stdout}${plain.stderr}`).toBe(d.damaged);
    const n = r.lines.length;
    const diff = { removed: [later.line, result.line], added: [later.line, result.line, n + 1] };
    const { before, after } = await runRepairCase(env, { kind: 'edits', d: { ...d, expected }, diff, twice: true });
    expect(before.pairingRepairs).toHaveLength(1);
    expect(sentIds(before)).toEqual(['toolu_same']);
    expect(resultTexts(before)).toEqual([['toolu_same', CLIENT_PLACEHOLDERS.missing]]);
    expect(JSON.stringify(before.messages)).toContain(CLIENT_PLACEHOLDERS.toolUseInterrupted);
    const renamed = `toolu_same_${String(T.uuidOf(later)).replace(/-/g, '').slice(-12)}`;
    expect(sentIds(after)).toEqual(['toolu_same', renamed]);
    expect(resultTexts(after)).toEqual([
      ['toolu_same', CLIENT_PLACEHOLDERS.interrupted],
      [renamed, 'second'],
    ]);
  });

  it('the first call\'s result behind another assistant line while the later call is answered: tool-result-not-adjacent and duplicate-call-id (not a second answer: the first call has no other); fix moves the result onto its call and renames the later call, and the model sees both real outputs', async (ctx) => {
    const env = await setup(ctx);
    const d = C.damageNonAdjacentResult(await V.recordRepeatedIdAnswered(env), 'toolu_same');
    const r = R.parseRollout(d.damaged);
    const later = r.lines.filter((l) => T.toolUseIds(l).includes('toolu_same'))[1] as T.Entry;
    const [result, laterResult] = r.lines.filter((l) => T.toolResultIds(l).includes('toolu_same')) as [T.Entry, T.Entry];
    const expected = [
      { rule: 'tool-result-not-adjacent', line: result.line, callId: 'toolu_same' },
      { rule: 'duplicate-call-id', line: later.line, callId: 'toolu_same' },
    ];
    const lines = [result.line, later.line, laterResult.line];
    const { after } = await runRepairCase(env, { kind: 'edits', d: { ...d, expected }, diff: { removed: lines, added: lines }, twice: true });
    const renamed = `toolu_same_${String(T.uuidOf(later)).replace(/-/g, '').slice(-12)}`;
    expect(sentIds(after)).toEqual(['toolu_same', renamed]);
    expect(resultTexts(after)).toEqual([
      ['toolu_same', 'first'],
      [renamed, 'second'],
    ]);
  });
});

describe('a tool_result in a later turn than its tool_use', () => {
  /**
   * Before the fix the client sends its placeholder for turn one's call (and strips the real output); after it,
   * the real output in the user message right after the call, and every prompt still sent, in order.
   */
  function expectRealOutputAfterCall(before: ClaudeRun, after: ClaudeRun): void {
    expect(resultTexts(before)).toEqual([
      ['toolu_turn_1', CLIENT_PLACEHOLDERS.missing],
      ['toolu_turn_2', 'two'],
    ]);
    expect(resultTexts(after)).toEqual([
      ['toolu_turn_1', 'one'],
      ['toolu_turn_2', 'two'],
    ]);
    const callAt = after.messages.findIndex((m) => JSON.stringify(m['content']).includes('"id":"toolu_turn_1"'));
    expect(JSON.stringify(after.messages[callAt + 1]?.['content'])).toContain('"tool_use_id":"toolu_turn_1"');
    const sent = JSON.stringify(after.messages);
    const prompts = ['turn one: run echo one', 'turn two: run echo two', 'turn three: just answer'].map((p) => sent.indexOf(p));
    expect(prompts.every((at) => at >= 0)).toBe(true);
    expect([...prompts].sort((a, b) => a - b)).toEqual(prompts);
  }

  it('the result of turn one hangs off the last line of turn two, and turn three off it: tool-result-not-adjacent (unsafe); fix moves it onto its call and re-links turn three, and the model sees the real output right after the call and every turn', async (ctx) => {
    const env = await setup(ctx);
    const file = await C.recordMultiTurn(env);
    const r = T.readTranscript(file);
    const two = r.lines.find((l) => l.rec?.['type'] === 'assistant' && JSON.stringify(l.rec['message']).includes('"text":"two"')) as T.Entry;
    const d = C.damageLaterTurnResult(file, 'toolu_turn_1', two);
    const result = T.toolResultLine(r, 'toolu_turn_1');
    const turnThree = r.lines.find((l) => T.parentOf(l) === T.uuidOf(two)) as T.Entry;
    const plain = runCli(['fix', '--in-place', '--force', d.file], cliOpts(env));
    expect(readFileSync(d.file, 'utf8'), `an unsafe fix, held back: ${plain.stdout}${plain.stderr}`).toBe(d.damaged);
    const lines = [result.line, turnThree.line];
    const { before, after } = await runRepairCase(env, { kind: 'edits', d, diff: { removed: lines, added: lines }, twice: true });
    expect(before.pairingRepairs.length).toBeGreaterThan(0);
    expectRealOutputAfterCall(before, after);
    expect(JSON.stringify(after.messages)).toContain('three');
  });

  it('the same, with an orphan result line between turn two and the moved result: orphan-output and tool-result-not-adjacent (both unsafe); one fix takes the orphan out, moves the result onto its call and re-links turn three to turn two, and the model sees the real output right after the call and every turn', async (ctx) => {
    const env = await setup(ctx);
    const file = await C.recordMultiTurn(env);
    const r = T.readTranscript(file);
    const two = r.lines.find((l) => l.rec?.['type'] === 'assistant' && JSON.stringify(l.rec['message']).includes('"text":"two"')) as T.Entry;
    const d = C.damageLaterTurnResultBehindOrphan(file, 'toolu_turn_1', two);
    const damaged = R.parseRollout(d.damaged);
    const [orphan, result] = d.expected.map((e) => damaged.lines[e.line - 1] as T.Entry) as [T.Entry, T.Entry];
    const turnThree = damaged.lines.find((l) => T.parentOf(l) === T.uuidOf(result)) as T.Entry;
    const plain = runCli(['fix', '--in-place', '--force', d.file], cliOpts(env));
    expect(readFileSync(d.file, 'utf8'), `unsafe fixes, held back: ${plain.stdout}${plain.stderr}`).toBe(d.damaged);
    // One fix (runRepairCase runs it twice: the second changes nothing): the orphan goes, and the result and turn three are edited.
    const { before, after } = await runRepairCase(env, { kind: 'edits', d, diff: { removed: [orphan.line, result.line, turnThree.line], added: [orphan.line, turnThree.line - 1] }, twice: true });
    const fixed = T.readTranscript(d.file);
    expect(T.parentOf(fixed.lines[orphan.line - 1] as T.Entry)).toBe(T.uuidOf(T.toolUseLine(fixed, 'toolu_turn_1')));
    expect(T.parentOf(fixed.lines[turnThree.line - 2] as T.Entry)).toBe(T.uuidOf(two));
    expectRealOutputAfterCall(before, after);
    expect(JSON.stringify(after.messages)).not.toContain('toolu_lost_elsewhere');
    expect(JSON.stringify(after.messages)).toContain('three');
  });
});
