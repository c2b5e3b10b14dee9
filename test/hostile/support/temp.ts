import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A private temp folder for the test file, made before its tests and removed after them. */
export function useTempFolder(prefix: string): () => string {
  let folder: string | undefined;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), `session-doctor-${prefix}-`));
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  return () => {
    if (!folder) throw new Error('the temp folder is only there inside tests');
    return folder;
  };
}

/** A new folder `work` holding `bytes` as `name`, last written an hour ago (a finished session). */
export async function oldSessionIn(work: string, bytes: Buffer, name = 'rollout.jsonl'): Promise<{ work: string; path: string }> {
  await mkdir(work);
  const path = join(work, name);
  await writeFile(path, bytes);
  const hourAgo = new Date(Date.now() - 3_600_000);
  await utimes(path, hourAgo, hourAgo);
  return { work, path };
}
