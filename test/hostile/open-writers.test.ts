/**
 * The open-writer guard: a file a process holds open for writing is never replaced (its next writes would
 * go to the replaced inode and be lost), however old its mtime and with or without a backup; a file with
 * nothing to repair is never refused; hard links and an owner that cannot be kept are refused unless
 * --force; a kernel pseudo-file is never read.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { chmod, chown, copyFile, link, mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FormatAdapter } from '../../src/formats/format.js';
import { fixFile, type FixOptions } from '../../src/repairing/fix-file.js';
import { writersOf } from '../../src/repairing/live-guard.js';
import { askLsof, parseLsof } from '../../src/repairing/open-writers.js';
import { ensureBuilt, expectCleanStderr, reportFiles, runCli } from './support/cli.js';
import { IS_ROOT, NOBODY, unprivileged } from './support/privileges.js';
import { REPO_ROOT, crashTailSeed } from './support/seeds.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('writers');
const HOURS_AGO = () => new Date(Date.now() - 5 * 3_600_000);
const damaged = crashTailSeed().subarray(0, -40);
const LATER = '{"timestamp":"2026-03-04T12:00:00.000Z","type":"event_msg","payload":{"type":"token_count","info":null}}\n';
/** Killed while a tool ran: the unanswered call is the last record. */
const crashed = () => readFile(join(REPO_ROOT, 'samples', 'crashed-mid-tool.jsonl'));
const writers: ChildProcess[] = [];
let count = 0;

beforeAll(() => void ensureBuilt());
afterEach(() => {
  for (const writer of writers.splice(0)) writer.kill('SIGKILL');
});

async function sessionFile(bytes: Buffer = damaged, name = 'rollout.jsonl'): Promise<{ work: string; path: string }> {
  const work = join(folder(), `case-${(count += 1)}`);
  await mkdir(work);
  const path = join(work, name);
  await writeFile(path, bytes);
  await utimes(path, HOURS_AGO(), HOURS_AGO());
  return { work, path };
}

/** A process that opens `path` with `flags` and writes what it reads on stdin, until stdin ends. */
async function holdOpen(path: string, flags: 'a' | 'r+' | 'r'): Promise<ChildProcess> {
  const script = `const fs = require('fs'); const fd = fs.openSync(process.argv[1], '${flags}');
    process.stdout.write('open\\n');
    process.stdin.on('data', (data) => fs.writeSync(fd, data));
    process.stdin.on('end', () => { fs.closeSync(fd); process.stdout.write('closed\\n'); });`;
  const child = spawn(process.execPath, ['-e', script, path], { stdio: ['pipe', 'pipe', 'inherit'] });
  writers.push(child);
  await once(child.stdout!, 'data');
  return child;
}

async function finishWriting(child: ChildProcess, text: string): Promise<void> {
  const exit = once(child, 'exit');
  child.stdin!.end(text);
  await exit;
}

describe('a process holding the file open for writing', () => {
  for (const backup of [true, false]) {
    it(`an O_APPEND writer with an mtime hours old: refused${backup ? '' : ' with --no-backup too'}, naming it; every line it writes afterwards is in the file`, async () => {
      const { work, path } = await sessionFile();
      const writer = await holdOpen(path, 'a');
      await utimes(path, HOURS_AGO(), HOURS_AGO());
      const run = await runCli(['fix', '--in-place', ...(backup ? [] : ['--no-backup']), '-f', 'json', path]);
      expect(run.code).toBe(2);
      expectCleanStderr(run.stderr);
      const [file] = reportFiles(run);
      expect(file!.error).toMatch(new RegExp(`^open for appending by node \\(pid ${writer.pid}\\): it may still be writing; not replaced`));
      expect(file!.error).toContain('--allow-open-writers');
      await finishWriting(writer, LATER.repeat(3));
      expect(await readFile(path, 'utf8')).toBe(damaged.toString() + LATER.repeat(3));
      expect(await readdir(work)).toEqual(['rollout.jsonl']);
    });
  }

  it('a writer without O_APPEND (r+) is refused too; a reader is not a writer', async () => {
    const { path } = await sessionFile();
    const writer = await holdOpen(path, 'r+');
    const refused = await runCli(['fix', '--in-place', '-f', 'json', path]);
    expect(refused.code).toBe(2);
    expect(reportFiles(refused)[0]!.error).toMatch(new RegExp(`^open for writing by node \\(pid ${writer.pid}\\)`));
    await finishWriting(writer, '');
    await holdOpen(path, 'r');
    const replaced = await runCli(['fix', '--in-place', path]);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(await readFile(`${path}.bak`)).toEqual(damaged);
  });

  it('--allow-open-writers replaces it anyway (the documented risk: its next writes land in the backup only); --force alone does not', async () => {
    const { path } = await sessionFile();
    const writer = await holdOpen(path, 'a');
    expect((await runCli(['fix', '--in-place', '--force', path])).code).toBe(2);
    const run = await runCli(['fix', '--in-place', '--allow-open-writers', path]);
    expect(run.code, run.stderr).toBe(0);
    await finishWriting(writer, LATER);
    expect(await readFile(path, 'utf8')).not.toContain(LATER);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(damaged.toString() + LATER);
  });

  it('fix without --in-place writes the copy, and notes that the unanswered call at the end may still be running', async () => {
    const { path } = await sessionFile(await crashed());
    const writer = await holdOpen(path, 'a');
    const run = await runCli(['fix', '-f', 'json', path]);
    expect(run.code, run.stderr).toBe(0);
    const note = `the unanswered call may still be running (the file is open for appending by node (pid ${writer.pid}))`;
    expect(expectCleanStderr(run.stderr)).toEqual([expect.stringContaining(`${path}: line `)]);
    expect(run.stderr).toContain(note);
    expect((JSON.parse(run.stdout.toString()).files[0].notes as string[])[0]).toContain(note);
    expect(existsSync(`${path}.fixed`)).toBe(true);
  });
});

