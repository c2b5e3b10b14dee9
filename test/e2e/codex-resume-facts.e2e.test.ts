/**
 * What Codex CLI (0.169.0 and 0.171.0 alike) really does when it resumes a broken rollout, proven with real runs:
 * which placeholders it synthesizes (and their deterministic ids), what it drops, what it logs,
 * what is fatal, and where it looks for files. Then the repair design (applied here by the
 * harness itself, independent of session-doctor) is shown to give Codex a fully paired history
 * with nothing synthesized.
 */
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectCleanResume, expectWellFormedPaginated, filePairing } from './harness/assertions.js';
import { CodexEnv, closeAllEnvs, type CodexRun } from './harness/env.js';
import { assistantMessage } from './harness/mock-responses.js';
import { syntheticOutputId, type Item } from './harness/pairing.js';
import * as R from './harness/rollout-file.js';
import * as S from './harness/scenarios.js';
import { codexOrSkip } from './harness/skip.js';
import { sessionIdOf, snapshotCodexHome, restoreCodexHome } from './harness/codex-driver.js';
import { CODEX_VERSION } from './harness/codex-install.js';

afterEach(closeAllEnvs);

function placeholder(kind: 'fco' | 'ctco' | 'tso', callItemId: string, callId: string): Item {
  const id = syntheticOutputId(kind, callItemId);
  if (kind === 'tso') return { type: 'tool_search_output', id, call_id: callId, status: 'completed', execution: 'client', tools: [] };
  return { type: kind === 'fco' ? 'function_call_output' : 'custom_tool_call_output', id, call_id: callId, output: 'aborted' };
}

function messages(run: CodexRun, level?: string): string[] {
  return run.logs.filter((l) => !level || l.level === level).map((l) => l.message);
}

/** Removes the output lines of these call ids from the file. */
function dropOutputs(file: string, ...specs: Array<[type: string, callId: string]>): void {
  let r = R.readRollout(file);
  for (const [type, callId] of specs) r = R.removeLine(r, R.findLine(r, type, callId).line);
  writeFileSync(file, R.serializeRollout(r));
}

/** Inserts the designed placeholder right after each call (mid-file: no ordinal). */
function insertPlaceholders(file: string, calls: Array<[type: string, callId: string]>, mutate?: (line: string) => string): void {
  let r = R.readRollout(file);
  for (const [type, callId] of calls) {
    const call = R.findLine(r, type, callId);
    const line = R.placeholderOutputLine(call);
    r = R.insertAfter(r, call.line, mutate ? mutate(line) : line);
  }
  writeFileSync(file, R.serializeRollout(r));
}

