/**
 * A crash tears a file at any byte. For every offset in the last lines of real-shaped sessions, fix obeys
 * its laws with either strategy, and check reports the torn tail as such.
 */
import { describe, expect, it } from 'vitest';
import { checkStream } from '../../src/checking/check-source.js';
import { splitKeepingEnds } from './support/damage.js';
import { fuzzTimeout, LONG_RUN } from './support/fuzz-config.js';
import { assertRepairLaws } from './support/laws.js';
import { crashTailSeed, SEEDS } from './support/seeds.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('truncation');

/** Offsets from the start of the last `count` lines to the end of the file. */
function tailOffsets(bytes: Buffer, count: number): number[] {
  const lines = splitKeepingEnds(bytes);
  const start = bytes.length - lines.slice(-count).reduce((sum, line) => sum + line.length, 0);
  return Array.from({ length: bytes.length - start + 1 }, (_, index) => start + index);
}

describe('truncation at every offset of the last lines', () => {
  const session = crashTailSeed();

  // The last two lines by default (the record being written and the one before); three in long runs.
  const depth = LONG_RUN ? 3 : 2;

  it('fix obeys its laws at every offset of the last lines (placeholder strategy)', async () => {
    for (const offset of tailOffsets(session, depth)) {
      const torn = session.subarray(0, offset);
      const { report, recheck } = await assertRepairLaws(folder(), torn);
      // What a tear leaves is repaired: no error remains but the unanswered call's, which got its placeholder.
      expect(recheck.diagnostics.filter((d) => d.severity === 'error'), `offset ${offset}`).toEqual([]);
      if (torn[torn.length - 1] !== 0x0a) {
        const ending = report.repairs.filter((r) => r.rule === 'torn-final-line' || r.rule === 'missing-final-newline');
        expect(ending, `offset ${offset}: the cut last line is dropped or ended`).toHaveLength(1);
      }
    }
  }, fuzzTimeout());

  it('fix obeys its laws at every offset of the last lines (truncate strategy)', async () => {
    const offsets = tailOffsets(session, depth);
    for (const offset of LONG_RUN ? offsets : offsets.filter((_, index) => index % 3 === 0)) {
      await assertRepairLaws(folder(), session.subarray(0, offset), { strategy: 'truncate' });
    }
  }, fuzzTimeout());

  it('check reports a torn final line at every offset inside the last line, and never throws', async () => {
    for (const seed of SEEDS) {
      const lines = splitKeepingEnds(seed.bytes);
      const lastStart = seed.bytes.length - lines[lines.length - 1]!.length;
      for (const offset of tailOffsets(seed.bytes, LONG_RUN ? 3 : 1)) {
        const report = await checkStream(seed.bytes.subarray(0, offset));
        const tornInLastLine = offset > lastStart && offset < seed.bytes.length - 1;
        // A cut inside the last record's JSON leaves a torn line (a cut right after a closing brace may not).
        if (tornInLastLine && !seed.bytes.subarray(lastStart, offset).toString().trimEnd().endsWith('}')) {
          expect(report.diagnostics.map((d) => d.rule), `${seed.name} cut at ${offset}`).toContain('torn-final-line');
        }
      }
    }
  }, fuzzTimeout());
});
