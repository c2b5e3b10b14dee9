/**
 * Property: check terminates and throws nothing on any bytes, and its report does not depend on how the
 * bytes arrive (one buffer, 1-byte chunks, random chunks that split lines, CRLFs and UTF-8 sequences).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStream, type FileReport } from '../../src/checking/check-source.js';
import { damagedBytes, damagedCaseArb, specialInputs, splitKeepingEnds } from './support/damage.js';
import { fcParams, fuzzRuns, fuzzTimeout } from './support/fuzz-config.js';
import { SEEDS } from './support/seeds.js';

async function* inChunks(bytes: Buffer, cuts: readonly number[]): AsyncIterable<Buffer> {
  let start = 0;
  for (const cut of [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b)) {
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

/** What a report says, for comparing two runs. */
const essence = (report: FileReport) => JSON.stringify({ ...report, path: undefined });

function assertSane(report: FileReport, bytes: Buffer): void {
  expect(report.lines).toBe(splitKeepingEnds(bytes).length);
  expect(report.records).toBeLessThanOrEqual(report.lines);
  for (const diagnostic of report.diagnostics) {
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.line).toBeLessThanOrEqual(Math.max(1, report.lines));
    // One line, and nothing that drives a terminal: text quoted from the file is escaped.
    expect(diagnostic.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(['error', 'warning', 'info']).toContain(diagnostic.severity);
  }
}

const inputArb = fc.oneof(
  { weight: 6, arbitrary: damagedCaseArb.map((testCase) => damagedBytes(testCase)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 512 }).map((text) => Buffer.from(text)) },
);

describe('check survives any bytes', () => {
  it('random damage and random bytes: no throw, sane report, same report whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, fc.array(fc.nat(), { maxLength: 12 }), async (bytes, cuts) => {
        const whole = await checkStream(bytes);
        assertSane(whole, bytes);
        const chunked = await checkStream(inChunks(bytes, cuts));
        expect(essence(chunked)).toBe(essence(whole));
      }),
      fcParams(fuzzRuns(400)),
    );
  }, fuzzTimeout());

  it('byte by byte, every seed gives the report it gives in one piece', async () => {
    for (const seed of SEEDS.slice(0, 4)) {
      const bytes = seed.bytes.subarray(0, 6000);
      const cuts = Array.from({ length: bytes.length }, (_, index) => index);
      expect(essence(await checkStream(inChunks(bytes, cuts)))).toBe(essence(await checkStream(bytes)));
    }
  });

  it.each(specialInputs().map((input) => [input.name, input.bytes] as const))('%s', async (_name, bytes) => {
    const report = await checkStream(bytes);
    assertSane(report, bytes);
    // Whatever it is, it is not a clean session: something is reported, or it is a valid one.
    if (report.records === 0) expect(report.diagnostics.map((d) => d.rule)).toContain('empty-file');
  });

  it('a JSON array instead of JSONL is reported, never taken for a session', async () => {
    const array = specialInputs().find((input) => input.name === 'a JSON array on one line')!;
    const report = await checkStream(array.bytes);
    expect(report.records).toBe(0);
    expect(report.diagnostics.map((d) => d.rule).sort()).toEqual(['empty-file', 'malformed-line']);
  });

  it('a binary file is reported line by line, with no record found', async () => {
    const binary = specialInputs().find((input) => input.name === 'binary: every byte value')!;
    const report = await checkStream(binary.bytes);
    expect(report.records).toBe(0);
    expect(report.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