describe(`Codex ${CODEX_VERSION}: resuming a session whose tool call never got an output`, () => {
  it('SIGKILL while exec_command runs: the call is the last line; resume inserts "aborted" with the UUIDv5 id, in memory only', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const rec = await S.recordKilledExec(env, 'SIGKILL', { callIsLastLine: true });
    expect(rec.signal).toBe('SIGKILL');
    expect(rec.toolProcesses).toContain('sleep');
    const r = expectWellFormedPaginated(rec.file, { paired: false });
    const last = r.lines[r.lines.length - 1] as R.RolloutLine;
    expect(R.payloadType(last)).toBe('function_call');
    expect(R.callIdOf(last)).toBe('call_kill');
    expect(filePairing(rec.file).callsWithoutOutput.map((c) => c.callId)).toEqual(['call_kill']);
    // No end-of-turn line either.
    expect(r.lines.some((l) => (l.rec?.['payload'] as Item | undefined)?.['type'] === 'task_complete')).toBe(false);

    env.script({ items: [assistantMessage('resumed')] }, { items: [assistantMessage('again')] });
    const first = await env.resume('continue');
    expect(first.run.code).toBe(0);
    expect(first.tools).toEqual([
      { type: 'function_call', status: 'completed', id: 'fc_call_kill', name: 'exec_command', arguments: '{"cmd":"sleep 30"}', call_id: 'call_kill' },
      placeholder('fco', 'fc_call_kill', 'call_kill'),
    ]);
    expect(first.pairing.synthesized.map((s) => s.callId)).toEqual(['call_kill']);
    expect(first.missingOutputLogs.map((l) => [l.level, l.target, l.message])).toEqual([
      ['INFO', 'codex_core::context_manager::normalize', 'Function call output is missing for call id: call_kill'],
    ]);
    expect(first.errors).toEqual([]);
    // Nothing was written back: the file still has the bare call, and every resume repeats it.
    expect(filePairing(rec.file).callsWithoutOutput.map((c) => c.callId)).toEqual(['call_kill']);
    const second = await env.resume('once more');
    expect(second.tools).toEqual(first.tools);
    expect(second.missingOutputLogs.map((l) => l.message)).toEqual(['Function call output is missing for call id: call_kill']);
    expect(filePairing(rec.file).callsWithoutOutput.map((c) => c.callId)).toEqual(['call_kill']);
  });

  it('SIGTERM is not handled either: same damage, here with a token_usage_record after the call', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const rec = await S.recordKilledExec(env, 'SIGTERM', { callIsLastLine: false });
    expect(rec.signal).toBe('SIGTERM');
    expect(rec.toolProcesses).toContain('sleep');
    const r = expectWellFormedPaginated(rec.file, { paired: false });
    const call = R.findLine(r, 'function_call', 'call_kill');
    expect(r.lines[call.line]?.rec?.['type']).toBe('token_usage_record');
    const resumed = await env.resume('continue');
    expect(resumed.run.code).toBe(0);
    expect(resumed.tools[1]).toEqual(placeholder('fco', 'fc_call_kill', 'call_kill'));
    expect(resumed.missingOutputLogs.map((l) => l.message)).toEqual(['Function call output is missing for call id: call_kill']);
  });

  it('local_shell_call: recorded, never answered (turn ends); resume inserts an fco_ placeholder and logs nothing', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const { file, callId } = await S.recordLocalShell(env);
    expect(env.mock.responseRequests).toHaveLength(1);
    const r = expectWellFormedPaginated(file, { paired: false });
    expect(R.findLine(r, 'local_shell_call', callId).rec?.['payload']).toMatchObject({ id: 'lsh_call_ls', action: { type: 'exec', command: ['echo', 'hi'] } });
    expect(r.lines.some((l) => (l.rec?.['payload'] as Item | undefined)?.['type'] === 'task_complete')).toBe(true);
    expect(filePairing(file).callsWithoutOutput.map((c) => c.callId)).toEqual([callId]);
    const resumed = await env.resume('continue');
    expect(resumed.run.code).toBe(0);
    expect(resumed.tools[1]).toEqual(placeholder('fco', 'lsh_call_ls', callId));
    // Surprise vs. the source-code reading: no "Local shell call output is missing" line at all.
    expect(resumed.logs.filter((l) => l.message.includes(callId))).toEqual([]);
  });

  it('custom_tool_call and tool_search_call without outputs get ctco_/tso_ placeholders right after each call', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordParallelTools(env);
    dropOutputs(file, ['function_call_output', 'call_a'], ['custom_tool_call_output', 'call_p'], ['tool_search_output', 'call_s']);
    const resumed = await env.resume('continue');
    expect(resumed.run.code).toBe(0);
    expect(resumed.tools.map((t) => `${String(t['type'])}:${String(t['call_id'])}`)).toEqual([
      'function_call:call_a',
      'function_call_output:call_a',
      'custom_tool_call:call_p',
      'custom_tool_call_output:call_p',
      'tool_search_call:call_s',
      'tool_search_output:call_s',
    ]);
    expect(resumed.tools[1]).toEqual(placeholder('fco', 'fc_call_a', 'call_a'));
    expect(resumed.tools[3]).toEqual(placeholder('ctco', 'ctc_call_p', 'call_p'));
    expect(resumed.tools[5]).toEqual(placeholder('tso', 'tsc_call_s', 'call_s'));
    expect(resumed.pairing.synthesized.map((s) => s.callId)).toEqual(['call_a', 'call_p', 'call_s']);
    // Logged at INFO for function and tool-search calls; the custom tool call is silent.
    expect(resumed.missingOutputLogs.map((l) => `${l.level} ${l.message}`).sort()).toEqual([
      'INFO Function call output is missing for call id: call_a',
      'INFO Tool search output is missing for call id: call_s',
    ]);
    expect(resumed.errors).toEqual([]);
  });
});

