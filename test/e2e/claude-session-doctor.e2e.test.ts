/**
 * session-doctor against real Claude Code transcripts (2.1.332; SESSION_DOCTOR_E2E_CLAUDE_VERSION runs the
 * same cases against an older version, whose differences are noted where they are): `check` reports exactly the damage
 * (rule and line), and after `fix --in-place` `claude -p --resume <id>` resumes with a first
 * request the Messages API accepts under its strict rule, no `ensureToolResultPairing` repair in
 * the debug log, no tool_result appended by the client, and every tool_use the model saw before
 * the fix still sent. Skips until `dist/bin/session-doctor.js` has been built.
 */
import { existsSync, readFileSync, readdirSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { before21, projectFiles, subagentFiles, transcriptFiles } from './harness/claude-driver.js';
import { closeAllClaudeEnvs, type ClaudeEnv, type ClaudeRun } from './harness/claude-env.js';
import { CLAUDE_VERSION, DEFAULT_CLAUDE_VERSION } from './harness/claude-install.js';
import { CLIENT_PLACEHOLDERS, clientPlaceholders } from './harness/claude-pairing.js';
import {
  cliOpts,
  expectClean,
  expectCleanResume,
  expectRepairShape,
  expectReportsExactly,
  fmt,
  runRepairCase,
  sentIds,
  setup,
} from './harness/claude-repair.js';
import * as C from './harness/claude-scenarios.js';
import * as T from './harness/claude-transcript.js';
import * as R from './harness/rollout-file.js';
import { REPO_ROOT } from './harness/codex-install.js';
import { bash, say, use } from './harness/mock-messages.js';
import { waitUntil } from './harness/processes.js';
import { check, fixInPlace, runCli } from './harness/session-doctor.js';
import { cliOrSkip } from './harness/skip.js';

afterEach(closeAllClaudeEnvs);

/** The first call's result hangs off its own tool_use line, beside the chain that goes on from the second call. */
function siblingResults(text: string): boolean {
  const r = R.parseRollout(text);
  return T.parentOf(T.toolResultLine(r, 'toolu_par_a')) === T.uuidOf(T.toolUseLine(r, 'toolu_par_a'));
}

/**
 * The client cut the history at the broken link: neither the first prompt nor the Bash call is sent.
 * (2.1.332's request then starts with the assistant message; 2.1.197 puts its context reminder first.)
 */
function expectCut(run: ClaudeRun): void {
  expect(sentIds(run), 'the client still cuts the history').toEqual([]);
  expect(JSON.stringify(run.messages)).not.toContain('run echo hi');
}

describe(`session-doctor check: healthy Claude Code ${CLAUDE_VERSION} transcripts are clean`, () => {
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

  // The tool_uses a resume sends: a compaction leaves out the calls before it (1.0.1's /compact in print mode compacts nothing).
  const recorders: Array<[string, (env: ClaudeEnv) => Promise<string>, (text: string) => string[]]> = [
    ['Bash', C.recordBash, () => ['toolu_bash_hi']],
    // 2.0.77 hangs each result off its own tool_use line but walks only the chain: the first call and its result are left out.
    ['parallel tools', C.recordParallel, (text) => (CLAUDE_VERSION === '2.0.77' && siblingResults(text) ? ['toolu_par_b'] : ['toolu_par_a', 'toolu_par_b'])],
    ['multi-turn --resume', C.recordMultiTurn, () => ['toolu_turn_1', 'toolu_turn_2']],
    ['subagent (and its sidechain transcript)', C.recordSubagent, () => ['toolu_agent_1']],
    ['/compact', C.recordCompact, (text) => [...(text.includes('"compact_boundary"') ? [] : ['toolu_pre_compact']), 'toolu_post_compact']],
  ];
  for (const [label, record, sent] of recorders) {
    it(`freshly recorded: ${label}; every file the client wrote checks clean, and it resumes the transcript as it is`, async (ctx) => {
      const env = await setup(ctx);
      const file = await record(env);
      const written = projectFiles(env.sb);
      expect(written).toEqual(expect.arrayContaining([file, ...subagentFiles(file)]));
      for (const f of written) {
        const bytes = readFileSync(f, 'utf8');
        const { result, file: fr } = check(f, cliOpts(env));
        // 2.0.x leaves an empty <new id>.jsonl behind every --resume: a warning, as for any file without a record.
        expect(fr.diagnostics.map((d) => `${d.severity} ${d.rule}`), `${f}\n${fmt(fr.diagnostics)}`).toEqual(bytes === '' ? ['warning empty-file'] : []);
        if (bytes !== '') expect(fr.format, f).toBe('claude-code');
        expect(result.code, result.stderr).toBe(0);
        expect(readFileSync(f, 'utf8'), 'check never writes').toBe(bytes);
      }
      const before = readFileSync(file, 'utf8');
      env.script(say('resumed as recorded'));
      const run = await env.resume('and now?');
      expectCleanResume(run, file, before);
      expect(sentIds(run)).toEqual(sent(before));
    });
  }
});

describe(`session-doctor repairs real Claude Code ${CLAUDE_VERSION} damage so that Claude Code resumes cleanly`, () => {
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
    // 2.x and 1.0.128 leave the unanswered call out without a word; 1.0.1 sends it unanswered: the API's 400.
    if (CLAUDE_VERSION === '1.0.1') expect(before.pairing.violations).toEqual([expect.stringContaining('tool_use ids were found without tool_result blocks immediately after: toolu_turn_1')]);
    else expect(sentIds(before)).toEqual(['toolu_turn_2']);
    expect(sentIds(after)).toEqual(['toolu_turn_1', 'toolu_turn_2']);
  });

  it('a result lost before a compact_boundary: the placeholder goes right after its tool_use, inside its segment', async (ctx) => {
    const env = await setup(ctx);
    const recorded = await C.recordCompact(env);
    if (!readFileSync(recorded, 'utf8').includes('"compact_boundary"')) ctx.skip(`Claude Code ${CLAUDE_VERSION}'s /compact in print mode writes no compact_boundary`);
    const lost = C.damageLostResult(recorded, 'toolu_pre_compact');
    // The client does not send it (the boundary ends the walk): a warning, but answered for whatever reads the whole file.
    const d = { ...lost, expected: lost.expected.map((e) => ({ ...e, severity: 'warning' as const })) };
    const { before, after } = await runRepairCase(env, { kind: 'missing', d });
    expect(sentIds(before)).toEqual(['toolu_post_compact']);
    expect(sentIds(after)).toEqual(['toolu_post_compact']);
  });

  it('SIGKILL inside a subagent: missing-output in both transcripts; each repaired on its own, the parent resumes cleanly', async (ctx) => {
    const env = await setup(ctx);
    const rec = await C.recordKilledInSubagent(env);
    const d = C.killedMissingResult(rec);
    if (rec.subagentFile === undefined) {
      // 1.0.x: the subagent's lines were never written; only the parent's Task call is unanswered.
      expect(d.damaged).not.toContain('"isSidechain":true');
      const { after } = await runRepairCase(env, { kind: 'missing', d });
      expect(sentIds(after)).toEqual([rec.toolUseId]);
      return;
    }
    const sub = C.killedMissingResult({ file: rec.subagentFile, toolUseId: rec.subagentToolUseId });
    expectReportsExactly(env, sub.file, sub.expected);
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
    if (transcriptFiles(env.sb).length > 1) ctx.skip(`Claude Code ${CLAUDE_VERSION} resumes into a new transcript: it never appends after a torn line`);
    const d = C.garbageAfterResume(file);
    // 1.0.x parents the new prompt on the lost line (a bridged gap): fix also re-links it.
    const { after } = await runRepairCase(env, { kind: d.expected.length > 1 ? 'removed-line-and-bridged' : 'removed-line', d });
    expect(sentIds(after)).toEqual(['toolu_bash_hi']);
  });

  it('orphan result', async (ctx) => {
    const env = await setup(ctx);
    const { before } = await runRepairCase(env, { kind: 'removed-line', d: C.damageOrphanResult(await C.recordBash(env), 'toolu_bash_hi') });
    // The client never sends it: 2.1.332 strips it in memory and logs that; 2.1.100 leaves it out without a word.
    expect(before.pairing.toolResults.map((r) => r.toolUseId)).toEqual(['toolu_bash_hi']);
    if (env.claude.version === DEFAULT_CLAUDE_VERSION) expect(before.pairingRepairs).toHaveLength(1);
  });

  it('duplicate result (the later copy is the damage)', async (ctx) => {
    const env = await setup(ctx);
    const { before } = await runRepairCase(env, { kind: 'removed-line', d: C.damageDuplicateResult(await C.recordBash(env), 'toolu_bash_hi') });
    expect(before.pairing.toolResults.map((r) => r.toolUseId)).toEqual(['toolu_bash_hi']);
    if (env.claude.version === DEFAULT_CLAUDE_VERSION) expect(before.pairingRepairs).toHaveLength(1);
  });

  it('result not in the next message: re-parented onto its tool_use, the real output reaches the model', async (ctx) => {
    const env = await setup(ctx);
    const d = C.damageNonAdjacentResult(await C.recordBash(env), 'toolu_bash_hi');
    const { before, after } = await runRepairCase(env, { kind: 'reparented', d });
    // 2.1.x sends its placeholder instead of the real output (2.0.77 leaves the call out, 1.0.128 merges the two assistant messages).
    if (!before21(env.claude.version)) expect(clientPlaceholders(before.pairing).map((p) => p.toolUseId)).toEqual(['toolu_bash_hi']);
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
    if (!before21(env.claude.version)) {
      expect(sentIds(run)).toEqual(['toolu_bash_hi']);
      return;
    }
    // 2.0.x and 1.0.x bridge no gap (as the message says): they cut there; the safe fix gives them the history back.
    expectCut(run);
    const { after } = await runRepairCase(env, { kind: 'bridged', d });
    expect(sentIds(after)).toEqual(['toolu_bash_hi']);
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
    expectCut(run);
  });

  it('missing parent beyond the bridge, re-linking asked for: the entry the client would bridge to, and the history comes back', async (ctx) => {
    const env = await setup(ctx);
    const d = C.damageBrokenParent(await C.recordBash(env), 60);
    const { before, after } = await runRepairCase(env, { kind: 'bridged', d });
    expectCut(before);
    expect(sentIds(after)).toEqual(['toolu_bash_hi']);
  });
});

