/**
 * session-doctor against real Claude Code 2.1.332 transcripts: `check` reports exactly the damage
 * (rule and line), and after `fix --in-place` `claude -p --resume <id>` resumes with a first
 * request the Messages API accepts under its strict rule, no `ensureToolResultPairing` repair in
 * the debug log, no tool_result appended by the client, and every tool_use the model saw before
 * the fix still sent. Skips until `dist/bin/session-doctor.js` has been built.
 */
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { subagentFiles } from './harness/claude-driver.js';
import { ClaudeEnv, closeAllClaudeEnvs, type ClaudeRun } from './harness/claude-env.js';
import { CLIENT_PLACEHOLDERS, clientPlaceholders } from './harness/claude-pairing.js';
import * as C from './harness/claude-scenarios.js';
import * as T from './harness/claude-transcript.js';
import { REPO_ROOT } from './harness/codex-install.js';
import { bash, say, use } from './harness/mock-messages.js';
import { waitUntil } from './harness/processes.js';
import * as R from './harness/rollout-file.js';
import { check, fixInPlace, ruleLines, runCli, type CliOptions, type Diagnostic } from './harness/session-doctor.js';
import { claudeOrSkip, cliOrSkip } from './harness/skip.js';

afterEach(closeAllClaudeEnvs);

async function setup(ctx: TestContext): Promise<ClaudeEnv> {
  cliOrSkip(ctx);
  return ClaudeEnv.create(claudeOrSkip(ctx));
}

/** The CLI sees the sandbox's HOME, so its live-session check looks at that ~/.claude. */
function cliOpts(env: ClaudeEnv): CliOptions {
  return { env: { HOME: env.sb.home } };
}

function fmt(diags: Diagnostic[]): string {
  return JSON.stringify(diags, null, 1);
}

function expectReportsExactly(env: ClaudeEnv, file: string, expected: C.ClaudeExpected[]): Diagnostic[] {
  const { result, file: fr } = check(file, cliOpts(env));
  expect(fr.format).toBe('claude-code');
  const diags = fr.diagnostics;
  expect(ruleLines(diags).map(({ rule, line }) => ({ rule, line })), fmt(diags)).toEqual(
    expected.map(({ rule, line }) => ({ rule, line })).sort((a, b) => a.line - b.line),
  );
  for (const e of expected) {
    const d = diags.find((x) => x.rule === e.rule && x.line === e.line) as Diagnostic;
    if (e.callId !== undefined) expect(d.callId, fmt(diags)).toBe(e.callId);
    expect(d.severity, fmt(diags)).toBe(e.severity ?? 'error');
    expect(d.fixable, fmt(diags)).toBe(e.fixable ?? true);
    expect(d.message.length).toBeGreaterThan(0);
  }
  expect(result.code, result.stderr).toBe(diags.some((d) => d.severity === 'error') ? 1 : 0);
  return diags;
}

/** No diagnostics left but the expected ones fix cannot remove (`residual`, never errors). */
function expectClean(env: ClaudeEnv, file: string, residual: C.ClaudeExpected[] = []): void {
  const { result, file: fr } = check(file, cliOpts(env));
  expect(fr.format).toBe('claude-code');
  expect(ruleLines(fr.diagnostics).map(({ rule }) => rule), fmt(fr.diagnostics)).toEqual(residual.map((e) => e.rule));
  for (const d of fr.diagnostics) expect(d.severity, fmt(fr.diagnostics)).not.toBe('error');
  expect(result.code, result.stderr).toBe(0);
}

function sentIds(run: ClaudeRun): string[] {
  return run.pairing.toolUses.map((u) => u.id);
}

/**
 * A resume of a repaired file: exit 0, a first request that meets the strict rule and starts
 * with a user message, no in-memory repair, no skipped line, and no tool_result the client
 * wrote itself (the file grew by the new turn only).
 */
function expectCleanResume(run: ClaudeRun, file: string, before: string): void {
  expect(run.run.code, run.run.stderr).toBe(0);
  expect(run.requests.length).toBeGreaterThan(0);
  expect(run.pairing.violations).toEqual([]);
  expect(run.pairing.startsWithUser).toBe(true);
  expect(run.pairingRepairs.map((e) => e.message), 'ensureToolResultPairing repairs').toEqual([]);
  expect(run.skippedLines.map((e) => e.message), 'lines the client skipped').toEqual([]);
  const after = readFileSync(file, 'utf8');
  expect(after.startsWith(before), 'the client only appended').toBe(true);
  const added = R.parseRollout(after.slice(before.length));
  expect(added.lines.flatMap(T.toolResultIds), 'tool_results the client appended').toEqual([]);
}

