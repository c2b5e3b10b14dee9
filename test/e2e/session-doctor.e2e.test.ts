/**
 * session-doctor against real Codex sessions (0.169.0 and 0.171.0): `check` finds exactly the damage, and after
 * `fix --in-place --force` Codex resumes with a fully paired history, nothing synthesized, no
 * ERROR, and (for lost outputs, orphans and torn lines) the very same calls and outputs the model
 * saw before the repair, ids included. Skips until `dist/bin/session-doctor.js` has been built.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { expectCleanResume, fileItems } from './harness/assertions.js';
import { snapshotCodexHome, restoreCodexHome } from './harness/codex-driver.js';
import { CodexEnv, closeAllEnvs, type CodexRun } from './harness/env.js';
import { assistantMessage, LARGE_USAGE } from './harness/mock-responses.js';
import { inspectPairing, syntheticOutputId, toolItems, outputKindFor, outputPrefixFor, type CallKind, type Item } from './harness/pairing.js';
import * as R from './harness/rollout-file.js';
import * as S from './harness/scenarios.js';
import { check, fixInPlace, fixToCopy, ruleLines, type Diagnostic } from './harness/session-doctor.js';
import { cliOrSkip, codexOrSkip } from './harness/skip.js';
import { CODEX_VERSION } from './harness/codex-install.js';

afterEach(closeAllEnvs);

async function setup(ctx: TestContext, opts: Parameters<typeof CodexEnv.create>[1] = {}): Promise<CodexEnv> {
  cliOrSkip(ctx);
  return CodexEnv.create(codexOrSkip(ctx), opts);
}

/** Rules for which Codex either refuses the file or the model gets an unpaired history. */
const MUST_BE_ERROR = new Set(['missing-output', 'orphan-output', 'mismatched-output-kind', 'duplicate-output', 'final-record-missing-ordinal', 'byte-order-mark']);

function fmtDiags(diags: Diagnostic[]): string {
  return JSON.stringify(diags, null, 1);
}

function expectReportsExactly(file: string, expected: S.ExpectedDiagnostic[]): Diagnostic[] {
  const { result, report, file: fr } = check(file);
  const diags = fr.diagnostics;
  expect(path.resolve(fr.path)).toBe(path.resolve(file));
  expect(fr.records).toBeGreaterThan(0);
  expect(typeof report.summary).toBe('object');
  expect(ruleLines(diags).map(({ rule, line }) => ({ rule, line })), fmtDiags(diags)).toEqual(
    expected.map(({ rule, line }) => ({ rule, line })).sort((a, b) => a.line - b.line),
  );
  for (const e of expected) {
    const d = diags.find((x) => x.rule === e.rule && x.line === e.line) as Diagnostic;
    if (e.callId !== undefined) expect(d.callId, fmtDiags(diags)).toBe(e.callId);
    expect(d.fixable, fmtDiags(diags)).toBe(e.fixable ?? true);
    expect(d.message.length).toBeGreaterThan(0);
    if (MUST_BE_ERROR.has(e.rule)) expect(d.severity, fmtDiags(diags)).toBe('error');
  }
  expect(result.code, result.stderr).toBe(diags.some((d) => d.severity === 'error') ? 1 : 0);
  return diags;
}

/**
 * After a repair: exit 0 and no diagnostics except the expected non-fixable ones (`residual`,
 * e.g. the unfinished turn a kill leaves). `allowWarnings` lists warning rules tolerated here
 * (the `.fixed` copy may be flagged for its non-canonical name: Codex indeed ignores it).
 */
function expectClean(file: string, residual: S.ExpectedDiagnostic[] = [], allowWarnings: string[] = []): void {
  const { result, file: fr } = check(file);
  const rest = fr.diagnostics.filter((d) => !(d.severity === 'warning' && allowWarnings.includes(d.rule)));
  expect(ruleLines(rest).map(({ rule, line }) => ({ rule, line })), fmtDiags(fr.diagnostics)).toEqual(
    residual.map(({ rule, line }) => ({ rule, line })).sort((a, b) => a.line - b.line),
  );
  for (const d of rest) expect(d.severity, fmtDiags(rest)).not.toBe('error');
  expect(result.code, result.stderr).toBe(0);
}

