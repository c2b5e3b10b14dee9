import { randomBytes } from 'node:crypto';
import { constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempFile, DIRECT_MIN_BYTES, DirectWriter, takeStages } from '../../src/repairing/temp-writer.js';

// In the project's folder, on the disk it lives on (tmpfs, often /tmp, refuses O_DIRECT); .cache/ is not tracked.
mkdirSync(join(process.cwd(), '.cache'), { recursive: true });
const folder = mkdtempSync(join(process.cwd(), '.cache', 'temp-writer-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let n = 0;
const path = () => join(folder, `out-${(n += 1)}`);

/** Whether this folder's file system opens files with O_DIRECT (then large files must be written so). */
const takesDirect = await open(join(folder, 'probe'), constants.O_WRONLY | constants.O_CREAT | constants.O_DIRECT).then(
  async (handle) => (await handle.close(), true),
  () => false,
);

/** Writes `pieces` through `writer`, finishes, syncs and closes: what writeAtomically does with it. */
async function writeThrough(writer: { write(b: Buffer): Promise<void>; finish(): Promise<void>; settled(): Promise<void>; readonly handle: FileHandle }, pieces: Buffer[]): Promise<void> {
  try {
    for (const piece of pieces) await writer.write(piece);
    await writer.finish();
    await writer.handle.sync();
  } finally {
    await writer.settled();
    await writer.handle.close();
  }
}

/** `bytes` cut at these lengths, then the rest. */
const cut = (bytes: Buffer, lengths: number[]) => {
  const pieces: Buffer[] = [];
  let at = 0;
  for (const length of lengths) pieces.push(bytes.subarray(at, (at += length)));
  pieces.push(bytes.subarray(at));
  return pieces;
};

describe('createTempFile', () => {
  const MiB = 1 << 20;
  it.each([
    ['an empty file', 0, []],
    ['less than a block', 100, []],
    ['exactly two stages', 2 * MiB, [MiB]],
    ['stages and a partial block, in odd pieces', 3 * MiB + 4097, [1, 4095, MiB + 3, 7]],
    ['one piece larger than both stages', 5 * MiB + 123, []],
  ])('writes %s exactly, around the page cache for a large size hint', async (_, length, lengths) => {
    const bytes = randomBytes(length as number);
    const file = path();
    const writer = await createTempFile(file, 0o600, DIRECT_MIN_BYTES);
    expect(writer instanceof DirectWriter).toBe(takesDirect);
    await writeThrough(writer, cut(bytes, lengths as number[]));
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('writes through the page cache while four writers hold their stages, and each file whole', async () => {
    const files = Array.from({ length: 5 }, path);
    const writers = [];
    for (const file of files) writers.push(await createTempFile(file, 0o600, DIRECT_MIN_BYTES));
    expect(writers.map((writer) => writer instanceof DirectWriter)).toEqual([takesDirect, takesDirect, takesDirect, takesDirect, false]);
    const contents = files.map(() => randomBytes(1 << 20));
    await Promise.all(writers.map((writer, k) => writeThrough(writer, [contents[k]!])));
    expect(files.map((file, k) => readFileSync(file).equals(contents[k]!))).toEqual([true, true, true, true, true]);
    // Given back: the next large file is written around the page cache again.
    const next = await createTempFile(path(), 0o600, DIRECT_MIN_BYTES);
    expect(next instanceof DirectWriter).toBe(takesDirect);
    await writeThrough(next, []);
  });

  it('writes through the page cache for a small size hint, and refuses a file that exists', async () => {
    const bytes = randomBytes(10_000);
    const file = path();
    await writeThrough(await createTempFile(file, 0o600, bytes.length), [bytes]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    await expect(createTempFile(file, 0o600, DIRECT_MIN_BYTES)).rejects.toMatchObject({ code: 'EEXIST' });
  });
});

describe('DirectWriter', () => {
  it('writes the file again through the page cache when its first write is refused (EINVAL)', async () => {
    const bytes = randomBytes(3 * (1 << 20) + 10);
    const file = path();
    const handle = await open(file, 'wx');
    const writes: number[] = [];
    const refuseFirst = async (target: FileHandle, chunk: Buffer, position: number) => {
      writes.push(position);
      throw Object.assign(new Error('EINVAL: invalid argument, write'), { code: 'EINVAL' });
    };
    await writeThrough(new DirectWriter(handle, file, takeStages()!, refuseFirst), cut(bytes, [1000, 2 << 20]));
    expect(writes).toEqual([0]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('reports a refused write that is not the first, and leaves the file to its caller', async () => {
    const file = path();
    const handle = await open(file, 'wx');
    const failLater = async (target: FileHandle, chunk: Buffer, position: number) => {
      if (position > 0) throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
      await target.write(chunk, 0, chunk.length, position);
    };
    const writer = new DirectWriter(handle, file, takeStages()!, failLater);
    await expect(writeThrough(writer, [randomBytes(3 << 20)])).rejects.toMatchObject({ code: 'EIO' });
    expect(existsSync(file)).toBe(true);
  });
});
