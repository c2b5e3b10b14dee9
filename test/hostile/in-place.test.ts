/**
 * Property: `fix --in-place` writes exactly what a copy would get, keeps the original bytes as the backup,
 * keeps the file's mode, leaves no temp file behind, and a second run changes nothing and backs up nothing.
 */
import fc from 'fast-check';
import { chmod, mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixFile } from '../../src/repairing/fix-file.js';
import { damagedBytes, damagedCaseArb } from './support/damage.js';
import { fcParams, fuzzRuns, fuzzTimeout } from './support/fuzz-config.js';
import { fixToMemory } from './support/laws.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('in-place');
const HOUR_AGO = () => new Date(Date.now() - 3_600_000);

describe('fix --in-place', () => {
  it('replaces the file with the repaired bytes and keeps the original as the backup', async () => {
    let caseNumber = 0;
    await fc.assert(
      fc.asyncProperty(damagedCaseArb, fc.constantFrom(0o600, 0o640, 0o644), async (testCase, mode) => {
        const bytes = damagedBytes(testCase);
        const work = join(folder(), `case-${(caseNumber += 1)}`);
        await mkdir(work);
        const expected = (await fixToMemory(work, bytes)).output;
        await rm(join(work, 'session.jsonl'));

        const path = join(work, 'rollout.jsonl');
        await writeFile(path, bytes);
        await chmod(path, mode);
        await utimes(path, HOUR_AGO(), HOUR_AGO());
        const report = await fixFile(path, { inPlace: true });

        expect((await readFile(path)).equals(expected), 'the file holds what a copy would').toBe(true);
        if (report.repairs.length > 0) {
          expect(report.written).toBe(path);
          expect(report.backup).toBe(`${path}.bak`);
          expect((await readFile(`${path}.bak`)).equals(bytes), 'the backup holds the original bytes').toBe(true);
          expect((await stat(path)).mode & 0o777).toBe(mode);
        } else {
          expect(report.written).toBeUndefined();
          expect(report.backup).toBeUndefined();
        }
        expect((await readdir(work)).filter((name) => name.endsWith('.tmp')), 'no temp file is left').toEqual([]);

        await utimes(path, HOUR_AGO(), HOUR_AGO());
        const second = await fixFile(path, { inPlace: true });
        expect(second.repairs).toEqual([]);
        expect(second.backup).toBeUndefined();
        expect((await readFile(path)).equals(expected), 'a second run changes nothing').toBe(true);
        expect((await readdir(work)).sort()).toEqual(report.backup ? ['rollout.jsonl', 'rollout.jsonl.bak'] : ['rollout.jsonl']);
        await rm(work, { recursive: true });
      }),
      fcParams(fuzzRuns(40)),
    );
  }, fuzzTimeout());

  it('never overwrites an earlier backup: the next one is .bak.1, then .bak.2', async () => {
    const path = join(folder(), 'three-runs.jsonl');
    const originals: Buffer[] = [];
    for (let run = 0; run < 3; run += 1) {
      const bytes = Buffer.from(`{"type":"message","role":"user","content":[]}\n\n${'x'.repeat(run)}\n`);
      originals.push(bytes);
      await writeFile(path, bytes);
      await utimes(path, HOUR_AGO(), HOUR_AGO());
      const report = await fixFile(path, { inPlace: true });
      expect(report.backup).toBe(run === 0 ? `${path}.bak` : `${path}.bak.${run}`);
    }
    expect(await readFile(`${path}.bak`)).toEqual(originals[0]);
    expect(await readFile(`${path}.bak.1`)).toEqual(originals[1]);
    expect(await readFile(`${path}.bak.2`)).toEqual(originals[2]);
  });
});
