import { constants, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { open, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fixFile, type FixOptions } from '../../src/repairing/fix-file.js';
import { writtenOn } from '../../src/repairing/prefix-copy.js';
import { createTempFile, DIRECT_MIN_BYTES, DirectWriter } from '../../src/repairing/temp-writer.js';
import { CodexSession } from '../support/codex-session.js';

// On the project's disk (tmpfs, often /tmp, refuses O_DIRECT, and the copy is only made around the page cache); .cache/ is not tracked.
mkdirSync(join(process.cwd(), '.cache'), { recursive: true });
const folder = mkdtempSync(join(process.cwd(), '.cache', 'prefix-copy-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
let n = 0;

const takesDirect = await open(join(folder, 'probe'), constants.O_WRONLY | constants.O_CREAT | constants.O_DIRECT).then(
  async (handle) => (await handle.close(), true),
  () => false,
);

/** A session larger than DIRECT_MIN_BYTES: complete turns, with `damage` done to its lines at `at` (a fraction of them). */
function largeSession(damage: (lines: string[], index: number) => void, at: number): { text: string; changedAt: number } {
  const session = new CodexSession();
  while (session.lines.length < 40_000) session.execTurn(`call_${session.lines.length}`);
  const index = Math.floor(session.lines.length * at);
  damage(session.lines, index);
  const text = session.text();
  expect(Buffer.byteLength(text)).toBeGreaterThan(DIRECT_MIN_BYTES);
  return { text, changedAt: Buffer.byteLength(session.lines.slice(0, index).map((line) => `${line}\n`).join('')) };
}

const blankLine = (lines: string[], index: number) => void lines.splice(index, 0, '');
/** A call whose output never came, before the next turn: its placeholder output goes right after it. */
const lostOutput = (lines: string[], index: number) => {
  const call = new CodexSession().functionCall('call_lost').lines[1]!;
  lines.splice(index, 0, call);
};
const noDamage = () => undefined;

/** What fix writes to a stream: the same repair, with no copy made during the check. */
async function fixedByStream(path: string, options: FixOptions): Promise<Buffer> {
  const stream = new PassThrough();
  const pieces: Buffer[] = [];
  stream.on('data', (piece: Buffer) => pieces.push(piece));
  await fixFile(path, { ...options, inPlace: false, output: stream });
  return Buffer.concat(pieces);
}

async function sessionFile(text: string): Promise<string> {
  const path = join(folder, `rollout-${(n += 1)}.jsonl`);
  await writeFile(path, text);
  const hourAgo = new Date(Date.now() - 3_600_000);
  await utimes(path, hourAgo, hourAgo);
  return path;
}

describe('fix of a large file, its unchanged start copied during the check', () => {
  it.each([
    ['a named copy', 'a blank line in the middle', blankLine, 0.5],
    ['a named copy', 'a lost output near the start', lostOutput, 0.1],
    ['a named copy', 'a blank first line', blankLine, 0],
    ['a named copy', 'no damage', noDamage, 0.5],
    ['the default copy', 'a blank line in the middle', blankLine, 0.5],
    ['the default copy', 'a lost output near the end', lostOutput, 0.9],
    ['the file in place', 'a blank line in the middle', blankLine, 0.5],
    ['the file in place', 'a lost output near the start', lostOutput, 0.1],
  ] as const)('writes %s with %s byte for byte as a fix without the copy, written on from the first change', async (to, _, damage, at) => {
    const { text, changedAt } = largeSession(damage, at);
    const path = await sessionFile(text);
    const expected = await fixedByStream(path, {});
    const rewind = vi.spyOn(DirectWriter.prototype, 'rewind');
    const options: FixOptions = to === 'a named copy' ? { output: `${path}.out` } : to === 'the file in place' ? { inPlace: true } : {};
    const report = await fixFile(path, options);
    // Buffers compared with equals(): toEqual walks 10 MB element by element.
    expect((await readFile(report.written!)).equals(expected)).toBe(true);
    if (to === 'the file in place') expect((await readFile(report.backup!)).equals(Buffer.from(text))).toBe(true);
    // The write pass went on from the copy: from where the copy had got to, at most the first changed byte
    // (how far the copy got depends on the machine's pace; writtenOn's tests below take each case).
    const resumed = rewind.mock.calls.map(([offset]) => offset);
    expect(resumed.length).toBe(takesDirect ? 1 : 0);
    for (const offset of resumed) expect(offset).toBeLessThanOrEqual(damage === noDamage ? Buffer.byteLength(text) : changedAt);
    // No temp file left behind.
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('makes no copy of a file that needs no repair and is not to be written', async () => {
    const { text } = largeSession(noDamage, 0);
    const path = await sessionFile(text);
    const rewind = vi.spyOn(DirectWriter.prototype, 'rewind');
    const create = vi.spyOn(DirectWriter.prototype, 'writeFrom');
    const report = await fixFile(path, { inPlace: true });
    expect(report.written).toBeUndefined();
    expect(rewind).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
    expect((await readFile(path)).equals(Buffer.from(text))).toBe(true);
  });

  it('writes the temp file it made whole when it is not written around the page cache (four writers hold the stages)', async () => {
    const { text } = largeSession(blankLine, 0.5);
    const path = await sessionFile(text);
    const expected = await fixedByStream(path, {});
    const holders = [];
    for (let k = 0; k < 4; k += 1) holders.push(await createTempFile(join(folder, `holder-${(n += 1)}`), 0o600, DIRECT_MIN_BYTES));
    try {
      const rewind = vi.spyOn(DirectWriter.prototype, 'rewind');
      const report = await fixFile(path, { output: `${path}.out` });
      expect((await readFile(report.written!)).equals(expected)).toBe(true);
      expect(rewind).not.toHaveBeenCalled();
      expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      for (const holder of holders) {
        await holder.settled();
        await holder.handle.close();
      }
    }
  });

  it('makes no copy for a dry run, even one naming a copy', async () => {
    const { text } = largeSession(blankLine, 0.3);
    const path = await sessionFile(text);
    const dry = await fixFile(path, { dryRun: true, output: `${path}.never` });
    expect(dry.written).toBeUndefined();
    expect(readdirSync(folder).filter((name) => name.endsWith('.never') || name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('writtenOn', () => {
  /** The repaired bytes as chunks cut at `cuts`, the first change becoming known before the chunk that holds it is given. */
  async function run(length: number, cuts: number[], copied: number, change: number | undefined) {
    const output = Buffer.from(Array.from({ length }, (_, k) => k % 251));
    let known: number | undefined;
    const bounds = [0, ...cuts, length];
    async function* repaired() {
      for (let k = 0; k + 1 < bounds.length; k += 1) {
        if (change !== undefined && change < bounds[k + 1]!) known = change;
        yield output.subarray(bounds[k], bounds[k + 1]);
      }
    }
    const resumes: number[] = [];
    const given: Buffer[] = [];
    for await (const piece of writtenOn(repaired(), () => known, copied, async (offset) => void resumes.push(offset))) given.push(Buffer.from(piece));
    return { resumes, given: Buffer.concat(given), output };
  }

  it.each([
    ['the change before the end of the copy', 200, [30, 60], 100, 40, 40],
    ['the change past the end of the copy', 200, [30, 60], 50, 120, 50],
    ['no change (a named copy of a healthy file)', 200, [30, 60, 90], 50, undefined, 50],
    ['the copy ending on a chunk boundary', 200, [30, 60], 60, undefined, 60],
    ['nothing copied', 200, [30], 0, 100, 0],
    ['the change at the very start', 200, [30], 100, 0, 0],
  ])('goes on from the lesser of the copy and the first change: %s', async (_, length, cuts, copied, change, from) => {
    const { resumes, given, output } = await run(length, cuts, copied, change);
    expect(resumes).toEqual([from]);
    expect(given.equals(output.subarray(from))).toBe(true);
  });

  it('cuts the file to the repaired bytes when all of them were copied (the rest truncated away)', async () => {
    const { resumes, given } = await run(80, [30, 60], 100, 80);
    expect(resumes).toEqual([80]);
    expect(given.length).toBe(0);
  });
});