describe('a run over many files', () => {
  it('files fixed several at once: each replaced or refused on its own, reported in the order given', async () => {
    const files = await Promise.all(Array.from({ length: 12 }, () => sessionFile()));
    const writer = await holdOpen(files[5]!.path, 'a');
    await utimes(files[5]!.path, HOURS_AGO(), HOURS_AGO());
    const run = await runCli(['fix', '--in-place', '-f', 'json', ...files.map((file) => file.path)]);
    expect(run.code).toBe(2);
    const reported = reportFiles(run);
    expect(reported.map((file) => file.path)).toEqual(files.map((file) => file.path));
    expect(reported[5]!.error).toMatch(new RegExp(`^open for appending by node \\(pid ${writer.pid}\\)`));
    for (const [index, file] of files.entries()) {
      if (index === 5) continue;
      expect(reported[index]!.error).toBeUndefined();
      expect(await readFile(`${file.path}.bak`)).toEqual(damaged);
    }
    await finishWriting(writer, LATER);
    expect(await readFile(files[5]!.path, 'utf8')).toBe(damaged.toString() + LATER);
  });

  it("a writer that opens a file after the run's first look at another one is still refused: the last look before the rename is made afresh", async () => {
    const first = await sessionFile();
    const second = await sessionFile();
    // One options object is one run: its first looks share one index of open writers.
    const options: FixOptions = { inPlace: true };
    expect((await fixFile(first.path, options)).written).toBe(first.path);
    const writer = await holdOpen(second.path, 'a');
    await utimes(second.path, HOURS_AGO(), HOURS_AGO());
    await expect(fixFile(second.path, options)).rejects.toThrow(new RegExp(`^open for appending by node \\(pid ${writer.pid}\\): it may still be writing; not replaced`));
    await finishWriting(writer, LATER);
    expect(await readFile(second.path, 'utf8')).toBe(damaged.toString() + LATER);
    expect(await readdir(second.work)).toEqual(['rollout.jsonl']);
  });
});

describe('check on a file being written', () => {
  it('reports its unanswered last call as possibly still running, naming the writer; an old closed file as plain damage', async () => {
    const { path } = await sessionFile(await crashed());
    const writer = await holdOpen(path, 'a');
    const open = reportFiles(await runCli(['check', '-f', 'json', path]))[0]!.diagnostics.find((d) => d.rule === 'missing-output') as unknown as { message: string };
    expect(open.message).toMatch(new RegExp(`has no function_call_output\\. It may still be running: the file is open for appending by node \\(pid ${writer.pid}\\)\\.$`));
    await finishWriting(writer, '');
    const closed = reportFiles(await runCli(['check', '-f', 'json', path]))[0]!.diagnostics.find((d) => d.rule === 'missing-output') as unknown as { message: string };
    expect(closed.message).toMatch(/has no function_call_output\.$/);
  });
});

describe('only files that need a rewrite are guarded', () => {
  it('a healthy file copied a moment ago, even held open by a writer: exit 0, nothing written', async () => {
    const { work } = await sessionFile();
    const path = join(work, 'healthy.jsonl');
    await copyFile(join(REPO_ROOT, 'samples', 'healthy.jsonl'), path);
    await holdOpen(path, 'a');
    const run = await runCli(['fix', '--in-place', path]);
    expect(run.code, run.stderr).toBe(0);
    expect(expectCleanStderr(run.stderr)).toEqual([]);
    expect((await readdir(work)).sort()).toEqual(['healthy.jsonl', 'rollout.jsonl']);
  });

  it('a damaged file written a moment ago: refused, and its unanswered last call is reported as possibly still running', async () => {
    const { path } = await sessionFile(await crashed());
    await utimes(path, new Date(), new Date());
    // An hour's --min-age: however slowly the CLI starts, the file counts as written a moment ago.
    const run = await runCli(['fix', '--in-place', '--min-age', '3600', '-f', 'json', path]);
    expect(run.code).toBe(2);
    expect(reportFiles(run)[0]!.error).toMatch(/^modified \d+\.\d s ago: .*; its unanswered call at line 18 may still be running$/);
  });

  it('a file with nothing to repair among damaged fresh ones does not fail for them: each is reported on its own', async () => {
    const { work, path } = await sessionFile();
    await utimes(path, new Date(), new Date());
    await copyFile(join(REPO_ROOT, 'samples', 'healthy.jsonl'), join(work, 'healthy.jsonl'));
    const files = reportFiles(await runCli(['fix', '--in-place', '--min-age', '3600', '-f', 'json', work]));
    expect(files.map((file) => [file.path.slice(work.length + 1), file.error === undefined])).toEqual([
      ['healthy.jsonl', true],
      ['rollout.jsonl', false],
    ]);
  });
});

