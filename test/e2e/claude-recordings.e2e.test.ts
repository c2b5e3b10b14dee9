/**
 * Healthy sessions written by the real Claude Code 2.1.332 CLI (offline, mock model): the shape
 * of their lines, how results hang off their tool_use line, that the mock's message ids never
 * repeat across runs, and that resuming each sends a history the Messages API accepts with no
 * in-memory repair. Also checks the committed recordings in test/fixtures/claude-code/recorded.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { subagentFiles } from './harness/claude-driver.js';
import { ClaudeEnv, closeAllClaudeEnvs, type ClaudeRun } from './harness/claude-env.js';
import { REPO_ROOT } from './harness/codex-install.js';
import * as C from './harness/claude-scenarios.js';
import * as T from './harness/claude-transcript.js';
import { claudeOrSkip } from './harness/skip.js';
import { CLAUDE_VERSION, DEFAULT_CLAUDE_VERSION } from './harness/claude-install.js';

afterEach(closeAllClaudeEnvs);

const RECORDED = path.join(REPO_ROOT, 'test', 'fixtures', 'claude-code', 'recorded');

/** What every transcript line written by 2.1.332 looks like (main chain or sidechain). */
function expectWellFormed(file: string, opts: { sidechain?: boolean } = {}): ReturnType<typeof T.readTranscript> {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(false);
  expect(text.endsWith('\n')).toBe(true);
  const r = T.readTranscript(file);
  expect(r.lines.filter((l) => !l.rec).map((l) => l.line), 'unparsable lines').toEqual([]);
  const sessionId = opts.sidechain ? path.basename(path.dirname(path.dirname(file))) : path.basename(file, '.jsonl');
  for (const l of r.lines) {
    if (l.rec?.['sessionId'] !== undefined) expect(l.rec['sessionId']).toBe(sessionId);
    if (T.uuidOf(l) === undefined) continue;
    expect(l.rec?.['isSidechain']).toBe(opts.sidechain ?? false);
    expect(l.rec?.['version']).toBe('2.1.332');
  }
  // Every parentUuid names a line of the file (no chain breaks in a healthy recording).
  const uuids = new Set(r.lines.map(T.uuidOf).filter((u) => u !== undefined));
  for (const l of r.lines) {
    const p = T.parentOf(l);
    if (typeof p === 'string') expect(uuids.has(p), `line ${l.line} parent ${p}`).toBe(true);
  }
  return r;
}

/** Each result is its own user line whose parentUuid and sourceToolAssistantUUID are the tool_use line. */
function expectResultsHangOffTheirCall(r: ReturnType<typeof T.readTranscript>): void {
  for (const id of T.allToolUseIds(r)) {
    const use = T.toolUseLine(r, id);
    const res = T.toolResultLine(r, id);
    expect(T.toolResultIds(res)).toEqual([id]);
    expect(T.parentOf(res)).toBe(T.uuidOf(use));
    expect(res.rec?.['sourceToolAssistantUUID']).toBe(T.uuidOf(use));
    expect(res.line).toBeGreaterThan(use.line);
  }
  expect(T.filePairing(r)).toEqual({ unanswered: [], orphans: [], duplicated: [] });
}

/** A resume the real API accepts, with no repair by the client: the baseline of every repair test. */
function expectCleanResume(run: ClaudeRun): void {
  expect(run.run.code, run.run.stderr).toBe(0);
  expect(run.requests.length).toBeGreaterThan(0);
  expect(run.pairing.violations).toEqual([]);
  expect(run.pairing.startsWithUser).toBe(true);
  expect(run.pairingRepairs.map((e) => e.message)).toEqual([]);
  expect(run.skippedLines.map((e) => e.message)).toEqual([]);
}