/** Every tool_use the model saw before the fix is still sent, in the same order. */
function expectNoToolUseLost(before: ClaudeRun, after: ClaudeRun): void {
  const now = new Set(sentIds(after));
  expect(sentIds(before).filter((id) => now.has(id))).toEqual(sentIds(before));
}

type Kind = 'missing' | 'removed-line' | 'reparented' | 'bridged' | 'bom';

/** The shape of the repair on disk. */
function expectRepairShape(kind: Kind, d: C.ClaudeDamaged, fixedText: string): void {
  const damaged = R.parseRollout(d.damaged);
  const fixed = R.parseRollout(fixedText);
  expect(fixed.lines.filter((l) => !l.rec).map((l) => l.line), 'unparsable lines after fix').toEqual([]);
  expect(fixedText.endsWith('\n')).toBe(true);
  const diff = R.diffLines(
    damaged.lines.map((l) => l.text),
    fixed.lines.map((l) => l.text),
  );
  const at = (d.expected.find((e) => e.fixable !== false) as C.ClaudeExpected).line;
  switch (kind) {
    case 'bom':
      expect(fixedText, 'only the BOM goes').toBe(d.damaged.slice(1));
      break;
    case 'missing': {
      expect(diff.removed, 'a missing result only adds a line').toEqual([]);
      expect(diff.added).toHaveLength(1);
      const added = fixed.lines[(diff.added[0] as number) - 1] as T.Entry;
      const use = damaged.lines[at - 1] as T.Entry;
      expect(T.toolResultIds(added)).toEqual([d.toolUseId]);
      expect(T.parentOf(added)).toBe(T.uuidOf(use));
      expect(added.rec?.['sourceToolAssistantUUID']).toBe(T.uuidOf(use));
      expect(added.rec?.['toolDenialKind']).toBe('interrupted');
      for (const k of ['sessionId', 'cwd', 'version']) expect(added.rec?.[k], k).toBe(use.rec?.[k]);
      expect(Date.parse(String(added.rec?.['timestamp']))).toBeGreaterThanOrEqual(Date.parse(String(use.rec?.['timestamp'])));
      const block = ((added.rec?.['message'] as Record<string, unknown>)['content'] as Array<Record<string, unknown>>)[0];
      expect(block).toMatchObject({ type: 'tool_result', tool_use_id: d.toolUseId, is_error: true, content: CLIENT_PLACEHOLDERS.interrupted });
      // In its tool_use's compaction segment: at the end unless a compact_boundary follows the call.
      const boundaryAfter = damaged.lines.some((l) => l.line > at && l.rec?.['type'] === 'system' && l.rec['subtype'] === 'compact_boundary');
      expect(diff.added[0], 'where the result line went').toBe(boundaryAfter ? at + 1 : fixed.lines.length);
      break;
    }
    case 'removed-line':
      expect(diff.removed).toEqual([at]);
      expect(diff.added).toEqual([]);
      break;
    case 'reparented':
    case 'bridged': {
      expect(diff.removed).toEqual([at]);
      expect(diff.added).toEqual([at]);
      const { parentUuid: was, ...restBefore } = (damaged.lines[at - 1] as T.Entry).rec as Record<string, unknown>;
      const { parentUuid: now, ...restAfter } = (fixed.lines[at - 1] as T.Entry).rec as Record<string, unknown>;
      expect(restAfter, 'only parentUuid changes').toEqual(restBefore);
      expect(was).not.toBe(d.relinkTo);
      expect(now).toBe(d.relinkTo);
      break;
    }
  }
}

interface Case {
  kind: Kind;
  d: C.ClaudeDamaged;
}