describe(`Codex ${CODEX_VERSION}: resuming other damage`, () => {
  it('orphan output: dropped from the request with ERROR "Orphan function call output for call id"', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const d = S.damageOrphanOutput(await S.recordParallelTools(env));
    const run = await env.resume('continue');
    expect(run.run.code).toBe(0);
    expect(run.tools.some((t) => t['call_id'] === 'call_a')).toBe(false);
    expect(run.pairing.fullyPaired).toBe(true);
    expect(run.orphanLogs.map((l) => [l.level, l.target, l.message])).toEqual([['ERROR', 'codex_core::util', 'Orphan function call output for call id: call_a']]);
    // The damage recipe's expectation points at the orphan line.
    const r = R.readRollout(d.file);
    expect(R.findLine(r, 'function_call_output', 'call_a').line).toBe(d.expected[0]?.line);
    expect(() => R.findLine(r, 'function_call', 'call_a')).toThrow();
  });

  it('output of the wrong kind: dropped as an orphan (ERROR) and the call gets a placeholder', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    S.damageWrongKindOutput(await S.recordParallelTools(env));
    const run = await env.resume('continue');
    expect(run.run.code).toBe(0);
    expect(run.orphanLogs.map((l) => `${l.level} ${l.message}`)).toEqual(['ERROR Orphan function call output for call id: call_p']);
    const i = run.tools.findIndex((t) => t['call_id'] === 'call_p');
    expect(run.tools[i + 1]).toEqual(placeholder('ctco', 'ctc_call_p', 'call_p'));
    expect(run.tools.filter((t) => t['call_id'] === 'call_p')).toHaveLength(2);
  });

  it('duplicate output: both copies are sent to the model, no log', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    S.damageDuplicateOutput(await S.recordParallelTools(env));
    const run = await env.resume('continue');
    expect(run.run.code).toBe(0);
    expect(run.tools.filter((t) => t['call_id'] === 'call_a' && t['type'] === 'function_call_output')).toHaveLength(2);
    expect(run.pairing.duplicateOutputs.map((o) => o.callId)).toEqual(['call_a']);
    expect(run.errors).toEqual([]);
  });

  it('torn final line: skipped; resume appends "\\n" after the fragment, which becomes a garbage line mid-file', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordParallelTools(env);
    const healthy = await env.resumeAndRestore('baseline');
    const d = S.damageTornTail(file);
    expect(d.damaged.endsWith('\n')).toBe(false);
    const run = await env.resume('continue');
    expectCleanResume(run);
    expect(run.tools).toEqual(healthy.tools);
    const g = S.garbageAfterResume(file);
    expect(g.expected[0]?.line).toBe(d.expected[0]?.line);
    expect(readFileSync(file, 'utf8').startsWith(d.damaged + '\n')).toBe(true);
    // A later resume skips the mid-file garbage line just the same.
    const again = await env.resume('again');
    expectCleanResume(again);
    expect(again.tools).toEqual(healthy.tools);
  });

  it('UTF-8 BOM: fatal, "rollout at … does not start with session metadata"', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordParallelTools(env);
    const id = sessionIdOf(file);
    S.damageBom(file);
    const run = await env.resume('continue', id);
    expect(run.run.code).not.toBe(0);
    expect(run.requests).toEqual([]);
    expect(run.fatal.join('\n')).toContain(`rollout at ${file} does not start with session metadata`);
  });

  it('paginated file whose final record has no ordinal: fatal; a mid-file record without one is fine', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordParallelTools(env);
    const id = sessionIdOf(file);
    const snap = await snapshotCodexHome(env.sb);
    S.damageFinalOrdinal(file);
    const run = await env.resume('continue', id);
    expect(run.run.code).not.toBe(0);
    expect(run.requests).toEqual([]);
    expect(run.fatal.join('\n')).toContain(`final paginated rollout record at ${file} is missing an ordinal`);
    expect(run.errors.map((e) => e.message)).toContain(
      `Failed to create session: thread-store internal error: failed to resume local thread recorder: final paginated rollout record at ${file} is missing an ordinal`,
    );
    await restoreCodexHome(env.sb, snap);
    let r = R.readRollout(file);
    const mid = R.findLine(r, 'function_call_output', 'call_a');
    r = R.replaceLine(r, mid.line, R.withoutOrdinal(mid.text));
    writeFileSync(file, R.serializeRollout(r));
    expectCleanResume(await env.resume('continue', id));
  });
});

