/**
 * What Claude Code 2.1.332 really does when it resumes a damaged transcript, proven with real
 * runs (no session-doctor involved): what it sends the model, what it repairs in memory
 * (`ensureToolResultPairing` in the debug log), what it appends to the file, what it drops.
 * These facts are what the Claude Code format's rules and repairs are built on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaudeEnv, closeAllClaudeEnvs, type ClaudeRun } from './harness/claude-env.js';
import { clientPlaceholders, CLIENT_PLACEHOLDERS } from './harness/claude-pairing.js';
import * as C from './harness/claude-scenarios.js';
import * as T from './harness/claude-transcript.js';
import { say } from './harness/mock-messages.js';
import * as R from './harness/rollout-file.js';
import { recordRepeatedIdAnswered } from './harness/claude-unseen-2.js';
import { claudeOrSkip } from './harness/skip.js';
import { CLAUDE_VERSION, DEFAULT_CLAUDE_VERSION } from './harness/claude-install.js';

afterEach(closeAllClaudeEnvs);

function sentIds(run: ClaudeRun): string[] {
  return run.pairing.toolUses.map((u) => u.id);
}

/** The lines the client appended (the damaged bytes must be a prefix of the file afterwards). */
function appended(file: string, before: string): R.RolloutText {
  const after = readFileSync(file, 'utf8');
  expect(after.startsWith(before), 'the client only appends').toBe(true);
  return R.parseRollout(after.slice(before.length));
}

function resultTexts(r: R.RolloutText): Array<[string, unknown]> {
  return r.lines.flatMap((l) =>
    T.toolResultIds(l).map((id) => {
      const block = ((l.rec?.['message'] as Record<string, unknown>)['content'] as Array<Record<string, unknown>>).find((b) => b['tool_use_id'] === id);
      return [id, block?.['content']] as [string, unknown];
    }),
  );
}

