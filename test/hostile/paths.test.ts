/**
 * Hostile paths: missing files, folders where a file belongs, no read permission, no write permission on
 * the folder, symlinks (the target is repaired, the link kept), a read-only mount, a full disk, FIFOs and
 * devices (refused at once: files are not FIFOs), and a stdin that stays open (read to its end).
 * Every run exits 0, 1 or 2 as documented, names the file, and prints no stack trace.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { chmod, chown, lstat, mkdir, readdir, readFile, readlink, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/checking/check-source.js';
import { InputError } from '../../src/reading/input-error.js';
import { fixFile } from '../../src/repairing/fix-file.js';
import { ensureBuilt, expectCleanStderr, finished, runCli, startCli, type Run } from './support/cli.js';
import { fixToMemory } from './support/laws.js';
import { IS_ROOT, NOBODY, inMountNamespace, mountsWork, unprivileged } from './support/privileges.js';
import { crashTailSeed } from './support/seeds.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('paths');
const HOUR_AGO = () => new Date(Date.now() - 3_600_000);
const old = crashTailSeed().subarray(0, -40);
let repaired: Buffer;
let count = 0;

beforeAll(async () => {
  ensureBuilt();
  const scratch = await work('scratch');
  repaired = (await fixToMemory(scratch, old)).output;
});

/** A fresh folder that `nobody` may enter, holding an old session file. */
async function work(name: string): Promise<string> {
  const path = join(folder(), `${(count += 1)}-${name}`);
  await mkdir(path);
  await chmod(folder(), 0o755);
  return path;
}

async function session(dir: string, name = 'rollout.jsonl', bytes: Buffer = old): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  await utimes(path, HOUR_AGO(), HOUR_AGO());
  return path;
}

interface JsonFile {
  readonly path: string;
  readonly error?: string;
  readonly diagnostics: { rule: string }[];
  readonly repairs?: unknown[];
}

/** The JSON report's files, after checking the run's exit code and stderr. */
function reported(run: Run, code: number): JsonFile[] {
  expectCleanStderr(run.stderr);
  expect(run.code, `exit code (stderr: ${run.stderr})`).toBe(code);
  return (JSON.parse(run.stdout.toString()) as { files: JsonFile[] }).files;
}

describe('a missing path', () => {
  it('check and fix report it by name, exit 2', async () => {
    const missing = join(folder(), 'no-such-session.jsonl');
    for (const command of ['check', 'fix']) {
      expect(reported(await runCli([command, '-f', 'json', missing]), 2)).toEqual([{ path: missing, error: 'no such file or folder', diagnostics: [] }]);
    }
    await expect(checkFile(missing)).rejects.toBeInstanceOf(InputError);
  });

  it('a missing folder in the path, and a file used as a folder', async () => {
    const dir = await work('enotdir');
    const file = await session(dir);
    const run = await runCli(['check', '-f', 'json', join(dir, 'gone', 'x.jsonl'), join(file, 'x.jsonl')]);
    expect(reported(run, 2).map((f) => f.error)).toEqual(['no such file or folder', 'a part of the path is not a folder']);
  });

  it('a dangling symlink and a symlink loop', async () => {
    const dir = await work('links');
    await symlink(join(dir, 'nowhere.jsonl'), join(dir, 'dangling.jsonl'));
    await symlink(join(dir, 'loop-b.jsonl'), join(dir, 'loop-a.jsonl'));
    await symlink(join(dir, 'loop-a.jsonl'), join(dir, 'loop-b.jsonl'));
    const files = reported(await runCli(['check', '-f', 'json', dir]), 2);
    expect(files.map((f) => [f.path.slice(dir.length + 1), f.error])).toEqual([
      ['dangling.jsonl', 'no such file or folder'],
      ['loop-a.jsonl', 'too many levels of symbolic links'],
      ['loop-b.jsonl', 'too many levels of symbolic links'],
    ]);
  });
});

