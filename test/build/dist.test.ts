/**
 * dist/ is committed (installs from git, a folder or a tarball build nothing), so it must be exactly what
 * the build makes of src/: a fresh build in a temp copy of the project is compared with dist/, file by
 * file, byte for byte and executable bit, and git must have dist/ as it is (nothing modified, nothing
 * untracked). `npm test` rebuilds dist/ first (pretest), so there the second half is what catches a
 * commit whose dist/ is stale.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REBUILD = 'Run `npm run build:dist`, then commit dist/ (git add dist && git commit -m "Rebuild dist").';

/** Every file under a folder: its path relative to the folder, its bytes and whether it is executable. */
async function filesUnder(folder: string): Promise<Map<string, { bytes: Buffer; executable: boolean }>> {
  const files = new Map<string, { bytes: Buffer; executable: boolean }>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(`dist/${relative(folder, path)}`, { bytes: await readFile(path), executable: ((await stat(path)).mode & 0o111) !== 0 });
  }
  return files;
}

let scratch: string;
let fresh: Awaited<ReturnType<typeof filesUnder>>;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'sd-dist-'));
  for (const input of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'src', 'scripts']) await cp(join(ROOT, input), join(scratch, input), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: scratch, encoding: 'utf8', timeout: 300_000 });
  if (build.status !== 0) throw new Error(`the fresh build failed:\n${build.stdout}${build.stderr}`);
  fresh = await filesUnder(join(scratch, 'dist'));
}, 300_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the committed build (dist/)', () => {
  it('is byte for byte what a fresh build of src/ writes', async () => {
    const committed = await filesUnder(join(ROOT, 'dist'));
    const differ = [...new Set([...fresh.keys(), ...committed.keys()])].filter((path) => {
      const [a, b] = [fresh.get(path), committed.get(path)];
      return !a || !b || a.executable !== b.executable || !a.bytes.equals(b.bytes);
    });
    expect(fresh.has('dist/bin/session-doctor.js') && fresh.has('dist/index.js') && fresh.has('dist/index.d.ts')).toBe(true);
    expect(differ, `dist/ is not the build of src/. ${REBUILD}`).toEqual([]);
  });

  it('is committed as it is', () => {
    const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { cwd: ROOT, encoding: 'utf8' });
    expect(status.status).toBe(0);
    const changes = status.stdout.split('\n').filter(Boolean);
    expect(changes, `git does not have dist/ as the build of src/ writes it. ${REBUILD}`).toEqual([]);
  });
});
