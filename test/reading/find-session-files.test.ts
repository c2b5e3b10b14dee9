import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSessionFiles } from '../../src/reading/find-session-files.js';

let root: string;
/** The files of the tree, as join() names them under `root`. */
const FILES = ['a.jsonl', 'b/c.ndjson', 'b/d/e.jsonl', 'b/d/f.jsonl.zst', 'g.jsonl'];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sd-find-'));
  for (const folder of ['b/d', 'node_modules/x', '.git', 'h']) await mkdir(join(root, folder), { recursive: true });
  for (const file of [...FILES, 'notes.txt', 'node_modules/x/y.jsonl', '.git/z.jsonl', 'h/e.json']) await writeFile(join(root, file), '{}\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('findSessionFiles', () => {
  it('names each file as join(folder, name) would, however the folder is spelled', async () => {
    // Relative spellings, from the working folder (the test cannot change it).
    const rel = relative(process.cwd(), root);
    for (const spelled of [root, `${root}/`, `${root}//`, rel, `./${rel}/`, `${rel}/b/..`]) {
      const found = await findSessionFiles([spelled]);
      expect(found.map((input) => input.path)).toEqual(FILES.map((file) => join(spelled, file)));
      expect(found.map((input) => input.key)).toEqual(FILES.map((file) => resolve(root, file)));
    }
  });

  it('gives each file once, by the absolute path it names, under the name first given', async () => {
    const rel = relative(process.cwd(), root);
    const found = await findSessionFiles([join(root, 'b'), `./${rel}`, join(rel, 'a.jsonl')]);
    expect(found.map((input) => input.path)).toEqual([join(root, 'b/c.ndjson'), join(root, 'b/d/e.jsonl'), join(root, 'b/d/f.jsonl.zst'), join(rel, 'a.jsonl'), join(rel, 'g.jsonl')]);
  });

  it('returns a path that cannot be read with its error and its key', async () => {
    const [missing] = await findSessionFiles([join(root, 'missing')]);
    expect(missing).toMatchObject({ path: join(root, 'missing'), key: join(root, 'missing'), error: { message: 'no such file or folder' } });
  });
});