describe('committed Claude Code 2.1.332 recordings (test/fixtures/claude-code/recorded)', () => {
  const manifest = JSON.parse(readFileSync(path.join(RECORDED, 'manifest.json'), 'utf8')) as {
    claudeCodeVersion: string;
    cases: Array<{ case: string; file: string; sessionId: string; subagents: string[]; damage: string[] }>;
  };

  it('the manifest lists every recording, nothing else', () => {
    expect(manifest.claudeCodeVersion).toBe('2.1.332');
    expect(manifest.cases.map((c) => c.case).sort()).toEqual(readdirSync(RECORDED).filter((n) => n !== 'manifest.json').sort());
    for (const c of manifest.cases) {
      expect(readdirSync(path.join(RECORDED, c.case)).filter((n) => n.endsWith('.jsonl'))).toEqual([`${c.sessionId}.jsonl`]);
      for (const s of c.subagents) expect(existsSync(path.join(RECORDED, s))).toBe(true);
    }
  });

  for (const c of manifest.cases) {
    it(`${c.case}: ${c.damage.length ? c.damage.join(', ') : 'healthy'}`, () => {
      const r = expectWellFormed(path.join(RECORDED, c.file));
      const p = T.filePairing(r);
      if (c.damage.length === 0) expectResultsHangOffTheirCall(r);
      else expect(c.damage).toEqual(p.unanswered.map((id) => `missing-output: ${id}`));
      for (const s of c.subagents) expectResultsHangOffTheirCall(expectWellFormed(path.join(RECORDED, s), { sidechain: true }));
    });
  }
});