// Facts of 2.1.332: with SESSION_DOCTOR_E2E_CLAUDE_VERSION set to another version, claude-session-doctor.e2e.test.ts is the file to run.
describe.skipIf(CLAUDE_VERSION !== DEFAULT_CLAUDE_VERSION)('Claude Code 2.1.332 resuming damaged transcripts', () => {
  it('SIGKILL mid-tool: the first resume appends the interrupted result and "No response requested.", then sends a paired history', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const d = C.killedMissingResult(await C.recordKilledMidTool(env));
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    const added = appended(d.file, d.damaged);
    expect(resultTexts(added)).toEqual([[d.toolUseId, CLIENT_PLACEHOLDERS.interrupted]]);
    const res = T.toolResultLine(added, d.toolUseId as string);
    const use = T.toolUseLine(R.parseRollout(d.damaged), d.toolUseId as string);
    expect(T.parentOf(res)).toBe(T.uuidOf(use));
    expect(res.rec?.['sourceToolAssistantUUID']).toBe(T.uuidOf(use));
    expect(res.rec?.['toolDenialKind']).toBe('interrupted');
    const synthetic = added.lines.find((l) => l.rec?.['type'] === 'assistant');
    expect((synthetic?.rec?.['message'] as Record<string, unknown>)['model']).toBe('<synthetic>');
    expect(JSON.stringify((synthetic?.rec?.['message'] as Record<string, unknown>)['content'])).toContain('No response requested.');
    expect(run.pairing.violations).toEqual([]);
    expect(sentIds(run)).toEqual([d.toolUseId]);
    expect(clientPlaceholders(run.pairing).map((p) => p.toolUseId)).toEqual([d.toolUseId]);
    // A second resume adds no second result.
    const once = readFileSync(d.file, 'utf8');
    env.script(say('again'));
    await env.resume('again');
    expect(resultTexts(appended(d.file, once))).toEqual([]);
  });

  it('torn final line: skipped with a debug message, the message it held is lost, "\\n" is written before appending', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const d = C.damageTornTail(await C.recordBash(env));
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(run.skippedLines).toHaveLength(1);
    expect(run.pairing.violations).toEqual([]);
    expect(sentIds(run)).toEqual(['toolu_bash_hi']);
    expect(JSON.stringify(run.messages)).not.toContain('The command printed hi.');
    const after = readFileSync(d.file, 'utf8');
    expect(after.startsWith(`${d.damaged}\n`)).toBe(true);
    // The torn row, not expected[0]: a dangling-leaf-uuid row comes first when the client wrote
    // `last-prompt` before the message the tear cut.
    const torn = d.expected.find((e) => e.rule === 'torn-final-line');
    expect(C.garbageAfterResume(d.file).expected).toEqual([{ rule: 'malformed-line', line: torn?.line }]);
  });

  it('orphan result: dropped from the request by an in-memory repair, every resume again', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const d = C.damageOrphanResult(await C.recordBash(env), 'toolu_bash_hi');
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(run.pairing.violations).toEqual([]);
    expect(run.pairing.toolResults.map((r) => r.toolUseId)).toEqual(['toolu_bash_hi']);
    expect(run.pairingRepairs.map((e) => e.message.split('\n')[0])).toEqual([expect.stringMatching(/^ensureToolResultPairing: repaired /)]);
    // Nothing is written back: the orphan stays in the file and the next resume repairs it again.
    expect(T.filePairing(T.readTranscript(d.file)).orphans).toEqual(['toolu_lost_sibling']);
    env.script(say('again'));
    const again = await env.resume('again');
    expect(again.pairingRepairs).toHaveLength(1);
    expect(again.pairing.violations).toEqual([]);
  });

  it('duplicate result: one copy sent, the other removed by an in-memory repair', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const d = C.damageDuplicateResult(await C.recordBash(env), 'toolu_bash_hi');
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(run.pairing.violations).toEqual([]);
    expect(run.pairing.toolResults.map((r) => r.toolUseId)).toEqual(['toolu_bash_hi']);
    expect(run.pairingRepairs).toHaveLength(1);
    expect(T.filePairing(T.readTranscript(d.file)).duplicated, 'nothing written back').toEqual([d.toolUseId]);
  });

  it('result not in the next message: the real output is replaced by a placeholder', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const d = C.damageNonAdjacentResult(await C.recordBash(env), 'toolu_bash_hi');
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(run.pairing.violations).toEqual([]);
    expect(sentIds(run)).toEqual(['toolu_bash_hi']);
    expect(clientPlaceholders(run.pairing).map((r) => [r.toolUseId, r.text.split('\n')[0]])).toEqual([['toolu_bash_hi', CLIENT_PLACEHOLDERS.missing]]);
    expect(run.pairingRepairs).toHaveLength(1);
    expect(readFileSync(d.file, 'utf8').startsWith(d.damaged)).toBe(true);
  });

  it('missing parent within 5 s: bridged, the whole history is sent', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    C.damageBrokenParent(await C.recordBash(env), 0);
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(run.pairing.violations).toEqual([]);
    expect(run.pairing.startsWithUser).toBe(true);
    expect(sentIds(run)).toEqual(['toolu_bash_hi']);
    expect(run.pairingRepairs).toEqual([]);
  });

  it('missing parent 60 s back: the chain is cut, every earlier message silently dropped', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    C.damageBrokenParent(await C.recordBash(env), 60);
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(run.pairing.startsWithUser).toBe(false);
    expect(sentIds(run)).toEqual([]);
    expect(JSON.stringify(run.messages[0])).toContain('The command printed hi.');
    expect(JSON.stringify(run.messages)).not.toContain('run echo hi');
  });

  it('a lost result in mid-history: the unanswered tool_use is silently dropped from every request, nothing logged or written', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const d = C.damageLostResult(await C.recordMultiTurn(env), 'toolu_turn_1');
    for (const prompt of ['continue', 'again']) {
      env.script(say('resumed'));
      const run = await env.resume(prompt);
      expect(run.run.code, run.run.stderr).toBe(0);
      expect(run.pairing.violations).toEqual([]);
      expect(sentIds(run)).toEqual(['toolu_turn_2']);
      expect(run.pairingRepairs).toEqual([]);
      expect(resultTexts(appended(d.file, d.damaged))).toEqual([]);
    }
  });

  it('a lost result of a call whose id a later, answered call reuses: not dropped (its id has a result); sent with "[Tool result missing due to internal error]", the later call dropped for "[Tool use interrupted]" and its output lost, logged, on every resume; nothing written', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const d = C.damageLostResult(await recordRepeatedIdAnswered(env), 'toolu_same');
    for (const prompt of ['continue', 'again']) {
      env.script(say('resumed'));
      const run = await env.resume(prompt);
      expect(run.run.code, run.run.stderr).toBe(0);
      expect(run.pairing.violations).toEqual([]);
      expect(sentIds(run)).toEqual(['toolu_same']);
      expect(run.pairing.toolResults.map((r) => r.text)).toEqual([CLIENT_PLACEHOLDERS.missing]);
      expect(JSON.stringify(run.messages)).toContain(CLIENT_PLACEHOLDERS.toolUseInterrupted);
      expect(run.pairingRepairs).toHaveLength(1);
      expect(resultTexts(appended(d.file, d.damaged))).toEqual([]);
    }
  });

  it('a lost result before a compact_boundary: invisible to the request (the boundary cuts the history)', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const d = C.damageLostResult(await C.recordCompact(env), 'toolu_pre_compact');
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(run.pairing.violations).toEqual([]);
    expect(sentIds(run)).toEqual(['toolu_post_compact']);
    expect(run.pairingRepairs).toEqual([]);
    expect(resultTexts(appended(d.file, d.damaged))).toEqual([]);
  });

  it('a result line for a pre-compaction tool_use appended after the boundary is an orphan: stripped in memory', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const d = C.damageLostResult(await C.recordCompact(env), 'toolu_pre_compact');
    const r = R.parseRollout(d.damaged);
    const use = T.toolUseLine(r, 'toolu_pre_compact');
    const lastMessage = r.lines.filter((l) => l.rec?.['type'] === 'assistant').pop() as T.Entry;
    const line = JSON.stringify({
      parentUuid: T.uuidOf(use),
      isSidechain: false,
      type: 'user',
      message: { role: 'user', content: [{ tool_use_id: 'toolu_pre_compact', type: 'tool_result', content: 'aborted', is_error: true }] },
      uuid: '00000000-0000-4000-8000-00000000c0de',
      timestamp: lastMessage.rec?.['timestamp'],
      sourceToolAssistantUUID: T.uuidOf(use),
      sessionId: use.rec?.['sessionId'],
    });
    writeFileSync(d.file, `${d.damaged}${line}\n`);
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(run.pairing.violations).toEqual([]);
    expect(sentIds(run)).toEqual(['toolu_post_compact']);
    expect(run.pairingRepairs).toHaveLength(1);
  });

  it('a UTF-8 byte-order mark is tolerated: the same history is sent, nothing repaired', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const d = C.damageBom(await C.recordBash(env));
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(run.pairing.violations).toEqual([]);
    expect(run.pairing.startsWithUser).toBe(true);
    expect(JSON.stringify(run.messages[0])).toContain('run echo hi');
    expect(sentIds(run)).toEqual(['toolu_bash_hi']);
    expect(run.pairingRepairs).toEqual([]);
    expect(run.skippedLines).toEqual([]);
    expect(readFileSync(d.file, 'utf8').startsWith(d.damaged)).toBe(true);
  });

  it('SIGKILL inside a subagent: the parent gets the interrupted result for the Agent call, the subagent file is left as it was', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const rec = await C.recordKilledInSubagent(env);
    const sub = readFileSync(rec.subagentFile!, 'utf8');
    expect(T.filePairing(R.parseRollout(sub)).unanswered).toEqual([rec.subagentToolUseId]);
    const d = C.killedMissingResult(rec);
    env.script(say('resumed'));
    const run = await env.resume('continue');
    expect(run.run.code, run.run.stderr).toBe(0);
    expect(resultTexts(appended(d.file, d.damaged))).toEqual([[rec.toolUseId, CLIENT_PLACEHOLDERS.interrupted]]);
    expect(run.pairing.violations).toEqual([]);
    expect(sentIds(run)).toEqual([rec.toolUseId]);
    expect(readFileSync(rec.subagentFile!, 'utf8')).toBe(sub);
  });

  it('no message at all: "No conversation found with session ID", exit 1, file untouched', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const file = await C.recordBash(env);
    const r = T.readTranscript(file);
    const onlyRows = r.lines.filter((l) => l.rec?.['type'] === 'queue-operation').map((l) => `${l.text}\n`).join('');
    writeFileSync(file, onlyRows);
    const run = await env.resume('continue', path.basename(file, '.jsonl'));
    expect(run.run.code).toBe(1);
    expect(`${run.run.stderr}${run.run.stdout}`).toContain(`No conversation found with session ID: ${path.basename(file, '.jsonl')}`);
    expect(readFileSync(file, 'utf8')).toBe(onlyRows);
    expect(run.requests).toEqual([]);
  });
});
