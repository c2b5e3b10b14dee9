/**
 * The CLI on damaged and hostile files: check and fix terminate, exit 0/1/2 as documented (check: 1 when an
 * error is found; fix: 1 when an error remains after the repair), print nothing but their report (no stack
 * trace), and report each file exactly as the library does.
 */
import fc from 'fast-check';
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkStream } from '../../src/checking/check-source.js';
import { damagedBytes, damagedCaseArb, specialInputs } from './support/damage.js';
import { ensureBuilt, expectCleanStderr, finished, reportFiles, runCli, startCli, type JsonFile } from './support/cli.js';
import { fuzzTimeout, LONG_RUN, processRuns, REPLAY_SEED } from './support/fuzz-config.js';
import { fixToMemory } from './support/laws.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('cli-fuzz');

/** One entry per line: the library gives a run of identical findings (endLine) as one diagnostic, JSON lists each line. */
const brief = (diagnostics: readonly { rule: string; line: number; endLine?: number; severity: string; fixable: boolean }[]) =>
  diagnostics.flatMap((d) => Array.from({ length: (d.endLine ?? d.line) - d.line + 1 }, (_, index) => `${d.line + index}:${d.rule}:${d.severity}:${d.fixable}`));
const hasError = (file: JsonFile) => file.diagnostics.some((d) => d.severity === 'error');

/** Fixed in npm test, random in long runs; in the test names, for replay with SESSION_DOCTOR_FUZZ_SEED. */
const seed = REPLAY_SEED ?? (LONG_RUN ? Date.now() % 1_000_000 : 20_261_125);
const inputs = new Map<string, Buffer>();
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = join(folder(), 'inputs');
  await mkdir(dir);
  fc.sample(damagedCaseArb, { numRuns: processRuns(40), seed }).forEach((testCase, index) => {
    inputs.set(join(dir, `damaged-${String(index).padStart(3, '0')}.jsonl`), damagedBytes(testCase));
  });
  specialInputs().forEach(({ bytes }, index) => inputs.set(join(dir, `special-${String(index).padStart(2, '0')}.jsonl`), bytes));
  for (const [path, bytes] of inputs) {
    await writeFile(path, bytes);
    await utimes(path, new Date(0), new Date(0));
  }
});

describe(`the CLI on damaged and hostile files (damage seed ${seed})`, () => {
  it('check: one report per file, as the library gives it; exit 1 exactly when an error is found', async () => {
    const run = await runCli(['check', '-f', 'json', dir]);
    expectCleanStderr(run.stderr);
    const files = reportFiles(run);
    expect(files.map((f) => f.path).sort()).toEqual([...inputs.keys()].sort());
    for (const file of files) {
      expect(file.error, file.path).toBeUndefined();
      const alone = await checkStream(inputs.get(file.path)!, { path: file.path });
      expect(brief(file.diagnostics), file.path).toEqual(brief(alone.diagnostics));
    }
    expect(run.code).toBe(files.some(hasError) ? 1 : 0);
  }, fuzzTimeout());

  it('check, one file at a time in the default format: exit 0 or 1 as its errors say, and only the report on stdout', async () => {
    const sample = [...inputs.keys()].filter((_, index) => index % 12 === 0);
    for (const path of sample) {
      const alone = await checkStream(inputs.get(path)!, { path });
      const run = await runCli(['check', path]);
      expect(expectCleanStderr(run.stderr), path).toEqual([]);
      expect(run.code, path).toBe(alone.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
      if (alone.diagnostics.length > 0) expect(run.stdout.toString()).toContain(path);
    }
  }, fuzzTimeout());

  it('fix: the exact repaired bytes of each file, the originals untouched; exit 1 exactly when an error remains', async () => {
    const run = await runCli(['fix', '-f', 'json', dir]);
    expectCleanStderr(run.stderr);
    const scratch = join(folder(), 'scratch');
    await mkdir(scratch, { recursive: true });
    const files = reportFiles(run);
    expect(files).toHaveLength(inputs.size);
    for (const file of files) {
      const original = inputs.get(file.path)!;
      const alone = await fixToMemory(scratch, original);
      expect(file.repairs?.map((r) => `${r.line}:${r.rule}`), file.path).toEqual(alone.report.repairs.map((r) => `${r.line}:${r.rule}`));
      expect(brief(file.diagnostics), file.path).toEqual(brief(alone.report.diagnostics));
      if (alone.report.repairs.length > 0) expect((await readFile(`${file.path}.fixed`)).equals(alone.output), file.path).toBe(true);
      expect((await readFile(file.path)).equals(original)).toBe(true);
    }
    expect(run.code).toBe(files.some(hasError) ? 1 : 0);
  }, fuzzTimeout());

  it('a reader that closes the pipe early (check | head -c 100): the CLI ends quietly, no stack trace', async () => {
    const child = startCli(['check', dir]);
    const done = finished(child);
    child.stdin!.end();
    child.stdout!.once('data', () => child.stdout!.destroy());
    const run = await done;
    expect(run.signal).toBeNull();
    expect(expectCleanStderr(run.stderr)).toEqual([]);
  });

  it('fix - on stdin: the repaired bytes on stdout, the report on stderr', async () => {
    const sample = [...inputs.entries()].filter((_, index) => index % 14 === 3);
    for (const [path, bytes] of sample) {
      const alone = await fixToMemory(join(folder(), 'scratch'), bytes);
      const run = await runCli(['fix', '-f', 'json', '-'], { input: bytes });
      expect(run.stdout.equals(alone.output), path).toBe(true);
      const report = JSON.parse(run.stderr) as { files: JsonFile[] };
      expect(report.files[0]!.path).toBe('-');
      expect(run.code, path).toBe(report.files.some(hasError) ? 1 : 0);
    }
  }, fuzzTimeout());
});
