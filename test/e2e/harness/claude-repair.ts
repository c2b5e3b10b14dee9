/**
 * The assertions of a repair proven against the real Claude Code (2.1.332, or SESSION_DOCTOR_E2E_CLAUDE_VERSION's): `check` reports exactly the
 * damage (rule, line, severity), `fix --in-place --force` keeps a backup and gives a file that checks
 * clean, and `claude -p --resume` of it sends a strictly paired history, logs no
 * `ensureToolResultPairing` repair, skips no line, appends no tool_result, and loses no tool_use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { expect, type TestContext } from 'vitest';
import { subagentFiles } from './claude-driver.js';
import { ClaudeEnv, type ClaudeRun } from './claude-env.js';
import { CLIENT_PLACEHOLDERS } from './claude-pairing.js';
import type * as C from './claude-scenarios.js';
import * as T from './claude-transcript.js';
import { say } from './mock-messages.js';
import * as R from './rollout-file.js';
import { check, fixInPlace, ruleLines, type CliOptions, type Diagnostic } from './session-doctor.js';
import { claudeOrSkip, cliOrSkip } from './skip.js';

export async function setup(ctx: TestContext): Promise<ClaudeEnv> {
  cliOrSkip(ctx);
  return ClaudeEnv.create(claudeOrSkip(ctx));
}

/** The CLI sees the sandbox's HOME, so its live-session check looks at that ~/.claude. */
export function cliOpts(env: ClaudeEnv): CliOptions {
  return { env: { HOME: env.sb.home } };
}

export function fmt(diags: Diagnostic[]): string {
  return JSON.stringify(diags, null, 1);
}