function residualOf(d: S.Damaged): S.ExpectedDiagnostic[] {
  return d.expected.filter((e) => e.fixable === false);
}

/** The structural promises of a repaired Codex file. */
function expectResumableShape(text: string): R.RolloutText {
  expect(text.startsWith('\uFEFF')).toBe(false);
  expect(text.endsWith('\n')).toBe(true);
  const r = R.parseRollout(text);
  expect(r.lines.filter((l) => !l.rec).map((l) => l.line), 'unparsable lines after fix').toEqual([]);
  expect(r.lines[0]?.rec?.['type']).toBe('session_meta');
  const ords = R.ordinals(r).filter((o): o is number => o !== undefined);
  expect(ords, 'ordinals strictly increasing').toEqual([...ords].sort((a, b) => a - b));
  expect(new Set(ords).size).toBe(ords.length);
  expect(typeof r.lines[r.lines.length - 1]?.rec?.['ordinal'], 'final record keeps an ordinal').toBe('number');
  const p = inspectPairing(fileItems(r));
  expect(p.fullyPaired, JSON.stringify(p)).toBe(true);
  return r;
}

function sessionDirFiles(file: string): string[] {
  return readdirSync(path.dirname(file)).sort();
}

type Kind = 'missing' | 'orphan' | 'duplicate' | 'wrong-kind' | 'torn' | 'garbage' | 'final-ordinal' | 'bom';

interface Prepared {
  d: S.Damaged;
  kind: Kind;
  /** Tools the model saw from the healthy file (for damage Codex cannot resume at all). */
  baseline?: CodexRun;
}

const callTypeOf: Record<string, string> = { call_kill: 'function_call', call_ls: 'local_shell_call' };

/** What Codex shows for the damaged file (and so proves a `.fixed` sibling was not used). */
function expectSymptom(p: Prepared, before: CodexRun): void {
  const callId = p.d.expected[0]?.callId;
  switch (p.kind) {
    case 'missing':
      expect(before.run.code).toBe(0);
      expect(before.pairing.synthesized.map((s) => s.callId)).toEqual([callId]);
      break;
    case 'orphan':
      expect(before.orphanLogs.map((l) => l.message)).toEqual([`Orphan function call output for call id: ${callId}`]);
      break;
    case 'wrong-kind':
      expect(before.orphanLogs.map((l) => l.message)).toEqual([`Orphan function call output for call id: ${callId}`]);
      expect(before.pairing.synthesized.map((s) => s.callId)).toEqual([callId]);
      break;
    case 'duplicate':
      expect(before.pairing.duplicateOutputs.map((o) => o.callId)).toEqual([callId]);
      break;
    case 'torn':
    case 'garbage':
      expect(before.run.code).toBe(0);
      break;
    case 'final-ordinal':
      expect(before.run.code).not.toBe(0);
      expect(before.fatal.join('\n')).toContain('is missing an ordinal');
      break;
    case 'bom':
      expect(before.run.code).not.toBe(0);
      expect(before.fatal.join('\n')).toContain('does not start with session metadata');
      break;
  }
}

