/**
 * Interrupted and failed runs leave nothing behind: SIGINT, SIGTERM and SIGHUP remove the temp file (and
 * the backup made for a rename that never happened, and the stdin spool) and exit 130, 143, 129; a temp
 * file left by a killed run is removed by the next run in that folder; a replacement that fails leaves no
 * new backup.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmod, chown, mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, expectCleanStderr, HANG_DEADLINE_MS, runCli, startCli, stderrShows } from './support/cli.js';
import { IS_ROOT, unprivileged } from './support/privileges.js';
import { CodexSession } from '../support/codex-session.js';
import { crashTailSeed } from './support/seeds.js';
import { oldSessionIn, useTempFolder } from './support/temp.js';

const folder = useTempFolder('interrupts');
const HOUR_AGO = () => new Date(Date.now() - 3_600_000);
const old = crashTailSeed().subarray(0, -40);
let count = 0;

beforeAll(() => void ensureBuilt());

const sessionFolder = () => oldSessionIn(join(folder(), `case-${(count += 1)}`), old);

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

describe('a signal while fix --in-place runs', () => {
  for (const [signal, code] of Object.entries(EXIT_CODES) as [NodeJS.Signals, number][]) {
    for (const step of ['temp-written', 'backup-made'] as const) {
      it(`${signal} at ${step}: exit ${code}, no temp file, no backup, the file untouched`, async () => {
        const { work, path } = await sessionFolder();
        const child = startCli(['fix', '--in-place', path], { env: { SESSION_DOCTOR_TEST_PAUSE: step } });
        const exit = once(child, 'exit');
        await stderrShows(child, `session-doctor: paused at ${step}`);
        child.kill(signal);
        expect(await exit).toEqual([code, null]);
        expect(await readdir(work)).toEqual(['rollout.jsonl']);
        expect(await readFile(path)).toEqual(old);
      });
    }
  }

  it('SIGTERM while the copy of a large file is made during its check: exit 143, no temp file, no copy, the file untouched', async () => {
    const session = new CodexSession();
    while (session.lines.length < 40_000) session.execTurn(`call_${session.lines.length}`);
    const large = Buffer.from(session.text());
    const { work, path } = await oldSessionIn(join(folder(), `case-${(count += 1)}`), large);
    const child = startCli(['fix', '--copy-to', join(work, 'copy.jsonl'), path], { env: { SESSION_DOCTOR_TEST_PAUSE: 'copy-started' } });
    const exit = once(child, 'exit');
    await stderrShows(child, 'session-doctor: paused at copy-started');
    child.kill('SIGTERM');
    expect(await exit).toEqual([143, null]);
    expect(await readdir(work)).toEqual(['rollout.jsonl']);
    expect((await readFile(path)).equals(large)).toBe(true);
  });

  it('SIGINT while fix - spools stdin: exit 130 and the spool is removed', async () => {
    const spools = join(folder(), `spools-${(count += 1)}`);
    await mkdir(spools);
    const child = startCli(['fix', '-'], { env: { TMPDIR: spools } });
    const exit = once(child, 'exit');
    child.stdout!.resume();
    child.stderr!.resume();
    // stdin stays open: the spool exists and grows until the signal.
    child.stdin!.write(old);
    const deadline = Date.now() + HANG_DEADLINE_MS;
    const spooled = async () => {
      for (const name of await readdir(spools)) {
        const inner = await readdir(join(spools, name)).catch(() => [] as string[]);
        if (inner.includes('stdin.jsonl') && (await readFile(join(spools, name, 'stdin.jsonl'))).length === old.length) return true;
      }
      return false;
    };
    while (!(await spooled())) {
      if (Date.now() > deadline) throw new Error('the stdin spool never appeared');
      await sleep(20);
    }
    child.kill('SIGINT');
    expect(await exit).toEqual([130, null]);
    expect(await readdir(spools)).toEqual([]);
  });
});

describe('temp files of killed runs', () => {
  it('the next run in the folder removes those whose pid is gone, and keeps those of live runs and other files', async () => {
    const { work, path } = await sessionFolder();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = `.rollout.jsonl.session-doctor-${gone}-0badc0de.tmp`;
    const live = `.other.jsonl.session-doctor-${process.pid}-0123abcd.tmp`;
    const unrelated = `.rollout.jsonl.session-doctor-notapid.tmp`;
    for (const name of [stale, live, unrelated]) await writeFile(join(work, name), 'partial');
    const run = await runCli(['fix', '--in-place', path]);
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(work)).sort()).toEqual([live, unrelated, 'rollout.jsonl', 'rollout.jsonl.bak'].sort());
  });

  it('a run that writes nothing in the folder (check, or a file with nothing to repair) removes nothing', async () => {
    const { work, path } = await sessionFolder();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = `.rollout.jsonl.session-doctor-${gone}-0badc0de.tmp`;
    await writeFile(join(work, stale), 'partial');
    await runCli(['check', path]);
    expect((await readdir(work)).sort()).toEqual([stale, 'rollout.jsonl']);
  });
});

describe('a replacement that fails', () => {
  const nobody = unprivileged();
  const skip = nobody.ok ? '' : ` — SKIPPED: ${nobody.why}`;

  it.skipIf(!nobody.ok || !IS_ROOT)(`leaves no new backup, attempt after attempt (a sticky folder: the rename is not permitted)${skip}`, async () => {
    const work = join(folder(), `sticky-${(count += 1)}`);
    await mkdir(work);
    await chmod(folder(), 0o755);
    // A sticky folder anyone may write in, holding root's session: nobody may create files there but not
    // replace root's file. --force: take the owner's change as accepted, so that the rename is what fails.
    await chmod(work, 0o1777);
    const path = join(work, 'rollout.jsonl');
    await writeFile(path, old);
    await chown(path, 0, 0);
    await utimes(path, HOUR_AGO(), HOUR_AGO());
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const run = await runCli(['fix', '--in-place', '--force', path], { wrapper: nobody.ok ? nobody.wrapper : [] });
      expect(run.code).toBe(2);
      expect(expectCleanStderr(run.stderr).join('\n') + run.stdout.toString()).toMatch(/operation not permitted|permission denied/);
      expect(await readdir(work)).toEqual(['rollout.jsonl']);
      expect(await readFile(path)).toEqual(old);
    }
  });
});