describe('a folder where a file is expected', () => {
  it('fix --copy-to naming a folder: exit 2, the folder named, the input and the folder untouched', async () => {
    const dir = await work('output-folder');
    const input = await session(dir);
    const target = join(dir, 'out.jsonl');
    await mkdir(target);
    const files = reported(await runCli(['fix', '-f', 'json', '--copy-to', target, input]), 2);
    expect(files).toEqual([{ path: input, error: `${target}: is a folder, not a file`, diagnostics: [] }]);
    expect(await readFile(input)).toEqual(old);
    expect((await readdir(dir)).sort()).toEqual(['out.jsonl', 'rollout.jsonl']);
    expect(await readdir(target)).toEqual([]);
  });

  it('--output-file and --files-from naming a folder: exit 2, one line', async () => {
    const dir = await work('report-folder');
    const input = await session(dir);
    for (const args of [['check', '--output-file', dir, input], ['check', '--files-from', dir]]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(expectCleanStderr(run.stderr)).toHaveLength(1);
      expect(run.stderr).toContain(dir);
    }
  });

  it('fixFile and checkFile on a folder throw InputError', async () => {
    const dir = await work('lib-folder');
    await expect(fixFile(dir)).rejects.toThrow(/is a folder, not a file/);
    await expect(checkFile(dir)).rejects.toThrow(/is a folder, not a file/);
  });

  it('a folder named like a session file inside a scanned folder is searched, not read', async () => {
    const dir = await work('nested');
    await mkdir(join(dir, 'looks-like.jsonl'));
    const inner = await session(join(dir, 'looks-like.jsonl'), 'inner.jsonl', repaired);
    expect(reported(await runCli(['check', '-f', 'json', dir]), 0).map((f) => f.path)).toEqual([inner]);
  });
});

describe('permissions', () => {
  const nobody = unprivileged();
  const skip = nobody.ok ? '' : ` — SKIPPED: ${nobody.why}`;
  const as = nobody.ok ? nobody.wrapper : [];

  /** A folder owned by nobody when we are root, so that only the mode bits decide. */
  async function nobodysFolder(name: string): Promise<string> {
    const dir = await work(name);
    if (IS_ROOT) await chown(dir, NOBODY, NOBODY);
    return dir;
  }

  it.skipIf(!nobody.ok)(`no read permission on a file: exit 2 "permission denied", the others still checked${skip}`, async () => {
    const dir = await nobodysFolder('unreadable');
    const locked = await session(dir, 'a-locked.jsonl');
    const open = await session(dir, 'b-open.jsonl');
    if (IS_ROOT) for (const path of [locked, open]) await chown(path, NOBODY, NOBODY);
    await chmod(locked, 0o000);
    const files = reported(await runCli(['check', '-f', 'json', dir], { wrapper: as }), 2);
    expect(files.map((f) => [f.path, f.error])).toEqual([
      [locked, 'permission denied'],
      [open, undefined],
    ]);
    expect(files[1]!.diagnostics.map((d) => d.rule)).toContain('torn-final-line');
  });

  it.skipIf(!nobody.ok)(`no read permission on a scanned folder: exit 2, the folder named${skip}`, async () => {
    const dir = await nobodysFolder('unlisted');
    const inner = join(dir, 'private');
    await mkdir(inner);
    await session(inner);
    await chmod(inner, 0o000);
    const files = reported(await runCli(['check', '-f', 'json', dir], { wrapper: as }), 2);
    expect(files).toEqual([{ path: inner, error: 'permission denied', diagnostics: [] }]);
  });

  it.skipIf(!nobody.ok)(`no write permission on the folder: fix and fix --in-place exit 2, nothing changes${skip}`, async () => {
    const dir = await nobodysFolder('read-only-folder');
    const path = await session(dir);
    await chmod(dir, 0o555);
    const copy = reported(await runCli(['fix', '-f', 'json', path], { wrapper: as }), 2);
    expect(copy).toEqual([{ path, error: `${path}.fixed: permission denied`, diagnostics: [] }]);
    const inPlace = reported(await runCli(['fix', '--in-place', '-f', 'json', path], { wrapper: as }), 2);
    expect(inPlace).toEqual([{ path, error: 'permission denied', diagnostics: [] }]);
    expect(await readFile(path)).toEqual(old);
    expect(await readdir(dir)).toEqual(['rollout.jsonl']);
  });

  it.skipIf(!nobody.ok)(`a read-only file in a writable folder: fix --in-place replaces it (as rm would) and keeps its mode${skip}`, async () => {
    const dir = await nobodysFolder('read-only-file');
    const path = await session(dir);
    if (IS_ROOT) await chown(path, NOBODY, NOBODY);
    await chmod(path, 0o444);
    const files = reported(await runCli(['fix', '--in-place', '-f', 'json', path], { wrapper: as }), 0);
    expect(files[0]!.error).toBeUndefined();
    expect(await readFile(path)).toEqual(repaired);
    expect((await lstat(path)).mode & 0o777).toBe(0o444);
    expect(await readFile(`${path}.bak`)).toEqual(old);
  });
});