/** What changed on disk, line by line, must be exactly the repair of the damage. */
function expectMinimalRepair(p: Prepared, fixedText: string): void {
  const damaged = R.parseRollout(p.d.damaged);
  const fixed = R.parseRollout(fixedText);
  const diff = R.diffLines(damaged.lines.map((l) => l.text), fixed.lines.map((l) => l.text));
  const at = p.d.expected[0]?.line as number;
  switch (p.kind) {
    case 'missing': {
      expect(diff.removed).toEqual([]);
      // Right after the call; at the end when only events follow it (the model sees the same, no byte moves).
      const onlyEventsAfter = damaged.lines.slice(at).every((l) => l.rec?.['type'] !== 'response_item' && l.rec?.['type'] !== 'compacted');
      const where = onlyEventsAfter ? damaged.lines.length : at;
      expect(diff.added).toEqual([where + 1]);
      const call = damaged.lines[at - 1] as R.RolloutLine;
      const callPayload = call.rec?.['payload'] as Item;
      const outKind = outputKindFor(callPayload['type'] as CallKind);
      const inserted = fixed.lines[where]?.rec as Record<string, unknown>;
      expect(inserted['type']).toBe('response_item');
      expect(inserted['timestamp']).toBe(call.rec?.['timestamp']);
      expect(inserted['payload']).toMatchObject({
        type: outKind,
        id: syntheticOutputId(outputPrefixFor(outKind), callPayload['id'] as string),
        call_id: p.d.expected[0]?.callId,
        output: 'aborted',
      });
      if (where === damaged.lines.length) {
        expect(inserted['ordinal'], 'a new final record gets max+1').toBe(R.maxOrdinal(damaged) + 1);
      } else {
        expect('ordinal' in inserted, 'a mid-file insert carries no ordinal').toBe(false);
      }
      break;
    }
    case 'orphan':
    case 'duplicate':
    case 'garbage':
    case 'torn':
      expect(diff.removed).toEqual([at]);
      expect(diff.added).toEqual([]);
      break;
    case 'wrong-kind': {
      expect(diff.removed).toEqual([at]);
      expect(diff.added.length).toBeLessThanOrEqual(1);
      const outs = fileItems(fixed).filter((i) => i['call_id'] === p.d.expected[0]?.callId && i['type'] !== 'custom_tool_call');
      expect(outs.map((o) => o['type'])).toEqual(['custom_tool_call_output']);
      break;
    }
    case 'final-ordinal': {
      expect(diff.removed).toEqual([at]);
      expect(diff.added).toEqual([at]);
      const before = damaged.lines[at - 1]?.rec as Record<string, unknown>;
      const after = fixed.lines[at - 1]?.rec as Record<string, unknown>;
      const { ordinal, ...rest } = after;
      expect(ordinal).toBe(R.maxOrdinal(damaged) + 1);
      expect(rest).toEqual(before);
      break;
    }
    case 'bom':
      expect(fixedText).toBe(p.d.damaged.slice(1));
      break;
  }
}

function expectSameModelView(p: Prepared, before: CodexRun, after: CodexRun): void {
  switch (p.kind) {
    case 'missing':
    case 'orphan':
    case 'torn':
    case 'garbage':
      expect(after.tools).toEqual(before.tools);
      break;
    case 'duplicate': {
      const dup = before.pairing.duplicateOutputs[0]?.index as number;
      expect(after.tools).toEqual(toolItems(before.input.filter((_, i) => i !== dup)));
      break;
    }
    case 'wrong-kind': {
      const id = p.d.expected[0]?.callId;
      expect(after.tools.filter((t) => t['call_id'] === id).map((t) => t['type'])).toEqual(['custom_tool_call', 'custom_tool_call_output']);
      // The retyped output carries the id Codex gave the output it synthesized for the call.
      const codexOwn = before.tools.find((t) => t['call_id'] === id && t['type'] === 'custom_tool_call_output');
      expect(after.tools.find((t) => t['call_id'] === id && t['type'] === 'custom_tool_call_output')?.['id']).toBe(codexOwn?.['id']);
      break;
    }
    case 'final-ordinal':
    case 'bom':
      expect(after.tools).toEqual(p.baseline?.tools);
      break;
  }
}

/**
 * For repaired lost outputs: rewrite the inserted line's text (keeping session-doctor's envelope)
 * and show the marker reaches the model, i.e. Codex parses the line instead of synthesizing.
 */
