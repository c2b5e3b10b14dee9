import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/checking/check-source.js';
import { findSessionFiles } from '../../src/reading/find-session-files.js';
import { InputError } from '../../src/reading/input-error.js';
import { openInputFile, readChunks } from '../../src/reading/open-input.js';
import { fixFile } from '../../src/repairing/fix-file.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const sample = new URL('../../samples/crashed-mid-tool.jsonl', import.meta.url).pathname;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-open-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function bytesOf(path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of readChunks(path)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('compressed rollouts (.jsonl.zst)', () => {
  it('are decompressed transparently and checked like the plain file', async () => {
    const zst = fixture('crashed-mid-tool.jsonl.zst');
    expect((await bytesOf(zst)).equals(await readFile(sample))).toBe(true);
    expect((await checkFile(zst)).diagnostics).toEqual((await checkFile(sample)).diagnostics);
  });

  it('give a one-line error when the compressed data is cut off', async () => {
    const cut = join(folder, 'cut.jsonl.zst');
    await writeFile(cut, (await readFile(fixture('crashed-mid-tool.jsonl.zst'))).subarray(0, 200));
    await expect(checkFile(cut)).rejects.toThrow(/^not a valid zstd file \(/);
  });

  it('are skipped in folders when the plain rollout is there too, as Codex does', async () => {
    const tree = join(folder, 'tree');
    await mkdir(tree);
    await copyFile(fixture('crashed-mid-tool.jsonl.zst'), join(tree, 'a.jsonl.zst'));
    await copyFile(fixture('crashed-mid-tool.jsonl.zst'), join(tree, 'b.jsonl.zst'));
    await copyFile(sample, join(tree, 'a.jsonl'));
    expect((await findSessionFiles([tree])).map((found) => found.path)).toEqual([join(tree, 'a.jsonl'), join(tree, 'b.jsonl.zst')]);
  });

  it('are repaired into a plain copy named for what it holds (x.jsonl.fixed), never a .zst.fixed', async () => {
    const zst = join(folder, 'r.jsonl.zst');
    await copyFile(fixture('crashed-mid-tool.jsonl.zst'), zst);
    const before = await readFile(zst);
    const report = await fixFile(zst);
    expect(report.written).toBe(join(folder, 'r.jsonl.fixed'));
    expect(report.repairs.map((repair) => repair.rule)).toEqual(['missing-output']);
    expect((await checkFile(join(folder, 'r.jsonl.fixed'))).diagnostics.map((d) => d.rule)).toEqual(['unfinished-turn']);
    expect((await readFile(zst)).equals(before)).toBe(true);
    const named = await fixFile(zst, { output: join(folder, 'elsewhere.jsonl') });
    expect(named.written).toBe(join(folder, 'elsewhere.jsonl'));
  });

  it('in place: the repaired plain rollout goes beside the .zst (which Codex then reads), the .zst stays as the backup', async () => {
    const place = join(folder, 'in-place');
    await mkdir(place);
    const zst = join(place, 'r.jsonl.zst');
    await copyFile(fixture('crashed-mid-tool.jsonl.zst'), zst);
    const before = await readFile(zst);
    const report = await fixFile(zst, { inPlace: true, force: true });
    expect(report).toMatchObject({ written: join(place, 'r.jsonl'), backup: zst });
    expect((await checkFile(join(place, 'r.jsonl'))).diagnostics.map((d) => d.rule)).toEqual(['unfinished-turn']);
    expect((await readFile(zst)).equals(before)).toBe(true);
    // Never over an existing plain rollout (a folder run skips the .zst then anyway).
    await expect(fixFile(zst, { inPlace: true, force: true })).rejects.toThrow(/already exists/);
    expect((await readdir(place)).sort()).toEqual(['r.jsonl', 'r.jsonl.zst']);
  });
});

describe('openInputFile', () => {
  it('refuses folders and FIFOs with a reason, and names missing files', async () => {
    await expect(openInputFile(folder)).rejects.toThrow(new InputError(folder, 'is a folder, not a file'));
    const fifo = join(folder, 'pipe.jsonl');
    execFileSync('mkfifo', [fifo]);
    await expect(openInputFile(fifo)).rejects.toThrow(/not a regular file/);
    await expect(openInputFile(join(folder, 'nope.jsonl'))).rejects.toThrow('no such file or folder');
  });
});

describe('reading files with synchronous calls', () => {
  it('still lets the event loop run now and then: a timer set before a long run of small reads fires during it', async () => {
    const small = join(folder, 'small.jsonl');
    await writeFile(small, '{"type":"x"}\n');
    let fired = false;
    setTimeout(() => (fired = true), 0);
    let reads = 0;
    // However fast the machine, 20,000 opens, reads and closes take far longer than the turns are apart.
    for (; reads < 20_000 && !fired; reads += 1) {
      for await (const chunk of readChunks(small, { reuseBuffer: true })) expect(chunk.length).toBe(13);
    }
    expect(fired).toBe(true);
    expect(reads).toBeLessThan(20_000);
  });
});