describe('symbolic links', () => {
  it('fix --in-place on a link repairs the target and keeps the link; the backup sits beside the target', async () => {
    const dir = await work('symlink');
    const targetDir = join(dir, 'real');
    await mkdir(targetDir);
    const target = await session(targetDir);
    const link = join(dir, 'link.jsonl');
    await symlink(target, link);
    const files = reported(await runCli(['fix', '--in-place', '-f', 'json', link]), 0);
    expect(files[0]!.path).toBe(link);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(target);
    expect(await readFile(target)).toEqual(repaired);
    expect(await readFile(`${target}.bak`)).toEqual(old);
    expect((await readdir(dir)).sort()).toEqual(['link.jsonl', 'real']);
  });

  it('a relative link through a linked folder: the real file is repaired', async () => {
    const dir = await work('relative-link');
    await mkdir(join(dir, 'store'));
    const target = await session(join(dir, 'store'));
    await symlink('store', join(dir, 'alias'));
    await symlink('alias/rollout.jsonl', join(dir, 'link.jsonl'));
    reported(await runCli(['fix', '--in-place', '-f', 'json', join(dir, 'link.jsonl')]), 0);
    expect(await readFile(target)).toEqual(repaired);
    expect(await readlink(join(dir, 'link.jsonl'))).toBe('alias/rollout.jsonl');
  });
});