// Facts of 2.1.332: with SESSION_DOCTOR_E2E_CLAUDE_VERSION set to another version, claude-session-doctor.e2e.test.ts is the file to run.
describe.skipIf(CLAUDE_VERSION !== DEFAULT_CLAUDE_VERSION)('Claude Code 2.1.332 healthy recordings', () => {
  it('Bash: tool_use line, result line hanging off it, resumable with the pair sent as-is', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const file = await C.recordBash(env);
    const r = expectWellFormed(file);
    expectResultsHangOffTheirCall(r);
    const use = T.toolUseLine(r, 'toolu_bash_hi');
    expect((use.rec?.['message'] as Record<string, unknown>)['content']).toEqual([
      { type: 'tool_use', id: 'toolu_bash_hi', name: 'Bash', input: { command: 'echo hi', description: 'run a command' } },
    ]);
    const res = T.toolResultLine(r, 'toolu_bash_hi');
    expect((res.rec?.['message'] as Record<string, unknown>)['content']).toEqual([{ tool_use_id: 'toolu_bash_hi', type: 'tool_result', content: 'hi', is_error: false }]);
    // The transcript's message ids are the mock's, one per API response.
    expect(T.messageIds(r)).toEqual(env.mock.turnRequests.map((q) => q.messageId));
    const resumed = await env.resume('and now?');
    expectCleanResume(resumed);
    expect(resumed.pairing.toolUses.map((u) => u.id)).toEqual(['toolu_bash_hi']);
  });

  it('parallel tools: one assistant message, one line per tool_use, one result line each', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const r = expectWellFormed(await C.recordParallel(env));
    expectResultsHangOffTheirCall(r);
    const a = T.toolUseLine(r, 'toolu_par_a');
    const b = T.toolUseLine(r, 'toolu_par_b');
    expect(a.line).not.toBe(b.line);
    const msgId = (l: T.Entry): unknown => (l.rec?.['message'] as Record<string, unknown>)['id'];
    expect(msgId(a)).toBe(msgId(b));
    expect(T.parentOf(b)).toBe(T.uuidOf(a));
    const resumed = await env.resume('and now?');
    expectCleanResume(resumed);
    const toolMsg = resumed.pairing.toolUses.map((u) => [u.id, u.message]);
    expect(toolMsg.map(([id]) => id)).toEqual(['toolu_par_a', 'toolu_par_b']);
    expect(new Set(toolMsg.map(([, m]) => m)).size, 'merged into one assistant message').toBe(1);
  });

  it('multi-turn --resume: one file, appended to; message ids never repeat across processes', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const file = await C.recordMultiTurn(env);
    const r = expectWellFormed(file);
    expectResultsHangOffTheirCall(r);
    const ids = T.messageIds(r);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    const resumed = await env.resume('and now?');
    expectCleanResume(resumed);
    expect(resumed.pairing.toolUses.map((u) => u.id)).toEqual(['toolu_turn_1', 'toolu_turn_2']);
  });

  it('subagent: its own sidechain transcript under <sessionId>/subagents, the Agent result in the parent', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const file = await C.recordSubagent(env);
    const r = expectWellFormed(file);
    expectResultsHangOffTheirCall(r);
    expect(T.allToolUseIds(r)).toEqual(['toolu_agent_1']);
    const subs = subagentFiles(file);
    expect(subs).toHaveLength(1);
    const sub = expectWellFormed(subs[0] as string, { sidechain: true });
    expectResultsHangOffTheirCall(sub);
    expect(T.allToolUseIds(sub)).toEqual(['toolu_sub_bash']);
    const agentId = /agent-(.+)\.jsonl$/.exec(subs[0] as string)?.[1];
    for (const l of sub.lines) if (T.uuidOf(l)) expect(l.rec?.['agentId']).toBe(agentId);
    const meta = JSON.parse(readFileSync((subs[0] as string).replace(/\.jsonl$/, '.meta.json'), 'utf8')) as Record<string, unknown>;
    expect(meta['toolUseId']).toBe('toolu_agent_1');
    expect((T.toolResultLine(r, 'toolu_agent_1').rec?.['toolUseResult'] as Record<string, unknown>)['agentId']).toBe(agentId);
    const resumed = await env.resume('and now?');
    expectCleanResume(resumed);
    expect(resumed.pairing.toolUses.map((u) => u.id), "the subagent's calls are not in the parent's history").toEqual(['toolu_agent_1']);
  });

  it('/compact: a compact_boundary, a summary, and only the calls after it are sent on resume', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const file = await C.recordCompact(env);
    const r = expectWellFormed(file);
    expectResultsHangOffTheirCall(r);
    expect(env.mock.messageRequests.filter((q) => q.answeredWith === 'compaction')).toHaveLength(1);
    const boundary = r.lines.filter((l) => l.rec?.['type'] === 'system' && l.rec['subtype'] === 'compact_boundary');
    expect(boundary).toHaveLength(1);
    const b = boundary[0] as T.Entry;
    expect(T.parentOf(b)).toBeNull();
    expect(b.line).toBeGreaterThan(T.toolResultLine(r, 'toolu_pre_compact').line);
    expect(b.line).toBeLessThan(T.toolUseLine(r, 'toolu_post_compact').line);
    const summary = r.lines.find((l) => l.rec?.['isCompactSummary'] === true) as T.Entry;
    expect(T.parentOf(summary)).toBe(T.uuidOf(b));
    const resumed = await env.resume('and now?');
    expectCleanResume(resumed);
    expect(resumed.pairing.toolUses.map((u) => u.id)).toEqual(['toolu_post_compact']);
  });

  it('SIGKILL while Bash runs: the tool_use is on disk, its result never is, the session file stays behind', async (ctx) => {
    const env = await ClaudeEnv.create(claudeOrSkip(ctx));
    const rec = await C.recordKilledMidTool(env);
    expect(rec.signal).toBe('SIGKILL');
    expect(rec.toolProcesses).toContain('sleep');
    const r = expectWellFormed(rec.file);
    expect(T.filePairing(r)).toEqual({ unanswered: [rec.toolUseId], orphans: [], duplicated: [] });
    const lastMessage = r.lines.filter((l) => l.rec?.['type'] === 'assistant' || l.rec?.['type'] === 'user').pop() as T.Entry;
    expect(T.toolUseIds(lastMessage)).toEqual([rec.toolUseId]);
    const sessions = path.join(env.sb.home, '.claude', 'sessions');
    const left = readdirSync(sessions)
      .filter((n) => /^\d+\.json$/.test(n))
      .map((n) => JSON.parse(readFileSync(path.join(sessions, n), 'utf8')) as Record<string, unknown>);
    expect(left.map((s) => [s['pid'], s['sessionId']])).toEqual([[rec.pid, path.basename(rec.file, '.jsonl')]]);
  });
});
