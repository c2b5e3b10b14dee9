/**
 * The real breakages first recorded with Codex 0.171.0 (and the same in 0.169.0): SIGKILL while three
 * parallel calls run, while a client tool_search is pending, in a turn after a compaction, and SIGHUP
 * while a tool runs. For each: check reports exactly the unpaired calls; after `fix --in-place` Codex
 * resumes fully paired with nothing synthesized, and the model sees what Codex's own in-memory repair
 * showed it before the fix.
 */
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { expectCleanResume } from './harness/assertions.js';
import { sessionIdOf } from './harness/codex-driver.js';
import { CODEX_VERSION } from './harness/codex-install.js';
import { CodexEnv, closeAllEnvs } from './harness/env.js';
import { LARGE_USAGE, toolSearchCall } from './harness/mock-responses.js';
import * as S from './harness/scenarios.js';
import { check, fixInPlace } from './harness/session-doctor.js';
import { cliOrSkip, codexOrSkip } from './harness/skip.js';

afterEach(closeAllEnvs);

async function setup(ctx: TestContext, opts: Parameters<typeof CodexEnv.create>[1] = {}): Promise<CodexEnv> {
  cliOrSkip(ctx);
  return CodexEnv.create(codexOrSkip(ctx), opts);
}

/** Starts `codex exec` with `items` and a stream that stays open, waits until every call id is on disk, kills it. */
async function killWhilePending(env: CodexEnv, items: Array<Record<string, unknown>>, callIds: string[], signal: NodeJS.Signals): Promise<string> {
  env.script({ items: items as never, hang: true });
  const running = env.startExec('do it');
  await env.waitForRollout((text) => callIds.every((id) => text.includes(`"call_id":"${id}"`)));
  await running.kill(signal);
  return env.rollout();
}

/**
 * check reports a missing output for exactly `callIds`; the fix makes Codex resume paired with nothing
 * synthesized, and the model sees what Codex's own repair showed it.
 */
async function expectRepairedLikeCodex(env: CodexEnv, file: string, callIds: string[]): Promise<void> {
  const found = check(file).file.diagnostics;
  expect(found.filter((d) => d.rule === 'missing-output').map((d) => d.callId).sort()).toEqual([...callIds].sort());
  expect(found.filter((d) => d.severity === 'error' && d.rule !== 'missing-output')).toEqual([]);
  const id = sessionIdOf(file);
  const codexRepair = await env.resumeAndRestore('continue', id);
  expect(codexRepair.run.code).toBe(0);
  expect(codexRepair.pairing.synthesized.map((s) => s.callId).sort()).toEqual([...callIds].sort());
  const fixed = fixInPlace(file);
  expect(fixed.code, fixed.stderr).toBe(0);
  const after = await env.resume('continue', id);
  expectCleanResume(after, { allowPlaceholders: true });
  expect(after.tools).toEqual(codexRepair.tools);
}

describe(`Codex ${CODEX_VERSION}: real crashes, repaired the way Codex repairs them`, () => {
  it('SIGKILL while three parallel calls run: three unpaired calls', async (ctx) => {
    const env = await setup(ctx);
    const ids = ['call_p1', 'call_p2', 'call_p3'];
    const file = await S.killWhileRunning(env, ids, 'SIGKILL');
    await expectRepairedLikeCodex(env, file, ids);
  });

  it('SIGKILL while a client tool_search is pending: an unpaired tool_search_call', async (ctx) => {
    const env = await setup(ctx);
    const file = await killWhilePending(env, [toolSearchCall('call_ts', 'calendar')], ['call_ts'], 'SIGKILL');
    await expectRepairedLikeCodex(env, file, ['call_ts']);
  });

  it('SIGKILL in a turn after a compaction: one unpaired call after `compacted`', async (ctx) => {
    const env = await setup(ctx, { extraToml: ['model_auto_compact_token_limit = 2000'] });
    const file = await S.recordCompaction(env, LARGE_USAGE);
    expect(env.text(file)).toContain('"type":"compacted"');
    await S.killDuringResume(env, sessionIdOf(file), 'call_after_compaction', 'SIGKILL');
    expect(env.text(file).indexOf('"call_id":"call_after_compaction"')).toBeGreaterThan(env.text(file).lastIndexOf('"type":"compacted"'));
    await expectRepairedLikeCodex(env, file, ['call_after_compaction']);
  });

  it('SIGHUP (terminal closed) while a tool runs: the call is left unpaired', async (ctx) => {
    const env = await setup(ctx);
    const killed = await S.recordKilledExec(env, 'SIGHUP', { callIsLastLine: false });
    await expectRepairedLikeCodex(env, killed.file, [killed.callId]);
  });
});