async function runRepairCase(env: ClaudeEnv, c: Case): Promise<{ diags: Diagnostic[]; before: ClaudeRun; after: ClaudeRun }> {
  const { d } = c;
  const name = path.basename(d.file);
  // 1. check reports exactly the damage.
  const diags = expectReportsExactly(env, d.file, d.expected);
  // What the model sees from the damaged file (the client's own writes are undone afterwards).
  env.script(say('before the fix'));
  const before = await env.resumeAndRestore('continue');
  expect(readFileSync(d.file, 'utf8')).toBe(d.damaged);
  // 2. fix --in-place keeps the original as .bak; the repaired file checks clean.
  // fixInPlace asks for unsafe fixes too (orphan and duplicate removals, re-linking a cut chain).
  const fixed = fixInPlace(d.file, cliOpts(env));
  expect(fixed.code, `${fixed.stderr}\n${fixed.stdout}`).toBe(0);
  expect(readFileSync(`${d.file}.bak`, 'utf8')).toBe(d.damaged);
  expect(readdirSync(path.dirname(d.file)).filter((n) => n.startsWith(name)).sort()).toEqual([name, `${name}.bak`]);
  const fixedText = readFileSync(d.file, 'utf8');
  expectClean(env, d.file, d.expected.filter((e) => e.fixable === false));
  expectRepairShape(c.kind, d, fixedText);
  // 3. Claude Code resumes the repaired file cleanly; where it used to append its own result, a
  // second resume shows it no longer does.
  env.script(say('after the fix'));
  const after = await env.resume('continue');
  expectCleanResume(after, d.file, fixedText);
  expectNoToolUseLost(before, after);
  if (c.kind === 'missing') {
    const again = readFileSync(d.file, 'utf8');
    env.script(say('once more'));
    const second = await env.resume('once more');
    expectCleanResume(second, d.file, again);
    expect(sentIds(second)).toEqual(sentIds(after));
  }
  return { diags, before, after };
}

describe('session-doctor check: healthy Claude Code 2.1.332 transcripts are clean', () => {
  const RECORDED = path.join(REPO_ROOT, 'test', 'fixtures', 'claude-code', 'recorded');
  const manifest = JSON.parse(readFileSync(path.join(RECORDED, 'manifest.json'), 'utf8')) as {
    cases: Array<{ case: string; file: string; subagents: string[]; damage: string[] }>;
  };
  for (const c of manifest.cases.filter((x) => x.damage.length === 0)) {
    it(`committed recording: ${c.case}`, (ctx) => {
      cliOrSkip(ctx);
      for (const f of [c.file, ...c.subagents]) {
        const { result, file } = check(path.join(RECORDED, f));
        expect(file.format).toBe('claude-code');
        expect(file.diagnostics, `${f}\n${fmt(file.diagnostics)}`).toEqual([]);
        expect(result.code).toBe(0);
      }
    });
  }

  const recorders: Array<[string, (env: ClaudeEnv) => Promise<string>]> = [
    ['Bash', C.recordBash],
    ['parallel tools', C.recordParallel],
    ['multi-turn --resume', C.recordMultiTurn],
    ['subagent (and its sidechain transcript)', C.recordSubagent],
    ['/compact', C.recordCompact],
  ];
  for (const [label, record] of recorders) {
    it(`freshly recorded: ${label}`, async (ctx) => {
      const env = await setup(ctx);
      const file = await record(env);
      for (const f of [file, ...subagentFiles(file)]) {
        const bytes = readFileSync(f, 'utf8');
        expectClean(env, f);
        expect(readFileSync(f, 'utf8'), 'check never writes').toBe(bytes);
      }
    });
  }
});