describe('mounts (private mount namespaces)', () => {
  const probeDir = mkdtempSync(join(tmpdir(), 'session-doctor-mount-probe-'));
  const mounts = mountsWork(probeDir);
  rmSync(probeDir, { recursive: true, force: true });
  const skip = mounts.ok ? '' : ` — SKIPPED: ${mounts.why}`;

  it.skipIf(!mounts.ok)(`a file on a read-only mount: check works, fix --in-place exits 2 "read-only file system"${skip}`, async () => {
    const dir = await work('read-only-mount');
    const path = await session(dir);
    const readOnly = inMountNamespace(`mount --bind '${dir}' '${dir}' && mount -o remount,bind,ro '${dir}'`);
    reported(await runCli(['check', '-f', 'json', path], { wrapper: readOnly }), 1);
    const files = reported(await runCli(['fix', '--in-place', '-f', 'json', path], { wrapper: readOnly }), 2);
    expect(files).toEqual([{ path, error: 'read-only file system', diagnostics: [] }]);
    expect(await readFile(path)).toEqual(old);
    expect(await readdir(dir)).toEqual(['rollout.jsonl']);
  });

  it.skipIf(!mounts.ok)(`a full disk: fix --in-place exits 2 "no space left", the file is untouched and no temp file is left${skip}`, async () => {
    const dir = await work('full-disk');
    // A 64 KiB tmpfs holding one ~40 KiB session: no room for the repaired copy beside it.
    const torn = old.subarray(old.lastIndexOf('\n') + 1);
    const big = Buffer.concat([old.subarray(0, old.lastIndexOf('\n') + 1), Buffer.from('{"x":1}\n'.repeat(4500)), torn]);
    const path = join(dir, 'rollout.jsonl');
    // Fill the tmpfs from stdin, run fix, then show the exit code, the folder and the file's hash, all
    // inside the namespace (the tmpfs goes with it).
    const wrapper = inMountNamespace(
      `mount -t tmpfs -o size=64k tmpfs '${dir}' && cat > '${path}' && touch -d '1 hour ago' '${path}'`,
      `echo "exit=$status" >&2; ls -A '${dir}' >&2; sha256sum '${path}' >&2`,
    );
    const run = await runCli(['fix', '--in-place', '-f', 'json', path], { wrapper, input: big });
    const expectedHash = execFileSync('sha256sum', { input: big }).toString().split(' ')[0];
    expect(run.stderr.trim().split('\n')).toEqual([`session-doctor: ${path}: no space left on the device`, 'exit=2', 'rollout.jsonl', `${expectedHash}  ${path}`]);
    const files = (JSON.parse(run.stdout.toString()) as { files: JsonFile[] }).files;
    expect(files).toEqual([{ path, error: 'no space left on the device', diagnostics: [] }]);
  });
});

describe('FIFOs, devices and stdin', () => {
  it('a FIFO or a device given as a file is refused at once (exit 2), never read', async () => {
    const dir = await work('fifo');
    const fifo = join(dir, 'pipe.jsonl');
    execFileSync('mkfifo', [fifo]);
    await symlink(fifo, join(dir, 'link-to-pipe.jsonl'));
    for (const command of ['check', 'fix']) {
      const files = reported(await runCli([command, '-f', 'json', fifo, join(dir, 'link-to-pipe.jsonl'), '/dev/zero']), 2);
      expect(files.map((f) => f.error)).toEqual(Array(3).fill('not a regular file (FIFOs and devices are not read; use - for stdin)'));
    }
  });

  it('a FIFO inside a scanned folder does not hang the scan', async () => {
    const dir = await work('fifo-in-folder');
    execFileSync('mkfifo', [join(dir, 'a-pipe.jsonl')]);
    const file = await session(dir, 'b-session.jsonl', repaired);
    const files = reported(await runCli(['check', '-f', 'json', dir]), 0);
    expect(files.map((f) => f.path)).toEqual([file]);
  });

  it('stdin is read to its end: check waits while it stays open, then reports every line', async () => {
    const child = startCli(['check', '-f', 'json', '-']);
    const done = finished(child);
    let exited = false;
    void done.finally(() => (exited = true));
    const half = old.lastIndexOf('\n', old.length / 2) + 1;
    child.stdin!.write(old.subarray(0, half));
    await sleep(400);
    expect(exited, 'still reading an open stdin').toBe(false);
    child.stdin!.end(old.subarray(half));
    const files = reported(await done, 1);
    expect(files[0]!.path).toBe('-');
    expect(files[0]!.diagnostics.map((d) => d.rule)).toContain('torn-final-line');
  });

  it('fix - reads stdin to its end and writes the repaired bytes to stdout', async () => {
    const child = startCli(['fix', '-']);
    const done = finished(child);
    child.stdin!.write(old.subarray(0, 100));
    await sleep(200);
    child.stdin!.end(old.subarray(100));
    const run = await done;
    expect(run.code, 'every error was repaired').toBe(0);
    expect(run.stdout.equals(repaired)).toBe(true);
  });

  it('an empty stdin is an empty session (exit 0), not an error', async () => {
    const run = await runCli(['check', '-f', 'json', '-']);
    expect(reported(run, 0)[0]!.diagnostics.map((d) => d.rule)).toEqual(['empty-file']);
  });
});