async function probeInsertedOutputIsRead(env: CodexEnv, p: Prepared): Promise<void> {
  const file = p.d.file;
  const snap = await snapshotCodexHome(env.sb);
  try {
    const r = R.readRollout(file);
    const callId = p.d.expected[0]?.callId as string;
    const inserted = r.lines.find((l) => R.callIdOf(l) === callId && String(l.rec?.['payload']?.['type']).endsWith('_output')) as R.RolloutLine;
    expect(inserted.text).toContain('"output":"aborted"');
    writeFileSync(file, R.serializeRollout(R.replaceLine(r, inserted.line, inserted.text.replace('"output":"aborted"', '"output":"aborted (probe)"'))));
    const run = await env.resume('probe');
    expect(run.run.code).toBe(0);
    const out = run.tools.find((t) => t['call_id'] === p.d.expected[0]?.callId && String(t['type']).endsWith('_output'));
    expect(out?.['output']).toBe('aborted (probe)');
    expect(run.missingOutputLogs).toEqual([]);
  } finally {
    await restoreCodexHome(env.sb, snap);
  }
}

async function runRepairCase(env: CodexEnv, p: Prepared): Promise<void> {
  const file = p.d.file;
  const name = path.basename(file);

  // 1. check reports exactly the damage.
  expectReportsExactly(file, p.d.expected);

  // 2. `fix <file>` writes <file>.fixed, leaves the original, and Codex does not see the copy.
  const pristine = await snapshotCodexHome(env.sb);
  const copy = fixToCopy(file);
  expect(copy.code, copy.stderr).toBe(0);
  expect(readFileSync(file, 'utf8')).toBe(p.d.damaged);
  expect(existsSync(`${file}.fixed`)).toBe(true);
  const fixedCopy = readFileSync(`${file}.fixed`, 'utf8');
  expectClean(`${file}.fixed`, residualOf(p.d), ['non-canonical-file-name']);
  const before = await env.resume('continue');
  expectSymptom(p, before);
  expect(readFileSync(`${file}.fixed`, 'utf8'), 'Codex never touches the .fixed copy').toBe(fixedCopy);
  await restoreCodexHome(env.sb, pristine);

  // 3. `fix --in-place --force` replaces the file at the same path and keeps <file>.bak.
  const inPlace = fixInPlace(file);
  expect(inPlace.code, inPlace.stderr).toBe(0);
  expect(readFileSync(`${file}.bak`, 'utf8')).toBe(p.d.damaged);
  expect(sessionDirFiles(file)).toEqual([name, `${name}.bak`]);
  const fixedText = readFileSync(file, 'utf8');
  expect(fixedText, 'in-place and copy repairs agree').toBe(fixedCopy);
  expectClean(file, residualOf(p.d));
  expectResumableShape(fixedText);
  expectMinimalRepair(p, fixedText);
  if (p.kind === 'missing') await probeInsertedOutputIsRead(env, p);

  // 4. Codex resumes the repaired file: paired, nothing synthesized or dropped, no ERROR.
  const after = await env.resume('continue');
  expectCleanResume(after, { allowPlaceholders: p.kind === 'missing' });
  expectSameModelView(p, before, after);
  expect(readFileSync(`${file}.bak`, 'utf8'), 'Codex never touches the .bak').toBe(p.d.damaged);
  expect(sessionDirFiles(file)).toEqual([name, `${name}.bak`]);
  // And it stays that way on the next resume.
  const again = await env.resume('again');
  expectCleanResume(again, { allowPlaceholders: p.kind === 'missing' });
  expect(again.tools).toEqual(after.tools);
}

describe(`session-doctor check: healthy Codex ${CODEX_VERSION} recordings are clean`, () => {
  const recorders: Array<[string, (env: CodexEnv) => Promise<string>, Parameters<typeof CodexEnv.create>[1]?]> = [
    ['exec_command', S.recordExecCommand],
    ['apply_patch (custom tool)', S.recordApplyPatch],
    ['parallel calls', S.recordParallelTools],
    ['client tool_search', S.recordToolSearch],
    ['multi-turn via resume', S.recordMultiTurn],
    ['auto-compaction', (env) => S.recordCompaction(env, LARGE_USAGE), { extraToml: ['model_auto_compact_token_limit = 2000'] }],
    ['Ctrl-C during a tool', async (env) => (await S.recordSigint(env)).file],
    ['dropped stream after a tool call', async (env) => (await S.recordDroppedStream(env)).file],
  ];
  for (const [label, record, opts] of recorders) {
    it(label, async (ctx) => {
      const env = await setup(ctx, opts);
      const file = await record(env);
      const bytes = readFileSync(file, 'utf8');
      expectClean(file);
      expect(readFileSync(file, 'utf8'), 'check never writes').toBe(bytes);
    });
  }
});