export function expectReportsExactly(env: ClaudeEnv, file: string, expected: C.ClaudeExpected[]): Diagnostic[] {
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
export function expectClean(env: ClaudeEnv, file: string, residual: C.ClaudeExpected[] = []): void {
  const { result, file: fr } = check(file, cliOpts(env));
  expect(fr.format).toBe('claude-code');
  expect(ruleLines(fr.diagnostics).map(({ rule }) => rule), fmt(fr.diagnostics)).toEqual(residual.map((e) => e.rule));
  for (const d of fr.diagnostics) expect(d.severity, fmt(fr.diagnostics)).not.toBe('error');
  expect(result.code, result.stderr).toBe(0);
}

export function sentIds(run: ClaudeRun): string[] {
  return run.pairing.toolUses.map((u) => u.id);
}

/** The text of each tool_result sent, by tool_use id (first line). */
export function resultTexts(run: ClaudeRun): Array<[string, string]> {
  return run.pairing.toolResults.map((r) => [r.toolUseId, r.text.split('\n')[0] as string]);
}

/** The project's other main transcripts (a fork, its original), by name, as they are now: what a resume of `file` must not answer into. */
export function otherTranscripts(file: string): Map<string, string> {
  const dir = path.dirname(file);
  const names = readdirSync(dir).filter((n) => n.endsWith('.jsonl') && !n.startsWith('agent-') && n !== path.basename(file));
  return new Map(names.map((n) => [n, readFileSync(path.join(dir, n), 'utf8')]));
}

/**
 * A resume of a repaired file: exit 0, a first request that meets the strict rule and starts
 * with a user message, no in-memory repair, no skipped line, and no tool_result the client
 * wrote itself (the file grew by the new turn only; `others`, otherTranscripts() before the run,
 * only by what the client wrote then).
 */
export function expectCleanResume(run: ClaudeRun, file: string, before: string, others: ReadonlyMap<string, string> = new Map()): void {
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
  // 1.0.1 resumes into a new transcript, a copy of the history: it answers nothing the file left unanswered.
  const answered = new Set(R.parseRollout(before).lines.flatMap(T.toolResultIds));
  for (const other of readdirSync(path.dirname(file)).filter((n) => n.endsWith('.jsonl') && !n.startsWith('agent-'))) {
    const now = readFileSync(path.join(path.dirname(file), other), 'utf8');
    const was = others.get(other);
    const results = R.parseRollout(was !== undefined && now.startsWith(was) ? now.slice(was.length) : now).lines.flatMap(T.toolResultIds);
    expect(results.filter((id) => !answered.has(id)), `tool_results the client wrote into ${other}`).toEqual([]);
  }
}

/** Every file of a healthy recording checks clean (check never writes), and Claude Code agrees: it resumes paired, repairing nothing. */
export async function expectHealthy(env: ClaudeEnv, files: string[], sessionId?: string): Promise<ClaudeRun> {
  for (const f of files.flatMap((file) => [file, ...subagentFiles(file)])) {
    const bytes = readFileSync(f, 'utf8');
    expectClean(env, f);
    expect(readFileSync(f, 'utf8'), 'check never writes').toBe(bytes);
  }
  const main = sessionId ? (files.find((f) => f.endsWith(`${sessionId}.jsonl`)) as string) : env.transcript();
  const before = readFileSync(main, 'utf8');
  const others = otherTranscripts(main);
  env.script(say('resumed a healthy session'));
  const run = await env.resume('continue', sessionId);
  expectCleanResume(run, main, before, others);
  return run;
}

/** Every tool_use the model saw before the fix is still sent, in the same order. */
export function expectNoToolUseLost(before: ClaudeRun, after: ClaudeRun): void {
  const now = new Set(sentIds(after));
  expect(sentIds(before).filter((id) => now.has(id))).toEqual(sentIds(before));
}

/** The shape of a repair; 'edits' is given as the line diff it must make (Case.diff), 'crlf' only changes line endings. */
export type Kind = 'missing' | 'removed-line' | 'removed-line-and-bridged' | 'reparented' | 'bridged' | 'bom' | 'crlf' | 'edits';

/** The shape of the repair on disk. */
export function expectRepairShape(kind: Kind, d: C.ClaudeDamaged, fixedText: string, expectedDiff?: R.LineDiff): void {
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
    case 'crlf':
      expect(fixedText, 'only the line endings change').toBe(d.damaged.replace(/\r\n/g, '\n'));
      break;
    case 'edits':
      expect(diff, 'the lines the fix removed and added').toEqual(expectedDiff);
      break;
    case 'bom':
      expect(fixedText, 'only the BOM goes').toBe(d.damaged.slice(1));
      break;
    case 'missing': {
      const placed = diff.added.filter((n) => T.toolResultIds(fixed.lines[n - 1] as T.Entry).length > 0);
      expect(placed).toHaveLength(1);
      const added = fixed.lines[(placed[0] as number) - 1] as T.Entry;
      const use = damaged.lines[at - 1] as T.Entry;
      // Inserted after its call, the result takes the lines that went on from the call (only their parentUuid changes).
      expect(diff.removed.length, 'lines re-linked').toBe(diff.added.length - 1);
      for (const n of diff.removed) {
        const { parentUuid: was, ...restBefore } = (damaged.lines[n - 1] as T.Entry).rec as Record<string, unknown>;
        const now = fixed.lines.find((l) => T.uuidOf(l) === restBefore['uuid']) as T.Entry;
        const { parentUuid: linked, ...restAfter } = now.rec as Record<string, unknown>;
        expect(restAfter, 'only parentUuid changes').toEqual(restBefore);
        expect([was, linked]).toEqual([T.uuidOf(use), T.uuidOf(added)]);
      }
      expect(T.toolResultIds(added)).toEqual([d.toolUseId]);
      expect(T.parentOf(added)).toBe(T.uuidOf(use));
      expect(added.rec?.['sourceToolAssistantUUID']).toBe(T.uuidOf(use));
      expect(added.rec?.['toolDenialKind']).toBe('interrupted');
      for (const k of ['sessionId', 'cwd', 'version']) expect(added.rec?.[k], k).toBe(use.rec?.[k]);
      expect(Date.parse(String(added.rec?.['timestamp']))).toBeGreaterThanOrEqual(Date.parse(String(use.rec?.['timestamp'])));
      const block = ((added.rec?.['message'] as Record<string, unknown>)['content'] as Array<Record<string, unknown>>)[0];
      expect(block).toMatchObject({ type: 'tool_result', tool_use_id: d.toolUseId, is_error: true, content: CLIENT_PLACEHOLDERS.interrupted });
      // In its tool_use's compaction segment: at the end unless a compact_boundary follows the call, or
      // unless, with no last-prompt leafUuid to pin the leaf (2.1.100 writes none), a line appended after
      // later messages would become the leaf.
      const boundaryAfter = damaged.lines.some((l) => l.line > at && l.rec?.['type'] === 'system' && l.rec['subtype'] === 'compact_boundary');
      const pinned = typeof damaged.lines.filter((l) => l.rec?.['type'] === 'last-prompt').pop()?.rec?.['leafUuid'] === 'string';
      const tail = !damaged.lines.some((l) => l.line > at && (l.rec?.['type'] === 'user' || l.rec?.['type'] === 'assistant'));
      expect(placed[0], 'where the result line went').toBe(boundaryAfter || (!pinned && !tail) ? at + 1 : fixed.lines.length);
      break;
    }
    case 'removed-line':
      expect(diff.removed).toEqual([at]);
      expect(diff.added).toEqual([]);
      break;
    case 'removed-line-and-bridged': {
      const bridged = (d.expected[1] as C.ClaudeExpected).line;
      expect(diff.removed).toEqual([at, bridged]);
      expect(diff.added).toEqual([bridged - 1]);
      const { parentUuid: now, ...restAfter } = (fixed.lines[bridged - 2] as T.Entry).rec as Record<string, unknown>;
      const { parentUuid: was, ...restBefore } = (damaged.lines[bridged - 1] as T.Entry).rec as Record<string, unknown>;
      expect(restAfter, 'only parentUuid changes').toEqual(restBefore);
      expect(now).toBe(d.relinkTo);
      expect(was).not.toBe(d.relinkTo);
      break;
    }
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

export interface Case {
  kind: Kind;
  d: C.ClaudeDamaged;
  /** For kind 'edits': the line diff from the damaged to the fixed file. */
  diff?: R.LineDiff;
  /** The main transcript Claude Code resumes, when the damaged file is one of its subagents. */
  main?: string;
  /** Resume a second time and see the same history (the client appended nothing of its own the first time). */
  twice?: boolean;
  /** The session to resume, where the project holds several (a fork and its original); default the sandbox's transcript. */
  sessionId?: string;
}

export async function runRepairCase(env: ClaudeEnv, c: Case): Promise<{ diags: Diagnostic[]; before: ClaudeRun; after: ClaudeRun }> {
  const { d } = c;
  const name = path.basename(d.file);
  // 1. check reports exactly the damage.
  const diags = expectReportsExactly(env, d.file, d.expected);
  // What the model sees from the damaged file (the client's own writes are undone afterwards).
  env.script(say('before the fix'));
  const before = await env.resumeAndRestore('continue', c.sessionId);
  expect(readFileSync(d.file, 'utf8')).toBe(d.damaged);
  // 2. fix --in-place keeps the original as .bak; the repaired file checks clean.
  // fixInPlace asks for unsafe fixes too (orphan and duplicate removals, re-linking a cut chain).
  const fixed = fixInPlace(d.file, cliOpts(env));
  expect(fixed.code, `${fixed.stderr}\n${fixed.stdout}`).toBe(0);
  expect(readFileSync(`${d.file}.bak`, 'utf8')).toBe(d.damaged);
  expect(readdirSync(path.dirname(d.file)).filter((n) => n.startsWith(name)).sort()).toEqual([name, `${name}.bak`]);
  const fixedText = readFileSync(d.file, 'utf8');
  expectClean(env, d.file, d.expected.filter((e) => e.fixable === false));
  expectRepairShape(c.kind, d, fixedText, c.diff);
  // fix is idempotent: a second run leaves the repaired bytes.
  const again = fixInPlace(d.file, cliOpts(env));
  expect(again.code, `${again.stderr}\n${again.stdout}`).toBe(0);
  expect(readFileSync(d.file, 'utf8'), 'a second fix changes nothing').toBe(fixedText);
  // 3. Claude Code resumes the repaired file cleanly; where it used to append its own result, a
  // second resume shows it no longer does.
  const resumed = c.main ?? d.file;
  const resumedBefore = readFileSync(resumed, 'utf8');
  const others = otherTranscripts(resumed);
  env.script(say('after the fix'));
  const after = await env.resume('continue', c.sessionId);
  expectCleanResume(after, resumed, resumedBefore, others);
  if (c.main) expect(readFileSync(d.file, 'utf8'), 'the client leaves the subagent transcript').toBe(fixedText);
  expectNoToolUseLost(before, after);
  if (c.kind === 'missing' || c.twice) {
    const grown = readFileSync(resumed, 'utf8');
    const othersGrown = otherTranscripts(resumed);
    env.script(say('once more'));
    const second = await env.resume('once more', c.sessionId);
    expectCleanResume(second, resumed, grown, othersGrown);
    expect(sentIds(second)).toEqual(sentIds(after));
  }
  return { diags, before, after };
}
