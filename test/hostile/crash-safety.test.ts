/**
 * Crash safety of `fix --in-place`: the process is killed with SIGKILL at each step of the atomic write
 * (through the SESSION_DOCTOR_TEST_PAUSE hook in write-atomically.ts) and after random delays while it
 * rewrites a large file. Afterwards the file holds either the old bytes or the complete new bytes, the
 * backup is whole, and a new run finishes the repair.
 */
import fc from 'fast-check';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bigDamagedSession } from './support/big-session.js';
import { ensureBuilt, stderrShows, expectCleanStderr, finished, runCli, startCli } from './support/cli.js';
import { fcParams, fuzzTimeout, processRuns } from './support/fuzz-config.js';
import { fixToMemory } from './support/laws.js';
import { crashTailSeed } from './support/seeds.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('crash');
const HOUR_AGO = () => new Date(Date.now() - 3_600_000);

beforeAll(() => ensureBuilt());

/** A fresh folder holding `bytes` as a finished (old) session file. */
async function sessionFolder(name: string, bytes: Buffer): Promise<{ work: string; path: string }> {
  const work = join(folder(), name);
  await mkdir(work);
  const path = join(work, 'rollout.jsonl');
  await writeFile(path, bytes);
  await utimes(path, HOUR_AGO(), HOUR_AGO());
  return { work, path };
}

async function killed(child: ChildProcess): Promise<void> {
  const exit = once(child, 'exit');
  child.kill('SIGKILL');
  const [code, signal] = (await exit) as [number | null, NodeJS.Signals | null];
  // It must have died of the signal, not finished or failed on its own.
  expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
}

const temps = async (work: string) => (await readdir(work)).filter((name) => name.endsWith('.tmp'));

describe('SIGKILL at each step of fix --in-place', () => {
  const old = crashTailSeed().subarray(0, -40);
  let repaired: Buffer;

  beforeAll(async () => {
    const scratch = join(folder(), 'scratch');
    await mkdir(scratch);
    repaired = (await fixToMemory(scratch, old)).output;
    expect(repaired.equals(old)).toBe(false);
  });

  const steps = [
    { step: 'temp-written', replaced: false, backedUp: false },
    { step: 'backup-made', replaced: false, backedUp: true },
    { step: 'renamed', replaced: true, backedUp: true },
  ] as const;

  for (const { step, replaced, backedUp } of steps) {
    for (const backup of [true, false]) {
      it(`killed at ${step}${backup ? '' : ' (--no-backup)'}: ${replaced ? 'the complete new' : 'the old'} bytes, ${backup && backedUp ? 'a whole backup' : 'no backup'}`, async () => {
        const { work, path } = await sessionFolder(`${step}-${backup}`, old);
        const child = startCli(['fix', '--in-place', ...(backup ? [] : ['--no-backup']), path], { env: { SESSION_DOCTOR_TEST_PAUSE: step } });
        await stderrShows(child, `session-doctor: paused at ${step}`);
        await killed(child);

        expect((await readFile(path)).equals(replaced ? repaired : old), 'the file holds old or complete new bytes').toBe(true);
        const names = await readdir(work);
        expect(names.includes('rollout.jsonl.bak')).toBe(backup && backedUp);
        if (backup && backedUp) expect((await readFile(`${path}.bak`)).equals(old), 'the backup is whole').toBe(true);
        // The temp file is complete and synced, and named so that no scan picks it up.
        const left = await temps(work);
        expect(left).toHaveLength(replaced ? 0 : 1);
        for (const temp of left) {
          expect(temp).toMatch(/^\.rollout\.jsonl\.session-doctor-\d+-[0-9a-f]{8}\.tmp$/);
          expect((await readFile(join(work, temp))).equals(repaired)).toBe(true);
        }

        // A new run finishes the job (or finds nothing left to do), whatever the crash left.
        await utimes(path, HOUR_AGO(), HOUR_AGO());
        const again = await runCli(['fix', '--in-place', '-f', 'json', path]);
        expectCleanStderr(again.stderr);
        expect(again.code).toBe(0);
        expect((await readFile(path)).equals(repaired)).toBe(true);
        const check = await runCli(['check', '-f', 'json', work]);
        expect(JSON.parse(check.stdout.toString()).files.map((file: { path: string }) => file.path)).toEqual([path]);
      });
    }
  }
});

describe('SIGKILL after random delays while fix --in-place rewrites a large file', () => {
  const old = bigDamagedSession(16);
  let repaired: Buffer;
  let fullRunMs = 0;

  beforeAll(async () => {
    const scratch = join(folder(), 'big-scratch');
    await mkdir(scratch);
    repaired = (await fixToMemory(scratch, old)).output;
    expect(repaired.length).toBeGreaterThan(15 * 1024 * 1024);
    const { path } = await sessionFolder('big-timing', old);
    const started = performance.now();
    const run = await runCli(['fix', '--in-place', path]);
    fullRunMs = performance.now() - started;
    expect(run.code).toBe(0);
    expect((await readFile(path)).equals(repaired)).toBe(true);
  });

  it('the file always holds the old or the complete new bytes, and the backup is whole', async () => {
    let attempt = 0;
    // Half the kills land near the end, where the temp file is synced, backed up and renamed.
    const fractions = fc.oneof(fc.double({ min: 0, max: 1.05, noNaN: true }), fc.double({ min: 0.8, max: 1.05, noNaN: true }));
    await fc.assert(
      fc.asyncProperty(fractions, async (fraction) => {
        const { work, path } = await sessionFolder(`big-${(attempt += 1)}`, old);
        const child = startCli(['fix', '--in-place', path]);
        const done = finished(child);
        const timer = setTimeout(() => child.kill('SIGKILL'), fraction * fullRunMs);
        const run = await done;
        clearTimeout(timer);
        const now = await readFile(path);
        const isOld = now.equals(old);
        const isNew = now.equals(repaired);
        expect(isOld || isNew, `killed after ${Math.round(fraction * fullRunMs)} ms: old or new bytes, nothing in between`).toBe(true);
        if (run.signal === null) expect(run.code).toBe(0);
        const names = await readdir(work);
        if (isNew) expect(names).toContain('rollout.jsonl.bak');
        if (names.includes('rollout.jsonl.bak')) expect((await readFile(`${path}.bak`)).equals(old), 'the backup is whole').toBe(true);
        for (const temp of await temps(work)) {
          // A temp file cut short is harmless (hidden, never scanned), but it never replaced the file.
          expect(temp.startsWith('.rollout.jsonl.session-doctor-')).toBe(true);
        }
        await rm(work, { recursive: true });
      }),
      fcParams(processRuns(6)),
    );
  }, fuzzTimeout());

  it('a copy (fix without --in-place) is never left half-written under its final name', async () => {
    for (const fraction of [0.3, 0.7, 0.95]) {
      const { work, path } = await sessionFolder(`copy-${fraction}`, old);
      const child = startCli(['fix', path]);
      const done = finished(child);
      const timer = setTimeout(() => child.kill('SIGKILL'), fraction * fullRunMs);
      await done;
      clearTimeout(timer);
      expect((await readFile(path)).equals(old)).toBe(true);
      const names = await readdir(work);
      if (names.includes('rollout.jsonl.fixed')) expect((await readFile(`${path}.fixed`)).equals(repaired)).toBe(true);
      await rm(work, { recursive: true });
    }
  });
});