describe(`session-doctor repairs real Codex ${CODEX_VERSION} damage so that Codex resumes cleanly`, () => {
  it('SIGKILL during exec_command: missing output, the call is the final record (append with ordinal max+1)', async (ctx) => {
    const env = await setup(ctx);
    const rec = await S.recordKilledExec(env, 'SIGKILL', { callIsLastLine: true });
    const d = S.missingOutput(rec.file, rec.callId, callTypeOf[rec.callId] as string);
    expect(d.expected[0]?.line).toBe(R.parseRollout(d.damaged).lines.length);
    await runRepairCase(env, { d, kind: 'missing' });
  });

  it('SIGTERM during exec_command: missing output mid-file (insert after the call, no ordinal)', async (ctx) => {
    const env = await setup(ctx);
    const rec = await S.recordKilledExec(env, 'SIGTERM', { callIsLastLine: false });
    const d = S.missingOutput(rec.file, rec.callId, 'function_call');
    expect(d.expected[0]?.line).toBeLessThan(R.parseRollout(d.damaged).lines.length);
    await runRepairCase(env, { d, kind: 'missing' });
  });

  it('unanswered local_shell_call (answered by a function_call_output placeholder)', async (ctx) => {
    const env = await setup(ctx);
    const rec = await S.recordLocalShell(env);
    await runRepairCase(env, { d: S.missingOutput(rec.file, rec.callId, 'local_shell_call'), kind: 'missing' });
  });

  it('torn final line (crash mid-write)', async (ctx) => {
    const env = await setup(ctx);
    const d = S.damageTornTail(await S.recordParallelTools(env));
    await runRepairCase(env, { d, kind: 'torn' });
  });

  it('garbage line mid-file (a torn line Codex appended after)', async (ctx) => {
    const env = await setup(ctx);
    const file = await S.recordParallelTools(env);
    S.damageTornTail(file);
    env.script({ items: [assistantMessage('continued after the crash')] });
    expect((await env.resume('continue after crash')).run.code).toBe(0);
    await runRepairCase(env, { d: S.garbageAfterResume(file), kind: 'garbage' });
  });

  it('orphan output', async (ctx) => {
    const env = await setup(ctx);
    await runRepairCase(env, { d: S.damageOrphanOutput(await S.recordParallelTools(env)), kind: 'orphan' });
  });

  it('duplicate output (the later copy is the damage)', async (ctx) => {
    const env = await setup(ctx);
    await runRepairCase(env, { d: S.damageDuplicateOutput(await S.recordParallelTools(env)), kind: 'duplicate' });
  });

  it('output of the wrong kind (function_call_output answering apply_patch)', async (ctx) => {
    const env = await setup(ctx);
    await runRepairCase(env, { d: S.damageWrongKindOutput(await S.recordParallelTools(env)), kind: 'wrong-kind' });
  });

  it('final record without ordinal (fatal for Codex)', async (ctx) => {
    const env = await setup(ctx);
    const file = await S.recordParallelTools(env);
    const baseline = await env.resumeAndRestore('continue');
    await runRepairCase(env, { d: S.damageFinalOrdinal(file), kind: 'final-ordinal', baseline });
  });

  it('UTF-8 byte-order mark (fatal for Codex)', async (ctx) => {
    const env = await setup(ctx);
    const file = await S.recordParallelTools(env);
    const baseline = await env.resumeAndRestore('continue');
    await runRepairCase(env, { d: S.damageBom(file), kind: 'bom', baseline });
  });
});
