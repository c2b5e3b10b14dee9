import { mkdtemp, readFile, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodexSession } from '../support/codex-session.js';
import { cli } from '../support/cli.js';

let folder: string;
const killed = new CodexSession().execTurn('a').startTurn().functionCall('call_killed').text();

async function age(path: string, seconds = 60): Promise<void> {
  const when = new Date(Date.now() - seconds * 1000);
  await utimes(path, when, when);
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-restore-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('session-doctor restore', () => {
  it('puts the newest backup back, atomically, and lists the backups', async () => {
    const path = join(folder, 's.jsonl');
    await writeFile(path, killed);
    await writeFile(`${path}.bak`, 'oldest');
    await age(path);
    expect(cli(['fix', '-i', 's.jsonl'], { cwd: folder }).code).toBe(0);
    const repaired = await readFile(path, 'utf8');
    expect(repaired).not.toBe(killed);
    await age(path);
    const listed = cli(['restore', '--list', 's.jsonl'], { cwd: folder });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^s\.jsonl: 2 backups, newest last \(restore puts the newest back\)\n {2}s\.jsonl\.bak {2}6 B {2}\S+\n {2}s\.jsonl\.bak\.1 {2}\d+\.\d KiB {2}\S+\n$/);
    expect(cli(['restore', 's.jsonl'], { cwd: folder })).toEqual({ code: 0, stdout: 'restored s.jsonl from s.jsonl.bak.1\n', stderr: '' });
    expect(await readFile(path, 'utf8')).toBe(killed);
    expect((await readdir(folder)).sort()).toEqual(['s.jsonl', 's.jsonl.bak']);
  });

  it('refuses a file modified moments ago (a live session) unless --force, and names a file without backup', async () => {
    const path = join(folder, 's.jsonl');
    await writeFile(path, 'repaired');
    await writeFile(`${path}.bak`, killed);
    const refused = cli(['restore', 's.jsonl'], { cwd: folder });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^session-doctor: s\.jsonl: modified \d+\.\d s ago: it may be a live session still being written; not replaced \(wait, or pass --force\)\n$/);
    expect(await readFile(path, 'utf8')).toBe('repaired');
    expect(cli(['restore', '--force', 's.jsonl'], { cwd: folder }).code).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(killed);
    await writeFile(join(folder, 'other.jsonl'), killed);
    expect(cli(['restore', '--force', 'other.jsonl', 'missing.jsonl'], { cwd: folder })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'session-doctor: other.jsonl: no backup to restore (other.jsonl.bak, made by fix --in-place)\n' +
        'session-doctor: missing.jsonl: no such file or folder\n',
    });
    expect(cli(['restore'], { cwd: folder }).stderr).toBe('session-doctor: restore: name the files to restore (session-doctor restore FILE…)\n');
  });

  it('restores through a link, from the backup beside its target', async () => {
    const target = join(folder, 'target.jsonl');
    await writeFile(target, 'repaired');
    await writeFile(`${target}.bak`, killed);
    await symlink(target, join(folder, 'link.jsonl'));
    expect(cli(['restore', '--force', 'link.jsonl'], { cwd: folder }).stdout).toBe(`restored link.jsonl from ${target}.bak\n`);
    expect(await readFile(target, 'utf8')).toBe(killed);
    expect((await readdir(folder)).sort()).toEqual(['link.jsonl', 'target.jsonl']);
  });
});
