/**
 * The live-file guard: a session that a client is still writing is never replaced. A file modified
 * moments ago is refused outright; a file that changes during the repair (an append, a replacement) is
 * refused before the rename, and everything is left as it was.
 */
import { appendFile, mkdir, readdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FixRefusedError, fixFile } from '../../src/repairing/fix-file.js';
import { bigDamagedSession } from './support/big-session.js';
import { ensureBuilt, expectCleanStderr, finished, runCli, startCli } from './support/cli.js';
import { crashTailSeed } from './support/seeds.js';
import { useTempFolder } from './support/temp.js';

/** Lets a test act on the target just before fix's last check (or just after it, before the rename). */
const hooks = vi.hoisted(() => ({
  beforeWrite: undefined as ((target: string) => Promise<void>) | undefined,
  beforeCheck: undefined as ((target: string) => Promise<void>) | undefined,
  afterCheck: undefined as ((target: string) => Promise<void>) | undefined,
}));

vi.mock('../../src/repairing/write-atomically.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/repairing/write-atomically.js')>();
  return {
    ...actual,
    writeAtomically: async (target: string, chunks: AsyncIterable<Buffer>, options: import('../../src/repairing/write-atomically.js').AtomicWriteOptions = {}) => {
      // Between the first pass (the check that plans the repair) and the second (that writes it).
      await hooks.beforeWrite?.(target);
      return actual.writeAtomically(target, chunks, {
        ...options,
        beforeRename: async (temp) => {
          await hooks.beforeCheck?.(target);
          await options.beforeRename?.(temp);
          await hooks.afterCheck?.(target);
        },
      });
    },
  };
});

const folder = useTempFolder('live');
const HOUR_AGO = () => new Date(Date.now() - 3_600_000);
const APPENDED = '{"timestamp":"2026-03-04T12:00:00.000Z","ordinal":900,"type":"event_msg","payload":{"type":"token_count","info":null}}\n';
const old = crashTailSeed().subarray(0, -40);
let count = 0;

async function sessionFile(bytes: Buffer, { recent = false } = {}): Promise<{ work: string; path: string }> {
  const work = join(folder(), `case-${(count += 1)}`);
  await mkdir(work);
  const path = join(work, 'rollout.jsonl');
  await writeFile(path, bytes);
  if (!recent) await utimes(path, HOUR_AGO(), HOUR_AGO());
  return { work, path };
}

afterEach(() => {
  hooks.beforeWrite = undefined;
  hooks.beforeCheck = undefined;
  hooks.afterCheck = undefined;
});

describe('a file modified moments ago', () => {
  beforeAll(() => ensureBuilt());

  it('is refused by fix --in-place, and left untouched', async () => {
    const { work, path } = await sessionFile(old, { recent: true });
    await expect(fixFile(path, { inPlace: true })).rejects.toThrow(/may be a live session/);
    await expect(fixFile(path, { inPlace: true })).rejects.toBeInstanceOf(FixRefusedError);
    expect(await readFile(path)).toEqual(old);
    expect(await readdir(work)).toEqual(['rollout.jsonl']);
  });

  it('is refused by the CLI with exit 2 and one line naming the file; --force or --min-age 0 repair it', async () => {
    const { work, path } = await sessionFile(old, { recent: true });
    const refused = await runCli(['fix', '--in-place', path]);
    expect(refused.code).toBe(2);
    expect(expectCleanStderr(refused.stderr).join('\n') + refused.stdout.toString()).toContain(path);
    expect(await readFile(path)).toEqual(old);
    expect(await readdir(work)).toEqual(['rollout.jsonl']);
    const forced = await runCli(['fix', '--in-place', '--force', path]);
    expect(forced.code).toBe(0);
    expect(await readFile(path)).not.toEqual(old);
    expect(await readFile(`${path}.bak`)).toEqual(old);
  });
});

describe('a file that changes during the repair', () => {
  it('an append before the last check: refused, the file keeps the old bytes and the append, no backup', async () => {
    const { work, path } = await sessionFile(old);
    hooks.beforeCheck = (target) => appendFile(target, APPENDED);
    await expect(fixFile(path, { inPlace: true })).rejects.toThrow(/changed while it was being repaired/);
    expect(await readFile(path)).toEqual(Buffer.concat([old, Buffer.from(APPENDED)]));
    expect(await readdir(work)).toEqual(['rollout.jsonl']);
  });

  it('a replacement by rename, with the same bytes and times, is refused too (a new inode)', async () => {
    const { work, path } = await sessionFile(old);
    hooks.beforeCheck = async (target) => {
      // A client that rewrites the file (same bytes, same times) through a temp file and a rename.
      await writeFile(`${target}.new`, old);
      await utimes(`${target}.new`, HOUR_AGO(), HOUR_AGO());
      await rename(`${target}.new`, target);
    };
    await expect(fixFile(path, { inPlace: true })).rejects.toThrow(/changed while it was being repaired/);
    expect(await readFile(path)).toEqual(old);
    expect(await readdir(work)).toEqual(['rollout.jsonl']);
  });

  it('a copy (fix without --in-place) of a file that changed between the two passes is refused, not written wrong', async () => {
    // The torn last line of the first pass is completed by its writer before the second pass, which
    // would drop it from the copy as the plan says.
    const torn = old.subarray(0, old.lastIndexOf(0x0a) + 1 + 30);
    const rest = old.subarray(old.lastIndexOf(0x0a) + 1 + 30);
    const { work, path } = await sessionFile(torn);
    hooks.beforeWrite = () => appendFile(path, rest);
    await expect(fixFile(path)).rejects.toThrow(/changed while it was being repaired/);
    expect(await readdir(work)).toEqual(['rollout.jsonl']);
    expect(await readFile(path)).toEqual(old);
  });

  it('the residual window (an append between the last check and the rename) loses nothing: it lands in the backup', async () => {
    const { path } = await sessionFile(old);
    hooks.afterCheck = (target) => appendFile(target, APPENDED);
    const report = await fixFile(path, { inPlace: true });
    expect(report.backup).toBe(`${path}.bak`);
    expect(await readFile(`${path}.bak`)).toEqual(Buffer.concat([old, Buffer.from(APPENDED)]));
  });

  it('a real writer appending while the CLI repairs a large file: refused, and every appended line is kept in order', async () => {
    ensureBuilt();
    const big = bigDamagedSession(24);
    const { work, path } = await sessionFile(big);
    const child = startCli(['fix', '--in-place', '--force', path]);
    const done = finished(child);
    let exited = false;
    void done.finally(() => (exited = true));
    const appended: string[] = [];
    // Append until fix starts writing its temp file (so at least one append lands after its first look).
    while (!exited && !(await readdir(work)).some((name) => name.endsWith('.tmp'))) {
      const line = APPENDED.replace('"ordinal":900', `"ordinal":${900 + appended.length}`);
      await appendFile(path, line);
      appended.push(line);
      await sleep(3);
    }
    const run = await done;
    expect(appended.length).toBeGreaterThan(1);
    expect(run.code).toBe(2);
    // Either guard may catch it, depending on where the appends fall: the file changed under the repair, or
    // the scan of open files found this process in the middle of an append. Both refuse; neither loses a byte.
    expect(expectCleanStderr(run.stderr).join('\n') + run.stdout.toString()).toMatch(/changed while it was being repaired|open for (writing|appending)\b.*it may still be writing; not replaced/);
    expect((await readFile(path)).equals(Buffer.concat([big, Buffer.from(appended.join(''))])), 'the file holds the old bytes and every append').toBe(true);
    expect(await readdir(work)).toEqual(['rollout.jsonl']);
  });
});
