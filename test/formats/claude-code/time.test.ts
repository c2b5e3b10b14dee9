import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTime } from '../../../src/formats/claude-code/time.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Timestamps shaped as toISOString writes them, with every field free over its digits (day 00-39, hour 00-29, …). */
const isoShaped = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }), fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 69 }), fc.integer({ min: 0, max: 69 }), fc.integer({ min: 0, max: 999 }))
  .map(([y, mo, d, h, mi, s, ms]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`);
/** What toISOString writes for any time from year 0 to 9999. */
const written = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }).map((ms) => new Date(ms).toISOString());
/** One character of a written timestamp changed. */
const mutated = fc.tuple(written, fc.nat(23), fc.constantFrom(...'0123456789-:.TZtz +x')).map(([text, at, c]) => text.slice(0, at) + c + text.slice(at + 1));

describe('parseTime', () => {
  it('is Date.parse, on written timestamps, every field combination of their shape, and near misses', () => {
    fc.assert(
      fc.property(fc.oneof(written, isoShaped, mutated, fc.string({ maxLength: 30 })), (text) => {
        expect(Object.is(parseTime(text), Date.parse(text))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('runs a day past the month into the next, and leaves hour 24 to Date.parse', () => {
    for (const text of ['2026-02-30T00:00:00.000Z', '2024-02-29T12:00:00.000Z', '2026-04-31T23:59:59.999Z', '2026-01-01T24:00:00.000Z', '2026-01-01T24:00:00.001Z', '1969-12-31T23:59:59.999Z', '0000-03-01T00:00:00.000Z', '0099-01-01T00:00:00.000Z']) {
      expect(parseTime(text)).toBe(Date.parse(text));
    }
    expect(parseTime('2026-02-30T00:00:00.000Z')).toBe(Date.parse('2026-03-02T00:00:00.000Z'));
  });
});