describe(`Codex ${CODEX_VERSION} and the repair design (applied by the harness, not by session-doctor)`, () => {
  it('placeholders inserted right after their calls (no ordinal mid-file): same history for the model, nothing synthesized', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordParallelTools(env);
    const calls: Array<[string, string]> = [['function_call', 'call_a'], ['custom_tool_call', 'call_p'], ['tool_search_call', 'call_s']];
    dropOutputs(file, ['function_call_output', 'call_a'], ['custom_tool_call_output', 'call_p'], ['tool_search_output', 'call_s']);
    const before = await env.resumeAndRestore('continue');
    expect(before.pairing.synthesized).toHaveLength(3);
    insertPlaceholders(file, calls);
    const after = await env.resume('continue');
    expectCleanResume(after, { allowPlaceholders: true });
    expect(after.tools).toEqual(before.tools);
    // Codex's byte offset into the rollout (thread_history_1.sqlite) now points mid-line: one
    // projection warning on the first resume after the edit, none afterwards.
    expect(messages(after, 'WARN').some((m) => m.startsWith('skipping malformed rollout line during projection'))).toBe(true);
    const later = await env.resume('later');
    expectCleanResume(later, { allowPlaceholders: true });
    expect(later.tools).toEqual(before.tools);
    expect(messages(later, 'WARN').filter((m) => m.includes('during projection'))).toEqual([]);
  });

  it('probe: Codex really reads an inserted output line (a marked placeholder reaches the model verbatim)', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordParallelTools(env);
    dropOutputs(file, ['custom_tool_call_output', 'call_p']);
    insertPlaceholders(file, [['custom_tool_call', 'call_p']], (l) => l.replace('"output":"aborted"', '"output":"aborted (probe)"'));
    const run = await env.resume('continue');
    expectCleanResume(run);
    const i = run.tools.findIndex((t) => t['type'] === 'custom_tool_call');
    expect(run.tools[i + 1]).toEqual({ ...placeholder('ctco', 'ctc_call_p', 'call_p'), output: 'aborted (probe)' });
  });

  it('call as the final record: the output must be appended WITH ordinal max+1; without it resume is fatal', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const rec = await S.recordKilledExec(env, 'SIGKILL', { callIsLastLine: true });
    const before = await env.resumeAndRestore('continue');
    const snap = await snapshotCodexHome(env.sb);
    const r = R.readRollout(rec.file);
    const call = R.findLine(r, 'function_call', 'call_kill');
    expect(call.line).toBe(r.lines.length);

    writeFileSync(rec.file, R.serializeRollout(r) + R.placeholderOutputLine(call) + '\n');
    const fatal = await env.resume('continue');
    expect(fatal.run.code).not.toBe(0);
    expect(fatal.fatal.join('\n')).toContain('is missing an ordinal');

    await restoreCodexHome(env.sb, snap);
    writeFileSync(rec.file, R.serializeRollout(r) + R.placeholderOutputLine(call, R.maxOrdinal(r) + 1) + '\n');
    const after = await env.resume('continue');
    expectCleanResume(after, { allowPlaceholders: true });
    expect(after.tools).toEqual(before.tools);
    // Codex continues numbering after the repaired record.
    const grown = R.readRollout(rec.file);
    expect(grown.lines[r.lines.length + 1]?.rec?.['ordinal']).toBe(R.maxOrdinal(r) + 2);
  });

  it('orphan output deleted: same history for the model, no ERROR', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const d = S.damageOrphanOutput(await S.recordParallelTools(env));
    const before = await env.resumeAndRestore('continue');
    expect(before.orphanLogs).toHaveLength(1);
    const r = R.readRollout(d.file);
    writeFileSync(d.file, R.serializeRollout(R.removeLine(r, d.expected[0]?.line ?? -1)));
    const after = await env.resume('continue');
    expectCleanResume(after);
    expect(after.tools).toEqual(before.tools);
  });
});

