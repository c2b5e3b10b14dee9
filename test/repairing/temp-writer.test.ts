import { randomBytes } from 'node:crypto';
import { constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempFile, DIRECT_MIN_BYTES, DirectWriter, STAGE_BYTES, takeStages } from '../../src/repairing/temp-writer.js';

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
  it.each([
    ['an empty file', 0, []],
    ['less than a block', 100, []],
    ['exactly two stages', 2 * STAGE_BYTES, [STAGE_BYTES]],
    ['stages and a partial block, in odd pieces', 3 * STAGE_BYTES + 4097, [1, 4095, STAGE_BYTES + 3, 7]],
    ['one piece larger than both stages', 5 * STAGE_BYTES + 123, []],
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

describe('DirectWriter.writeFrom and rewind', () => {
  const STAGE = STAGE_BYTES;
  const original = randomBytes(5 * STAGE + 777);
  /** A writer around the page cache where this disk allows it, else one whose aligned writes go through it (the same code). */
  const directWriter = async (file: string) =>
    takesDirect ? ((await createTempFile(file, 0o600, DIRECT_MIN_BYTES)) as DirectWriter) : new DirectWriter(await open(file, 'wx'), file, takeStages()!);
  /** Reads `original` from `at` into the writer in reads of at most `most` bytes, as the prefix copy does, up to `to`. */
  const copyInto = async (writer: DirectWriter, to: number, most: number) => {
    for (let at = 0; at < to; ) {
      at += await writer.writeFrom(async (into) => original.copy(into, 0, at, Math.min(at + most, to, at + into.length)));
    }
  };
  const readBack = async (into: Buffer, position: number) => void original.copy(into, 0, position, position + into.length);

  it.each([
    ['into the stage being filled', 4 * STAGE + 100, 4 * STAGE + 10],
    ['into a block of a stage on disk', 4 * STAGE + 100, STAGE + 5000],
    ['to the start of a block on disk', 3 * STAGE, STAGE + 8192],
    ['to the start of the file', 3 * STAGE + 1, 0],
    ['to where the copy stopped', 2 * STAGE + 333, 2 * STAGE + 333],
  ])('writes on %s: the file is the original up to there, then what follows', async (_, copied, length) => {
    const file = path();
    const writer = await directWriter(file);
    const rest = randomBytes(STAGE + 4321);
    await copyInto(writer, copied, 300_001);
    await writer.rewind(length, readBack);
    await writeThrough(writer, [rest]);
    expect(readFileSync(file).equals(Buffer.concat([original.subarray(0, length), rest]))).toBe(true);
  });

  it('refuses to rewind past what it was given', async () => {
    const file = path();
    const writer = await directWriter(file);
    await copyInto(writer, STAGE + 10, STAGE);
    await expect(writer.rewind(STAGE + 11, readBack)).rejects.toThrow(RangeError);
    await writeThrough(writer, []);
  });

  it('rewinds a file it went on writing through the page cache (its first write refused)', async () => {
    const file = path();
    const refuseFirst = async (target: FileHandle, chunk: Buffer, position: number) => {
      if (position === 0) throw Object.assign(new Error('EINVAL: invalid argument, write'), { code: 'EINVAL' });
      await target.write(chunk, 0, chunk.length, position);
    };
    const writer = new DirectWriter(await open(file, 'wx'), file, takeStages()!, refuseFirst);
    await copyInto(writer, 3 * STAGE, STAGE);
    await writer.rewind(STAGE + 3, readBack);
    await writeThrough(writer, [Buffer.from('the rest\n')]);
    expect(readFileSync(file).equals(Buffer.concat([original.subarray(0, STAGE + 3), Buffer.from('the rest\n')]))).toBe(true);
  });
});
