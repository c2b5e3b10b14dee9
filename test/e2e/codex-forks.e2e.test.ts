/**
 * Real forks (`codex exec fork`): the child rollout reads its parent's file up to
 * history_base.end_byte_offset on every resume. session-doctor must never move a parent's byte before
 * that offset: the fork's model view is the same after the parent is fixed, damage after the offset is
 * repaired, damage before it is refused with the reason, and a fork whose parent no longer holds what it
 * reads is reported (Codex cannot resume it).
 */
import { existsSync, readFileSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { expectCleanResume } from './harness/assertions.js';
import { sessionIdOf } from './harness/codex-driver.js';
import { CODEX_VERSION } from './harness/codex-install.js';
import { CodexEnv, closeAllEnvs } from './harness/env.js';
import { assistantMessage } from './harness/mock-responses.js';
import * as S from './harness/scenarios.js';
import { check, fixInPlace, runCli } from './harness/session-doctor.js';
import { cliOrSkip, codexOrSkip } from './harness/skip.js';

afterEach(closeAllEnvs);

interface Forked {
  env: CodexEnv;
  parent: string;
  parentId: string;
  child: string;
  childId: string;
  cutoff: number;
}

/** Forks the session in `parent` and returns both rollouts and the byte cutoff the child records. */
async function fork(env: CodexEnv, parent: string): Promise<Forked> {
  const parentId = sessionIdOf(parent);
  env.script({ items: [assistantMessage('Forked.')] });
  const run = await env.fork('carry on in a fork', parentId);
  expect(run.run.code, run.run.stderr.slice(-2000)).toBe(0);
  const child = (await env.rollouts()).find((file) => file !== parent) as string;
  const meta = JSON.parse(readFileSync(child, 'utf8').split('\n')[0] as string) as { payload: Record<string, unknown> };
  const base = meta.payload['history_base'] as { thread_id: string; end_byte_offset: number };
  expect(meta.payload['forked_from_id']).toBe(parentId);
  expect(base.thread_id).toBe(parentId);
  return { env, parent, parentId, child, childId: sessionIdOf(child), cutoff: base.end_byte_offset };
}

async function setup(ctx: TestContext): Promise<CodexEnv> {
  cliOrSkip(ctx);
  return CodexEnv.create(codexOrSkip(ctx));
}

/** What the fork's model sees on resume: the calls and outputs of its first request. */
async function forkView(f: Forked): Promise<unknown[]> {
  f.env.script({ items: [assistantMessage('Still here.')] });
  const run = await f.env.resumeAndRestore('what do you see?', f.childId);
  expect(run.run.code, run.run.stderr.slice(-2000)).toBe(0);
  return run.tools;
}

describe(`Codex ${CODEX_VERSION} forks: fix never moves what a fork reads`, () => {
  it('a dead call before the cutoff that only events follow (a kill): its output is appended after the cutoff; the fork sees the same history', async (ctx) => {
    const env = await setup(ctx);
    const killed = await S.recordKilledExec(env, 'SIGKILL', { callIsLastLine: false });
    const f = await fork(env, killed.file);
    expect(f.cutoff, 'the fork reads the whole parent as it was').toBe(readFileSync(f.parent).length);
    const before = readFileSync(f.parent);
    const view = await forkView(f);
    expect(check(f.child).file.diagnostics.filter((d) => d.severity === 'error'), 'the fork checks clean').toEqual([]);
    const fixed = fixInPlace(f.parent);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(readFileSync(f.parent).subarray(0, f.cutoff).equals(before), 'no byte before the cutoff moved').toBe(true);
    expect(await forkView(f)).toEqual(view);
    env.script({ items: [assistantMessage('Resumed.')] });
    expectCleanResume(await env.resume('continue', f.parentId), { allowPlaceholders: true });
  });

  it('dead parallel calls before the cutoff: the last is repaired after the cutoff, the others are left with the reason; both sessions see what they saw', async (ctx) => {
    const env = await setup(ctx);
    const ids = ['call_p1', 'call_p2', 'call_p3'];
    const f = await fork(env, await S.killWhileRunning(env, ids, 'SIGKILL'));
    const before = readFileSync(f.parent);
    const view = await forkView(f);
    const parentView = (await env.resumeAndRestore('continue', f.parentId)).tools;

    const fixed = runCli(['fix', '--in-place', '--force', '--format', 'json', f.parent]);
    expect(fixed.code, fixed.stderr).toBe(1);
    const report = JSON.parse(fixed.stdout) as { files: Array<{ repairs: Array<{ callId?: string }>; diagnostics: Array<{ rule: string; callId?: string; message: string; fixable: boolean }> }> };
    const [file] = report.files;
    expect(file?.repairs.map((r) => r.callId)).toEqual(['call_p3']);
    const left = file?.diagnostics.filter((d) => d.rule === 'missing-output') ?? [];
    expect(left.map((d) => [d.callId, d.fixable])).toEqual([['call_p1', false], ['call_p2', false]]);
    for (const d of left) expect(d.message).toContain(`Not repaired: ${path.basename(f.child)} is a fork of this session and reads this file up to byte ${f.cutoff}`);
    expect(readFileSync(f.parent).subarray(0, f.cutoff).equals(before), 'no byte before the cutoff moved').toBe(true);
    expect(await forkView(f)).toEqual(view);
    expect((await env.resumeAndRestore('continue', f.parentId)).tools, "the parent's model sees what Codex showed it").toEqual(parentView);
  });

  it('--strategy truncate on such a parent is refused: the fork still resumes', async (ctx) => {
    const env = await setup(ctx);
    const killed = await S.recordKilledExec(env, 'SIGKILL', { callIsLastLine: false });
    const f = await fork(env, killed.file);
    const view = await forkView(f);
    const fixed = runCli(['fix', '--in-place', '--force', '--strategy', 'truncate', f.parent]);
    expect(fixed.code, fixed.stderr).toBe(1);
    expect(readFileSync(f.parent).length).toBe(f.cutoff);
    expect(await forkView(f)).toEqual(view);
  });

  it('a dead call after the cutoff (the parent resumed and killed again): repaired; the fork sees the same history, the parent resumes with it paired', async (ctx) => {
    const env = await setup(ctx);
    const healthy = await S.recordParallelTools(env);
    const f = await fork(env, healthy);
    const view = await forkView(f);
    await S.killDuringResume(env, f.parentId, 'call_after_fork', 'SIGKILL');
    const before = readFileSync(f.parent);
    expect(check(f.parent).file.diagnostics.filter((d) => d.rule === 'missing-output').map((d) => d.callId)).toEqual(['call_after_fork']);

    const fixed = fixInPlace(f.parent);
    expect(fixed.code, fixed.stderr).toBe(0);
    const after = readFileSync(f.parent);
    expect(after.subarray(0, f.cutoff).equals(before.subarray(0, f.cutoff)), 'no byte before the cutoff moved').toBe(true);
    expect(await forkView(f)).toEqual(view);
    env.script({ items: [assistantMessage('Resumed.')] });
    // The output in the file is session-doctor's placeholder, shaped exactly like the one Codex would synthesize.
    expectCleanResume(await env.resume('continue', f.parentId), { allowPlaceholders: true });
  });

  it('check reports a fork whose parent was cut below its cutoff, and indeed Codex cannot resume it', async (ctx) => {
    const env = await setup(ctx);
    const f = await fork(env, await S.recordParallelTools(env));
    expect(check(f.child).file.diagnostics.filter((d) => d.rule === 'fork-parent-missing')).toEqual([]);
    truncateSync(f.parent, Math.floor(f.cutoff / 2));
    const problems = check(f.child).file.diagnostics.filter((d) => d.rule === 'fork-parent-missing');
    expect(problems.map((d) => [d.line, d.severity])).toEqual([[1, 'error']]);
    expect(problems[0]?.message).toContain(`but the parent now has ${Math.floor(f.cutoff / 2)} bytes`);
    env.script({ items: [assistantMessage('unreachable')] });
    const run = await env.resume('continue', f.childId);
    expect(run.run.code).not.toBe(0);
    expect(run.fatal.join('\n')).toContain('cutoff byte offset is past the source rollout');
  });

  it('a parent Codex compressed to .jsonl.zst: the fork resumes with the parent\'s history, and check finds the parent and reports the fork clean', async (ctx) => {
    const env = await setup(ctx);
    const f = await fork(env, await S.recordExecCommand(env));
    const view = await forkView(f);
    // With the feature on, Codex compresses at start-up every rollout older than 7 days (and removes the plain one).
    const old = new Date(Date.now() - 8 * 86_400_000);
    utimesSync(f.parent, old, old);
    const now = new Date();
    utimesSync(f.child, now, now);
    writeFileSync(env.sb.configPath, readFileSync(env.sb.configPath, 'utf8').replace('[features]\n', '[features]\nlocal_thread_store_compression = true\n'));
    env.script({ items: [assistantMessage('Hello.')] });
    const other = await env.exec('say hello');
    expect(other.run.code, other.run.stderr.slice(-2000)).toBe(0);
    expect([existsSync(f.parent), existsSync(`${f.parent}.zst`)], 'the parent is compressed').toEqual([false, true]);
    expect(await forkView(f), 'the fork reads the parent from its .zst').toEqual(view);
    expect(check(f.child).file.diagnostics.filter((d) => d.severity === 'error'), 'the fork checks clean').toEqual([]);
  });
});