describe('session-doctor and a live Claude Code session', () => {
  it('fix --in-place --force and restore --force refuse a transcript whose session a running Claude Code holds, check says its call may still be running, and Claude Code keeps every line it writes', async (ctx) => {
    const env = await setup(ctx);
    // The tool runs until the test lets it finish; then the model answers.
    const started = path.join(env.sb.root, 'tool-started');
    const release = path.join(env.sb.root, 'release-the-tool');
    env.script(use(bash('toolu_live', `touch '${started}'; while [ ! -e '${release}' ]; do sleep 0.1; done; echo tool-finished`, 'wait for the release file')), say('all done'));
    const { running, finish } = env.start('run the command that waits');
    await env.waitForTranscript((t) => t.includes('"id":"toolu_live"'), 'the tool_use line');
    await waitUntil(() => (existsSync(started) ? true : undefined), 'the tool process');
    const sessions = path.join(env.sb.home, '.claude', 'sessions');
    // Before 2.1 there is no marker: session-doctor goes by the running client's working folder.
    if (!before21(env.claude.version)) await waitUntil(() => (existsSync(path.join(sessions, `${running.pid}.json`)) ? true : undefined), "Claude Code's session marker");
    const file = env.transcript();
    // While the tool runs Claude Code writes nothing: make the file look as old as a long tool would, so
    // that only the running process, not the file's age, can stop the fix.
    utimesSync(file, HOURS_AGO(), HOURS_AGO());
    const before = readFileSync(file, 'utf8');
    const inode = statSync(file).ino;
    // The pending call looks like a crash to a file-only view; the running process says otherwise.
    const pending = check(file, cliOpts(env)).file.diagnostics;
    expect(pending.map((d) => d.rule)).toEqual(['missing-output']);
    expect(pending[0]!.message).toContain(`It may still be running: `);
    expect(pending[0]!.message).toContain(`by claude (pid ${running.pid}).`);
    const r = fixInPlace(file, cliOpts(env));
    expect(r.code, `${r.stdout}${r.stderr}`).toBe(2);
    expect(`${r.stdout}${r.stderr}`).toContain(`claude (pid ${running.pid})`);
    expect(statSync(file).ino, 'the transcript was not replaced').toBe(inode);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(path.dirname(file)).filter((n) => n.includes('.jsonl') && !n.endsWith('.jsonl'))).toEqual([]);
    // Nor is a backup put back over it: the client's next lines would go on from the history it holds.
    writeFileSync(`${file}.bak`, before.split('\n').slice(0, 2).join('\n') + '\n');
    const restore = runCli(['restore', '--force', file], cliOpts(env));
    expect(restore.code, `${restore.stdout}${restore.stderr}`).toBe(2);
    expect(restore.stderr).toContain(`claude (pid ${running.pid})`);
    expect(statSync(file).ino, 'the transcript was not restored over').toBe(inode);
    unlinkSync(`${file}.bak`);

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
