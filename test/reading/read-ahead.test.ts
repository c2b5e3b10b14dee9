import { appendFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { READ_CHUNK_BYTES, readChunks } from '../../src/reading/open-input.js';
import { useTempFolder } from '../hostile/support/temp.js';

type ReadCallback = (error: NodeJS.ErrnoException | null, bytesRead: number) => void;

/**
 * The file reads readChunks makes in the thread pool, through a hook: it may hold a read back until it lets it
 * go (`hold`), and act when one returns (`returned`), to make a file grow between two reads, in a set order.
 */
const reads = vi.hoisted(() => ({
  hold: undefined as ((position: number) => Promise<void> | undefined) | undefined,
  returned: undefined as ((position: number, bytesRead: number) => void) | undefined,
  positions: [] as number[],
}));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const read = (fd: number, buffer: Buffer, offset: number, length: number, position: number, callback: ReadCallback) => {
    reads.positions.push(position);
    const go = () =>
      actual.read(fd, buffer, offset, length, position, (error, bytesRead) => {
        if (!error) reads.returned?.(position, bytesRead);
        callback(error, bytesRead);
      });
    const held = reads.hold?.(position);
    if (held) void held.then(go);
    else go();
  };
  return { ...actual, read, default: { ...actual, read } };
});

const folder = useTempFolder('read-ahead');
const MiB = READ_CHUNK_BYTES;

afterEach(() => {
  reads.hold = undefined;
  reads.returned = undefined;
  reads.positions.length = 0;
});

/** Bytes that differ at every position, so that a chunk read at the wrong place shows. */
function patterned(length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  for (let index = 0; index < length; index += 1) bytes[index] = (index * 7919 + (index >> 16)) & 0xff;
  return bytes;
}

/** The chunks copied as they come: each is valid only until the next is asked for. */
async function readAll(path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of readChunks(path, { reuseBuffer: true })) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe('reading a file in reused buffers, with reads ahead', () => {
  it.each([0, 1, MiB - 1, MiB, MiB + 1, 3 * MiB, 8 * MiB - 1, 8 * MiB, 8 * MiB + 12_345, 11 * MiB])('%i bytes: every byte once, in order', async (length) => {
    const path = join(folder(), 'file.bin');
    const bytes = patterned(length);
    await writeFile(path, bytes);
    expect((await readAll(path)).equals(bytes)).toBe(true);
  });

  it('keeps two reads ahead in a large file: the next two chunks are asked for before the first is handed on', async () => {
    const path = join(folder(), 'large.bin');
    await writeFile(path, patterned(12 * MiB));
    const iterator = readChunks(path, { reuseBuffer: true })[Symbol.asyncIterator]();
    await iterator.next();
    expect(reads.positions).toEqual([MiB, 2 * MiB]);
    await iterator.return?.();
  });

  it('a file that grows after a read came back short: the reads ahead of it start again where it ended, nothing skipped', async () => {
    const path = join(folder(), 'growing.bin');
    const final = patterned(14 * MiB + 777);
    const first = 9 * MiB + MiB / 2;
    await writeFile(path, final.subarray(0, first));
    // The read that meets the end (at 9 MiB) comes back short; the file grows right then, before any read after it runs.
    let grown: () => void = () => {};
    const grew = new Promise<void>((resolve) => (grown = resolve));
    reads.hold = (position) => (position > 9 * MiB ? grew : undefined);
    reads.returned = (position, bytesRead) => {
      if (position !== 9 * MiB) return;
      expect(bytesRead).toBe(MiB / 2);
      appendFileSync(path, final.subarray(first));
      grown();
    };
    const read = await readAll(path);
    expect(read.length).toBe(final.length);
    expect(read.equals(final)).toBe(true);
  });
});