describe('session-doctor repairs real Claude Code 2.1.332 damage so that Claude Code resumes cleanly', () => {
  it('SIGKILL during a Bash call: missing-output at the tool_use line; the result is appended as 2.1.332 would', async (ctx) => {
    const env = await setup(ctx);
    const d = C.killedMissingResult(await C.recordKilledMidTool(env));
    const { after } = await runRepairCase(env, { kind: 'missing', d });
    expect(sentIds(after)).toEqual([d.toolUseId]);
    // The model sees the same placeholder 2.1.332's own repair would have shown it.
    expect(clientPlaceholders(after.pairing).map((p) => [p.toolUseId, p.text.split('\n')[0]])).toEqual([[d.toolUseId, CLIENT_PLACEHOLDERS.interrupted]]);
  });

  it('a result lost in mid-history: the call the client silently dropped is sent again, answered', async (ctx) => {
    const env = await setup(ctx);
    const d = C.damageLostResult(await C.recordMultiTurn(env), 'toolu_turn_1');
    const { before, after } = await runRepairCase(env, { kind: 'missing', d });
    expect(sentIds(before)).toEqual(['toolu_turn_2']);
    expect(sentIds(after)).toEqual(['toolu_turn_1', 'toolu_turn_2']);
  });

  it('a result lost before a compact_boundary: the placeholder goes right after its tool_use, inside its segment', async (ctx) => {
    const env = await setup(ctx);
    const lost = C.damageLostResult(await C.recordCompact(env), 'toolu_pre_compact');
    // The client does not send it (the boundary ends the walk): a warning, but answered for whatever reads the whole file.
    const d = { ...lost, expected: lost.expected.map((e) => ({ ...e, severity: 'warning' as const })) };
    const { before, after } = await runRepairCase(env, { kind: 'missing', d });
    expect(sentIds(before)).toEqual(['toolu_post_compact']);
    expect(sentIds(after)).toEqual(['toolu_post_compact']);
  });

  it('SIGKILL inside a subagent: missing-output in both transcripts; each repaired on its own, the parent resumes cleanly', async (ctx) => {
    const env = await setup(ctx);
    const rec = await C.recordKilledInSubagent(env);
    const sub = C.killedMissingResult({ file: rec.subagentFile, toolUseId: rec.subagentToolUseId });
    expectReportsExactly(env, sub.file, sub.expected);
    const d = C.killedMissingResult(rec);
    const { after } = await runRepairCase(env, { kind: 'missing', d });
    expect(sentIds(after)).toEqual([rec.toolUseId]);
    expect(readFileSync(sub.file, 'utf8'), 'fixing the parent leaves the subagent transcript alone').toBe(sub.damaged);
    const fixed = fixInPlace(sub.file, cliOpts(env));
    expect(fixed.code, `${fixed.stderr}\n${fixed.stdout}`).toBe(0);
    expectClean(env, sub.file);
    expectRepairShape('missing', sub, readFileSync(sub.file, 'utf8'));
    const before = readFileSync(d.file, 'utf8');
    env.script(say('after the subagent fix'));
    expectCleanResume(await env.resume('continue'), d.file, before);
  });

  it('UTF-8 byte-order mark: reported in Claude Code terms (the client tolerates it), removed by fix', async (ctx) => {
    const env = await setup(ctx);
    const { diags, after } = await runRepairCase(env, { kind: 'bom', d: C.damageBom(await C.recordBash(env)) });
    expect(diags[0]?.message).not.toMatch(/codex/i);
    expect(sentIds(after)).toEqual(['toolu_bash_hi']);
  });

  it('torn final line (crash mid-write)', async (ctx) => {
    const env = await setup(ctx);
    await runRepairCase(env, { kind: 'removed-line', d: C.damageTornTail(await C.recordBash(env)) });
  });

  it('garbage line mid-file (a torn line the client appended after)', async (ctx) => {
    const env = await setup(ctx);
    const file = await C.recordBash(env);
    C.damageTornTail(file);
    env.script(say('continued after the crash'));
    expect((await env.resume('continue after the crash')).run.code).toBe(0);
    await runRepairCase(env, { kind: 'removed-line', d: C.garbageAfterResume(file) });
  });

  it('orphan result', async (ctx) => {
    const env = await setup(ctx);
    const { before } = await runRepairCase(env, { kind: 'removed-line', d: C.damageOrphanResult(await C.recordBash(env), 'toolu_bash_hi') });
    expect(before.pairingRepairs).toHaveLength(1);
  });

  it('duplicate result (the later copy is the damage)', async (ctx) => {
    const env = await setup(ctx);
    const { before } = await runRepairCase(env, { kind: 'removed-line', d: C.damageDuplicateResult(await C.recordBash(env), 'toolu_bash_hi') });
    expect(before.pairingRepairs).toHaveLength(1);
  });

  it('result not in the next message: re-parented onto its tool_use, the real output reaches the model', async (ctx) => {
    const env = await setup(ctx);
    const d = C.damageNonAdjacentResult(await C.recordBash(env), 'toolu_bash_hi');
    const { before, after } = await runRepairCase(env, { kind: 'reparented', d });
    expect(clientPlaceholders(before.pairing).map((p) => p.toolUseId)).toEqual(['toolu_bash_hi']);
    expect(clientPlaceholders(after.pairing)).toEqual([]);
    expect(after.pairing.toolResults.map((r) => [r.toolUseId, r.text.split('\n')[0]])).toEqual([['toolu_bash_hi', 'hi']]);
  });

  it('missing parent within the 5 s bridge: a warning; the client bridges it and loses nothing', async (ctx) => {
    const env = await setup(ctx);
    const d = C.damageBrokenParent(await C.recordBash(env), 0);
    const diags = expectReportsExactly(env, d.file, d.expected);
    expect(diags[0]?.severity).toBe('warning');
    env.script(say('bridged'));
    const run = await env.resumeAndRestore('continue');
    expect(run.pairing.violations).toEqual([]);
    expect(sentIds(run)).toEqual(['toolu_bash_hi']);
  });

  it('missing parent beyond the bridge: an error saying history is lost; fix does not change what the model sees unasked', async (ctx) => {
    const env = await setup(ctx);
    const d = C.damageBrokenParent(await C.recordBash(env), 60);
    const diags = expectReportsExactly(env, d.file, d.expected);
    expect(diags[0]?.message).toMatch(/unreachable|lost|drop/i);
    const plain = runCli(['fix', '--in-place', '--force', d.file], cliOpts(env));
    expect(readFileSync(d.file, 'utf8'), `${plain.stdout}${plain.stderr}`).toBe(d.damaged);
    expectReportsExactly(env, d.file, d.expected);
    env.script(say('cut'));
    const run = await env.resume('continue');
    expect(run.pairing.startsWithUser, 'the client still cuts the history').toBe(false);
  });

  it('missing parent beyond the bridge, re-linking asked for: the entry the client would bridge to, and the history comes back', async (ctx) => {
    const env = await setup(ctx);
    const d = C.damageBrokenParent(await C.recordBash(env), 60);
    const { before, after } = await runRepairCase(env, { kind: 'bridged', d });
    expect(before.pairing.startsWithUser).toBe(false);
    expect(sentIds(before)).toEqual([]);
    expect(sentIds(after)).toEqual(['toolu_bash_hi']);
  });
});