describe(`Codex ${CODEX_VERSION}: where it looks for a session file`, () => {
  async function brokenWithSibling(ctx: Parameters<typeof codexOrSkip>[0], siblingName: (f: string) => string, removeOriginal = false) {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordParallelTools(env);
    const id = sessionIdOf(file);
    dropOutputs(file, ['function_call_output', 'call_a']);
    const repaired = R.readRollout(file);
    const sibling = siblingName(file);
    writeFileSync(sibling, R.serializeRollout(repaired));
    insertPlaceholders(sibling, [['function_call', 'call_a']], (l) => l.replace('"output":"aborted"', '"output":"from the sibling"'));
    if (removeOriginal) renameSync(file, `${file}.orig`);
    const siblingBytes = readFileSync(sibling, 'utf8');
    return { env, file, id, sibling, siblingBytes };
  }

  function dropStateDbs(codexHome: string): void {
    for (const f of readdirSync(codexHome)) if (/^(state|thread_history)_\d+\.sqlite/.test(f)) rmSync(path.join(codexHome, f));
  }

  for (const [label, name] of [
    ['<file>.fixed', (f: string) => `${f}.fixed`],
    ['<file>.bak', (f: string) => `${f}.bak`],
    ['rollout-….fixed.jsonl next to the original', (f: string) => f.replace(/\.jsonl$/, '.fixed.jsonl')],
  ] as const) {
    it(`a repaired copy named ${label} is ignored, even after Codex rescans sessions/`, async (ctx) => {
      const { env, file, id, sibling, siblingBytes } = await brokenWithSibling(ctx, name);
      for (const phase of ['state db', 'rescan']) {
        if (phase === 'rescan') dropStateDbs(env.sb.codexHome);
        const size = readFileSync(file).length;
        const run = await env.resume(`continue (${phase})`, id);
        expect(run.run.code).toBe(0);
        expect(JSON.stringify(run.tools)).not.toContain('from the sibling');
        expect(run.missingOutputLogs.map((l) => l.message)).toEqual(['Function call output is missing for call id: call_a']);
        expect(readFileSync(file).length).toBeGreaterThan(size);
        expect(readFileSync(sibling, 'utf8')).toBe(siblingBytes);
      }
    });
  }

  it('a repair saved only as rollout-….fixed.jsonl is not found (state DB) or refused (rescan)', async (ctx) => {
    const { env, id } = await brokenWithSibling(ctx, (f) => f.replace(/\.jsonl$/, '.fixed.jsonl'), true);
    const withDb = await env.resume('continue', id);
    expect(withDb.run.code).not.toBe(0);
    expect(withDb.fatal.join('\n')).toContain(`no rollout found for thread id ${id}`);
    dropStateDbs(env.sb.codexHome);
    const rescan = await env.resume('continue', id);
    expect(rescan.run.code).not.toBe(0);
    expect(rescan.fatal.join('\n')).toMatch(/paginated rollout path `.*\.fixed\.jsonl` does not have a canonical rollout filename/);
  });
});
