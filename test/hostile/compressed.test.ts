/**
 * Codex's compressed cold rollouts (.jsonl.zst), damaged: a flipped bit, a cut, inserted bytes in the
 * compressed stream. check and fix give a report or an InputError naming the file, never anything else,
 * and a valid .zst of a damaged session is repaired exactly as its plain bytes are.
 */
import fc from 'fast-check';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/checking/check-source.js';
import { InputError } from '../../src/reading/input-error.js';
import { fixFile } from '../../src/repairing/fix-file.js';
import { applyDamage, damageArb, damagedBytes, damagedCaseArb } from './support/damage.js';
import { fcParams, fuzzRuns, fuzzTimeout } from './support/fuzz-config.js';
import { Collector, fixToMemory } from './support/laws.js';
import { REPO_ROOT, SEEDS } from './support/seeds.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('zst');
const zstd = spawnSync('zstd', ['--version']).status === 0;
const compress = (bytes: Buffer) => execFileSync('zstd', ['-q', '-c', '-3'], { input: bytes, maxBuffer: 1 << 28 });
const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'crashed-mid-tool.jsonl.zst');

/** check and fix on a .zst file: a report, or an InputError that names it. */
async function survives(compressed: Buffer): Promise<'report' | 'input-error'> {
  const path = join(folder(), 'rollout.jsonl.zst');
  await rm(path, { force: true });
  await writeFile(path, compressed);
  const outcomes: ('report' | 'input-error')[] = [];
  for (const run of [() => checkFile(path), () => fixFile(path, { output: new Collector() })]) {
    try {
      await run();
      outcomes.push('report');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      expect(error.path).toBe(path);
      expect(error.message).not.toMatch(/\n/);
      outcomes.push('input-error');
    }
  }
  expect(outcomes[0], 'check and fix agree on whether the file can be read').toBe(outcomes[1]);
  return outcomes[0]!;
}

describe('damaged .jsonl.zst files', () => {
  const compressedSeeds: Buffer[] = [readFileSync(FIXTURE), ...(zstd ? SEEDS.slice(0, 4).map((seed) => compress(seed.bytes)) : [])];

  it('damage to the compressed bytes: a report or an InputError, never a crash or a hang', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(damageArb, { minLength: 1, maxLength: 3 }), async (seed, damages) => {
        let bytes: Buffer = compressedSeeds[seed % compressedSeeds.length]!;
        for (const damage of damages) bytes = applyDamage(bytes, damage);
        await survives(bytes);
      }),
      fcParams(fuzzRuns(150)),
    );
  }, fuzzTimeout());

  it('a cut at every offset of a compressed file is an InputError or a report of what was there', async () => {
    const compressed = compressedSeeds[0]!;
    const seen = new Set<string>();
    for (let cut = 0; cut <= compressed.length; cut += 1) seen.add(await survives(compressed.subarray(0, cut)));
    expect(seen).toEqual(new Set(['report', 'input-error']));
  });

  it('a frame on which the zstd decoder never ends (found by fuzzing) is an InputError, not a hang', async () => {
    const stalling = readFileSync(join(REPO_ROOT, 'test', 'hostile', 'fixtures', 'fzstd-stalls.jsonl.zst'));
    process.env.SESSION_DOCTOR_ZSTD_STALL_MS = '500';
    try {
      expect(await survives(stalling)).toBe('input-error');
      await expect(checkFile(join(folder(), 'rollout.jsonl.zst'))).rejects.toThrow(/not a valid zstd file \(the decoder stopped making progress\)/);
    } finally {
      delete process.env.SESSION_DOCTOR_ZSTD_STALL_MS;
    }
  });

  it.skipIf(!zstd)(`a valid .zst of a damaged session is repaired exactly as its plain bytes${zstd ? '' : ' — SKIPPED: no zstd command to make .zst files'}`, async () => {
    await fc.assert(
      fc.asyncProperty(damagedCaseArb, async (testCase) => {
        const plain = damagedBytes(testCase);
        const path = join(folder(), 'valid.jsonl.zst');
        const zstBytes = compress(plain);
        await writeFile(path, zstBytes);
        const sink = new Collector();
        const report = await fixFile(path, { output: sink });
        const expected = await fixToMemory(folder(), plain);
        expect(sink.bytes().equals(expected.output)).toBe(true);
        expect(report.repairs.map((r) => `${r.line}:${r.rule}`)).toEqual(expected.report.repairs.map((r) => `${r.line}:${r.rule}`));
        // In place, the repaired plain rollout goes beside the .zst, which stays as it was.
        const plainPath = join(folder(), 'valid.jsonl');
        await rm(plainPath, { force: true });
        const inPlace = await fixFile(path, { inPlace: true, force: true });
        if (expected.report.repairs.length > 0) {
          expect(inPlace).toMatchObject({ written: plainPath, backup: path });
          expect(readFileSync(plainPath).equals(expected.output)).toBe(true);
        } else {
          expect(inPlace.written).toBeUndefined();
        }
        expect(readFileSync(path).equals(zstBytes)).toBe(true);
      }),
      fcParams(fuzzRuns(40)),
    );
  }, fuzzTimeout());
});