describe('session-doctor and a live Claude Code session', () => {
  it('fix --in-place --force refuses a transcript whose session a running Claude Code holds, and Claude Code keeps every line it writes', async (ctx) => {
    const env = await setup(ctx);
    // The tool runs until the test lets it finish; then the model answers.
    const started = path.join(env.sb.root, 'tool-started');
    const release = path.join(env.sb.root, 'release-the-tool');
    env.script(use(bash('toolu_live', `touch '${started}'; while [ ! -e '${release}' ]; do sleep 0.1; done; echo tool-finished`, 'wait for the release file')), say('all done'));
    const { running, finish } = env.start('run the command that waits');
    await env.waitForTranscript((t) => t.includes('"id":"toolu_live"'), 'the tool_use line');
    await waitUntil(() => (existsSync(started) ? true : undefined), 'the tool process');
    const sessions = path.join(env.sb.home, '.claude', 'sessions');
    await waitUntil(() => (existsSync(path.join(sessions, `${running.pid}.json`)) ? true : undefined), "Claude Code's session marker");
    const file = env.transcript();
    // While the tool runs Claude Code writes nothing: make the file look as old as a long tool would, so
    // that only the running process, not the file's age, can stop the fix.
    utimesSync(file, HOURS_AGO(), HOURS_AGO());
    const before = readFileSync(file, 'utf8');
    const inode = statSync(file).ino;
    // The pending call looks like a crash to a file-only view; the running process says otherwise.
    expect(check(file, cliOpts(env)).file.diagnostics.map((d) => d.rule)).toEqual(['missing-output']);
    const r = fixInPlace(file, cliOpts(env));
    expect(r.code, `${r.stdout}${r.stderr}`).toBe(2);
    expect(`${r.stdout}${r.stderr}`).toContain(`claude (pid ${running.pid})`);
    expect(statSync(file).ino, 'the transcript was not replaced').toBe(inode);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(path.dirname(file)).filter((n) => n.includes('.jsonl') && !n.endsWith('.jsonl'))).toEqual([]);

    writeFileSync(release, '');
    const run = await finish();
    expect(run.run.code, run.run.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before), 'the transcript keeps what it had').toBe(true);
    expect(after).toContain('tool-finished');
    expect(after).toContain('all done');
    // Finished, the session checks clean: nothing was left for a fix to do.
    expectClean(env, file);
  });
});

/** Files written at least this long ago are not taken for a session still being written. */
const HOURS_AGO = () => new Date(Date.now() - 5 * 3_600_000);