describe('metadata that a replacement would lose', () => {
  it('a file with another hard link: refused with the reason, unless --force', async () => {
    const { work, path } = await sessionFile();
    await link(path, join(work, 'other-name.jsonl'));
    const refused = await runCli(['fix', '--in-place', '-f', 'json', path]);
    expect(refused.code).toBe(2);
    expect(reportFiles(refused)[0]!.error).toMatch(/^has 2 hard links: replacing it would leave the other names with the old bytes; not replaced \(pass --force/);
    expect(await readFile(path)).toEqual(damaged);
    expect((await readdir(work)).sort()).toEqual(['other-name.jsonl', 'rollout.jsonl']);
    expect((await runCli(['fix', '--in-place', '--force', path])).code).toBe(0);
    expect(await readFile(join(work, 'other-name.jsonl'))).toEqual(damaged);
  });

  const nobody = unprivileged();
  it.skipIf(!nobody.ok || !IS_ROOT)(`an owner that cannot be kept (root's file, fixed by nobody): refused unless --force${nobody.ok ? '' : ` — SKIPPED: ${nobody.why}`}`, async () => {
    const { work, path } = await sessionFile();
    await chmod(folder(), 0o755);
    await chmod(work, 0o777);
    const as = nobody.ok ? nobody.wrapper : [];
    const refused = await runCli(['fix', '--in-place', '-f', 'json', path], { wrapper: as });
    expect(refused.code).toBe(2);
    expect(reportFiles(refused)[0]!.error).toBe(`its owner 0:0 cannot be kept (the repaired file would belong to ${NOBODY}:${NOBODY}); not replaced (run as its owner or root, or pass --force)`);
    expect(await readdir(work)).toEqual(['rollout.jsonl']);
    const forced = await runCli(['fix', '--in-place', '--force', path], { wrapper: as });
    expect(forced.code, forced.stderr).toBe(0);
    expect((await stat(path)).uid).toBe(NOBODY);
    await chown(path, 0, 0);
  });
});

describe('files that only look regular', () => {
  it.skipIf(!existsSync('/proc/kmsg'))('check /proc/kmsg and fix /proc/self/status: exit 2 at once, one line each, nothing read', async () => {
    const run = await runCli(['check', '-f', 'json', '/proc/kmsg', '/proc/self/status']);
    expect(run.code).toBe(2);
    expect(reportFiles(run).map((file) => file.error)).toEqual([expect.stringMatching(/^a kernel pseudo-file/), expect.stringMatching(/^a kernel pseudo-file/)]);
  });
});

describe('other ways to find writers', () => {
  it('lsof -F output: processes with a descriptor open for writing (w) or reading and writing (u)', () => {
    expect(parseLsof(['p10', 'ccodex', 'f3', 'au', 'p11', 'ctail', 'f4', 'ar', 'p12', 'cvim', 'f5', 'ar', 'f6', 'aw', ''].join('\n'))).toEqual([
      { pid: 10, name: 'codex', how: 'open for writing' },
      { pid: 12, name: 'vim', how: 'open for writing' },
    ]);
  });

  const lsof = spawnSync('lsof', ['-v']).error === undefined;
  it.skipIf(!lsof)(`the real lsof finds an O_APPEND writer as /proc does${lsof ? '' : ' — SKIPPED: no lsof here'}`, async () => {
    const { path } = await sessionFile();
    const writer = await holdOpen(path, 'a');
    expect((await askLsof(path)).writers).toEqual([{ pid: writer.pid, name: 'node', how: 'open for writing' }]);
  });

  it("a format's live-session probe names the client that owns the session, beside the processes found by /proc", async () => {
    const { path } = await sessionFile();
    const probe: Pick<FormatAdapter, 'liveSession'> = { liveSession: async (file) => (file === path ? { pid: 4242, name: 'claude', evidence: 'owns the session (~/.claude/sessions/4242.json)' } : undefined) };
    const found = await writersOf(path, await stat(path), probe as FormatAdapter);
    expect(found.writers).toEqual([{ pid: 4242, name: 'claude', how: 'owns the session (~/.claude/sessions/4242.json)', owner: true }]);
  });
});
