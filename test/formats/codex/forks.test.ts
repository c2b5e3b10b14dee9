/**
 * Codex forks read their parent's rollout up to a byte offset: fix never moves a parent's byte before any
 * fork's offset (it repairs after it, or leaves the damage with the reason), and check reports a fork
 * whose parent is gone, too short, or edited before the offset.
 */
import { mkdir, mkdtemp, readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/checking/check-source.js';
import { fixFile } from '../../../src/repairing/fix-file.js';
import { CodexSession } from '../../support/codex-session.js';
import { zstdFrame } from '../../support/zstd-frame.js';

const PARENT_ID = '01a20fe4-3815-73a2-be7d-d3d6632ba6c2';
const CHILD_ID = '01a20fe5-0000-7000-8000-000000000001';
const DAY = join('2026', '03', '04');

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'sd-forks-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

async function writeRollout(folder: 'sessions' | 'archived_sessions', id: string, text: string, { compressed = false } = {}): Promise<string> {
  const dir = join(home, folder, DAY);
  await mkdir(dir, { recursive: true });
  // Codex 0.171 compresses a rollout older than 7 days into rollout-….jsonl.zst (and removes the plain one).
  const path = join(dir, `rollout-2026-03-04T10-00-00-${id}.jsonl${compressed ? '.zst' : ''}`);
  await writeFile(path, compressed ? zstdFrame(Buffer.from(text)) : text);
  // An hour old: not a live session (whose unanswered call may still be running).
  const hourAgo = new Date(Date.now() - 3600_000);
  await utimes(path, hourAgo, hourAgo);
  return path;
}

/** A fork's rollout as `codex exec fork` writes it: a session_meta naming the parent and its byte cutoff, then its own turn. */
function forkText(cutoff: number, parentId = PARENT_ID): string {
  const child = new CodexSession({ sessionId: CHILD_ID });
  const meta = JSON.parse(child.lines[0]!) as { payload: Record<string, unknown> };
  meta.payload.forked_from_id = parentId;
  meta.payload.history_base = { thread_id: parentId, end_ordinal_exclusive: 11, end_byte_offset: cutoff };
  child.lines[0] = JSON.stringify(meta);
  return child.startTurn('go on in the fork').endTurn().text();
}

/** A parent whose tool call was killed (no output), so its repair would insert a line mid-file. */
function killedParent(): CodexSession {
  return new CodexSession({ sessionId: PARENT_ID }).startTurn().functionCall('call_dead').tokenUsage();
}

const fixInPlace = (path: string) => fixFile(path, { inPlace: true, force: true });

describe('fix on a rollout that has forks', () => {
  it('leaves damage before a fork\'s cutoff as it is, naming the fork and what it would lose', async () => {
    // The model's history goes on after the dead call: its output would have to go right after it, before the cutoff.
    const parentText = killedParent().reasoning().text();
    const parent = await writeRollout('sessions', PARENT_ID, parentText);
    const child = await writeRollout('sessions', CHILD_ID, forkText(Buffer.byteLength(parentText)));
    const report = await fixInPlace(parent);
    expect(await readFile(parent, 'utf8')).toBe(parentText);
    expect(report.repairs).toEqual([]);
    const missing = report.diagnostics.find((d) => d.rule === 'missing-output')!;
    expect(missing.fixable).toBe(false);
    expect(missing.message).toContain(
      `Not repaired: ${child.split('/').pop()} is a fork of this session and reads this file up to byte ${Buffer.byteLength(parentText)}; this repair would move bytes before that offset`,
    );
  });

  it('finds the forks of a compressed parent, and of a compressed fork, and leaves what they read as it is', async () => {
    const parentText = killedParent().reasoning().text();
    const parent = await writeRollout('sessions', PARENT_ID, parentText, { compressed: true });
    const child = await writeRollout('archived_sessions', CHILD_ID, forkText(Buffer.byteLength(parentText)), { compressed: true });
    // As Codex reads it: the repaired plain rollout beside the .zst.
    const plain = parent.slice(0, -'.zst'.length);
    const report = await fixFile(parent, { output: plain, force: true });
    expect(report.repairs).toEqual([]);
    expect(await readFile(plain, 'utf8')).toBe(parentText);
    expect(report.diagnostics.find((d) => d.rule === 'missing-output')!.message).toContain(
      `Not repaired: ${child.split('/').pop()} is a fork of this session and reads this file up to byte ${Buffer.byteLength(parentText)}`,
    );
  });

  it('finds a fork written during a run that already looked at the home (its folder listed again once its mtime moved)', async () => {
    const parentText = killedParent().reasoning().text();
    const parent = await writeRollout('sessions', PARENT_ID, parentText);
    const day = join(home, 'sessions', DAY);
    const hourAgo = new Date(Date.now() - 3600_000);
    await utimes(day, hourAgo, hourAgo);
    // One options object is one run: what the run read of the home is kept for its next files.
    const run = { dryRun: true, force: true };
    expect((await fixFile(parent, run)).repairs).toHaveLength(1);
    const child = await writeRollout('sessions', CHILD_ID, forkText(Buffer.byteLength(parentText)));
    const later = new Date(hourAgo.getTime() + 1000);
    await utimes(day, later, later);
    const report = await fixFile(parent, run);
    expect(report.repairs).toEqual([]);
    expect(report.diagnostics.find((d) => d.rule === 'missing-output')!.message).toContain(`Not repaired: ${child.split('/').pop()} is a fork of this session`);
  });

  it('repairs a dead call before the cutoff that only events follow, by appending its output after the cutoff', async () => {
    const parentText = killedParent().text();
    const parent = await writeRollout('sessions', PARENT_ID, parentText);
    await writeRollout('sessions', CHILD_ID, forkText(Buffer.byteLength(parentText)));
    const report = await fixInPlace(parent);
    const after = await readFile(parent, 'utf8');
    expect(after.startsWith(parentText)).toBe(true);
    expect(report.repairs.map((r) => [r.rule, r.callId, r.action])).toEqual([
      ['missing-output', 'call_dead', 'appended an "aborted" function_call_output at the end (only events follow the call on line 6)'],
    ]);
    expect(JSON.parse(after.slice(parentText.length))).toMatchObject({ ordinal: 7, type: 'response_item', payload: { type: 'function_call_output', call_id: 'call_dead', output: 'aborted' } });
  });

  it('repairs damage after the cutoff, and no byte before it moves', async () => {
    const session = killedParent().reasoning();
    const cutoff = Buffer.byteLength(session.text());
    await writeRollout('archived_sessions', CHILD_ID, forkText(cutoff));
    session.startTurn('again').functionCall('call_later').tokenUsage();
    const parent = await writeRollout('sessions', PARENT_ID, session.text());
    const report = await fixInPlace(parent);
    const after = await readFile(parent);
    expect(after.subarray(0, cutoff).equals(Buffer.from(session.text()).subarray(0, cutoff))).toBe(true);
    expect(report.repairs.map((r) => [r.rule, r.callId])).toEqual([['missing-output', 'call_later']]);
    expect(report.diagnostics.filter((d) => d.rule === 'missing-output').map((d) => [d.callId, d.fixable])).toEqual([['call_dead', false]]);
    expect(after.toString()).toContain('"call_id":"call_later","output":"aborted"');
  });

  it('never truncates such a parent', async () => {
    const parentText = killedParent().reasoning().text();
    const parent = await writeRollout('sessions', PARENT_ID, parentText);
    await writeRollout('sessions', CHILD_ID, forkText(Buffer.byteLength(parentText)));
    const report = await fixFile(parent, { inPlace: true, force: true, strategy: 'truncate' });
    expect(await readFile(parent, 'utf8')).toBe(parentText);
    expect(report.repairs).toEqual([]);
  });

  it('repairs as usual when no fork depends on the file (a fork of another session does not count)', async () => {
    const parentText = killedParent().text();
    const parent = await writeRollout('sessions', PARENT_ID, parentText);
    await writeRollout('sessions', CHILD_ID, forkText(Buffer.byteLength(parentText), '01a20fe4-9999-7999-8999-999999999999'));
    const report = await fixInPlace(parent);
    expect(report.repairs.map((r) => r.callId)).toEqual(['call_dead']);
  });
});

describe('check on a fork', () => {
  async function forkProblems(): Promise<string[]> {
    const report = await checkFile(join(home, 'sessions', DAY, `rollout-2026-03-04T10-00-00-${CHILD_ID}.jsonl`));
    return report.diagnostics.filter((d) => d.rule === 'fork-parent-missing').map((d) => `${d.line} ${d.severity} ${d.message}`);
  }

  it('is clean while its parent holds what it reads', async () => {
    const parentText = new CodexSession({ sessionId: PARENT_ID }).execTurn('call_a').text();
    await writeRollout('sessions', PARENT_ID, parentText);
    await writeRollout('sessions', CHILD_ID, forkText(Buffer.byteLength(parentText)));
    expect(await forkProblems()).toEqual([]);
  });

  it('reports a parent that is gone', async () => {
    await writeRollout('sessions', CHILD_ID, forkText(1000));
    expect(await forkProblems()).toEqual([
      `1 error This rollout is a fork of session ${PARENT_ID}, whose rollout is not in this Codex home (${home}: sessions/, archived_sessions/). The fork holds none of its parent's history and reads it from that file: Codex cannot resume it.`,
    ]);
  });

  it('knows a fork from its first line alone, whether that line is scanned or parsed, and an older fork by forked_from_id', async () => {
    const gone = `1 error This rollout is a fork of session ${PARENT_ID}, whose rollout is not in this Codex home (${home}: sessions/, archived_sessions/). The fork holds none of its parent's history and reads it from that file: Codex cannot resume it.`;
    // A byte order mark sends the first line to the exact path (JSON.parse) instead of the scan.
    await writeRollout('sessions', CHILD_ID, `\uFEFF${forkText(1000)}`);
    expect(await forkProblems()).toEqual([gone]);
    const older = forkText(1000).replace(/,"history_base":\{[^}]*\}/, '');
    expect(older).not.toContain('history_base');
    await writeRollout('sessions', CHILD_ID, older);
    expect(await forkProblems()).toEqual([gone]);
    // Codex reads the fork's origin from the first line only: a session_meta below a blank line names none.
    await writeRollout('sessions', CHILD_ID, `\n${forkText(1000)}`);
    expect(await forkProblems()).toEqual([]);
  });

  it('finds each parent again within one run of many files after it was archived, and one written after a first look', async () => {
    const gone = `1 error This rollout is a fork of session ${PARENT_ID}, whose rollout is not in this Codex home (${home}: sessions/, archived_sessions/). The fork holds none of its parent's history and reads it from that file: Codex cannot resume it.`;
    // One options object stands for one run (as the CLI's and the library's do): the home is indexed once for it.
    const run = {};
    const fork = join(home, 'sessions', DAY, `rollout-2026-03-04T10-00-00-${CHILD_ID}.jsonl`);
    const problems = async () => (await checkFile(fork, run)).diagnostics.filter((d) => d.rule === 'fork-parent-missing').map((d) => `${d.line} ${d.severity} ${d.message}`);
    const parentText = new CodexSession({ sessionId: PARENT_ID }).execTurn('call_a').text();
    await writeRollout('sessions', CHILD_ID, forkText(Buffer.byteLength(parentText)));
    expect(await problems()).toEqual([gone]);
    const live = await writeRollout('sessions', PARENT_ID, parentText);
    expect(await problems()).toEqual([]);
    // Codex archives a session by moving its rollout: the run's index names a file that is gone.
    await writeRollout('archived_sessions', PARENT_ID, parentText);
    await rm(live);
    expect(await problems()).toEqual([]);
    await rm(join(home, 'archived_sessions'), { recursive: true });
    expect(await problems()).toEqual([gone]);
  });

  it('reads a compressed parent as Codex does: found, decompressed, and a plain one beside it before it', async () => {
    const session = new CodexSession({ sessionId: PARENT_ID }).execTurn('call_a');
    const parentText = session.text();
    const cutoff = Buffer.byteLength(parentText);
    const parent = await writeRollout('sessions', PARENT_ID, parentText, { compressed: true });
    await writeRollout('sessions', CHILD_ID, forkText(cutoff));
    // The .zst is far smaller than the cutoff: the cutoff counts decompressed bytes.
    expect(await forkProblems()).toEqual([]);
    await writeFile(parent, zstdFrame(Buffer.from(parentText).subarray(0, 100)));
    expect(await forkProblems()).toEqual([
      `1 error This fork reads its parent ${parent.split('/').pop()} up to byte ${cutoff}, but the parent now has 100 bytes (truncated or rewritten): Codex cannot resume the fork ("cutoff byte offset is past the source rollout").`,
    ]);
    const edited = session.lines.map((line, index) => (index === 2 ? `${line} ` : line)).join('\n');
    await writeFile(parent, zstdFrame(Buffer.from(`${edited}\n`)));
    expect((await forkProblems())[0]).toContain(`${parent.split('/').pop()} up to byte ${cutoff}, which no longer ends a line`);
    // A plain rollout beside the .zst (what fix -o writes) is the one Codex reads.
    await writeFile(parent.slice(0, -'.zst'.length), parentText);
    expect(await forkProblems()).toEqual([]);
  });

  it('reports a parent shorter than the cutoff (Codex: "cutoff byte offset is past the source rollout")', async () => {
    const parentText = new CodexSession({ sessionId: PARENT_ID }).execTurn('call_a').text();
    const parent = await writeRollout('archived_sessions', PARENT_ID, parentText);
    await writeRollout('sessions', CHILD_ID, forkText(Buffer.byteLength(parentText)));
    await truncate(parent, 100);
    expect(await forkProblems()).toEqual([
      `1 error This fork reads its parent ${parent.split('/').pop()} up to byte ${Buffer.byteLength(parentText)}, but the parent now has 100 bytes (truncated or rewritten): Codex cannot resume the fork ("cutoff byte offset is past the source rollout").`,
    ]);
    await truncate(parent, 1);
    expect(await forkProblems()).toEqual([
      `1 error This fork reads its parent ${parent.split('/').pop()} up to byte ${Buffer.byteLength(parentText)}, but the parent now has 1 byte (truncated or rewritten): Codex cannot resume the fork ("cutoff byte offset is past the source rollout").`,
    ]);
  });

  it('reports a parent edited before the cutoff (the offset no longer ends a line)', async () => {
    const session = new CodexSession({ sessionId: PARENT_ID }).execTurn('call_a');
    const cutoff = Buffer.byteLength(session.text());
    session.lines.splice(3, 0, '{"timestamp":"2026-03-04T10:00:00.001Z","type":"event_msg","payload":{"type":"token_count","info":null}}');
    await writeRollout('sessions', PARENT_ID, session.text());
    await writeRollout('sessions', CHILD_ID, forkText(cutoff));
    const [problem] = await forkProblems();
    expect(problem).toContain(`up to byte ${cutoff}, which no longer ends a line: the parent was edited before that offset`);
  });
});
