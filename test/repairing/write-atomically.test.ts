import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/repairing/write-atomically.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-atomic-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const MIB = 1 << 20;

/** `count` chunks of 1 MiB in one reused buffer (as readChunks gives them), each filled from its index; their SHA-256 in `hash`. */
async function* reusedChunks(count: number, hash: ReturnType<typeof createHash>): AsyncIterable<Buffer> {
  const memory = Buffer.alloc(MIB);
  for (let index = 0; index < count; index += 1) {
    for (let at = 0; at < MIB; at += 4) memory.writeUInt32LE((index * MIB + at) >>> 0, at);
    hash.update(memory);
    yield memory;
  }
}

describe('writeAtomically', () => {
  it('writes every byte of a stream larger than its flush interval (64 MiB) and leaves no temp file', async () => {
    const target = join(folder, 'out.jsonl');
    await writeFile(target, 'the old bytes\n');
    const written = createHash('sha256');
    await writeAtomically(target, reusedChunks(150, written), { mode: 0o640 });
    const [bytes, info, names] = await Promise.all([readFile(target), stat(target), readdir(folder)]);
    expect(bytes.length).toBe(150 * MIB);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(written.digest('hex'));
    expect(info.mode & 0o777).toBe(0o640);
    expect(names).toEqual(['out.jsonl']);
  });

  it('keeps the target as it was when the stream fails after a flush', async () => {
    const target = join(folder, 'out.jsonl');
    await writeFile(target, 'the old bytes\n');
    async function* failing(): AsyncIterable<Buffer> {
      yield* reusedChunks(70, createHash('sha256'));
      throw new Error('the source broke');
    }
    await expect(writeAtomically(target, failing())).rejects.toThrow('the source broke');
    expect(await readFile(target, 'utf8')).toBe('the old bytes\n');
    expect(await readdir(folder)).toEqual(['out.jsonl']);
  });
});
