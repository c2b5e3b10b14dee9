/**
 * Many files in one run: an unreadable file among many is reported (exit 2) while every other file is
 * still checked (or repaired) and reported exactly as it would be alone.
 */
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkStream } from '../../src/checking/check-source.js';
import { damagedBytes, damagedCaseArb } from './support/damage.js';
import { ensureBuilt, expectCleanStderr, reportFiles, runCli } from './support/cli.js';
import { fixToMemory } from './support/laws.js';
import { IS_ROOT, NOBODY, unprivileged } from './support/privileges.js';
import { SEEDS } from './support/seeds.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('many');
const nobody = unprivileged();

/** One entry per line: the library gives a run of identical findings (endLine) as one diagnostic, JSON lists each line. */
const brief = (diagnostics: readonly { rule: string; line: number; endLine?: number; severity: string }[]) =>
  diagnostics.flatMap((d) => Array.from({ length: (d.endLine ?? d.line) - d.line + 1 }, (_, index) => `${d.line + index}:${d.rule}:${d.severity}`));

let dir: string;
const contents = new Map<string, Buffer>();
const unreadable = new Map<string, string>();

beforeAll(async () => {
  ensureBuilt();
  dir = join(folder(), 'sessions');
  await mkdir(join(dir, 'nested'), { recursive: true });
  const cases = fc.sample(damagedCaseArb, { numRuns: 24, seed: 7 });
  for (const [index, testCase] of cases.entries()) {
    const path = join(dir, index % 3 === 0 ? 'nested' : '', `s-${String(index).padStart(2, '0')}.jsonl`);
    contents.set(path, index % 4 === 1 ? SEEDS[index % SEEDS.length]!.bytes : damagedBytes(testCase));
  }
  for (const [path, bytes] of contents) {
    await writeFile(path, bytes);
    await utimes(path, new Date(0), new Date(0));
  }
  // Unreadable whoever runs the tests: a dangling link, a link to a FIFO, a link loop.
  await symlink(join(dir, 'gone.jsonl'), join(dir, 's-05a-dangling.jsonl'));
  unreadable.set(join(dir, 's-05a-dangling.jsonl'), 'no such file or folder');
  execFileSync('mkfifo', [join(folder(), 'pipe')]);
  await symlink(join(folder(), 'pipe'), join(dir, 's-11a-fifo.jsonl'));
  unreadable.set(join(dir, 's-11a-fifo.jsonl'), 'not a regular file (FIFOs and devices are not read; use - for stdin)');
  // And, when the OS can say no to us, a file without read permission.
  if (nobody.ok) {
    const locked = join(dir, 's-17a-locked.jsonl');
    await writeFile(locked, SEEDS[0]!.bytes);
    await chmod(locked, 0o000);
    unreadable.set(locked, 'permission denied');
    // Everything else belongs to nobody, who runs the CLI.
    if (IS_ROOT) execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, folder()]);
  }
});

const as = () => (nobody.ok ? nobody.wrapper : []);

describe('one unreadable file among many', () => {
  it(`check reports it, exit 2, and reports every other file as it would alone${nobody.ok ? '' : ` (no permission case: ${nobody.why})`}`, async () => {
    const run = await runCli(['check', '-f', 'json', dir], { wrapper: as() });
    expectCleanStderr(run.stderr);
    expect(run.code).toBe(2);
    const reported = reportFiles(run);
    expect(reported.map((f) => f.path).sort()).toEqual([...contents.keys(), ...unreadable.keys()].sort());
    for (const file of reported) {
      const error = unreadable.get(file.path);
      if (error !== undefined) {
        expect(file.error, file.path).toBe(error);
        continue;
      }
      const alone = await checkStream(contents.get(file.path)!, { path: file.path });
      expect(brief(file.diagnostics), file.path).toEqual(brief(alone.diagnostics));
    }
  });

  it('the same with the files named one by one, in the order given, a missing one in the middle', async () => {
    const paths = [...contents.keys()].slice(0, 6);
    paths.splice(3, 0, join(dir, 'missing.jsonl'));
    const run = await runCli(['check', '-f', 'json', ...paths], { wrapper: as() });
    expect(run.code).toBe(2);
    expect(reportFiles(run).map((f) => [f.path, f.error ?? 'read'])).toEqual(paths.map((path) => [path, path.endsWith('missing.jsonl') ? 'no such file or folder' : 'read']));
  });

  it('fix repairs every readable file (exact bytes), reports the unreadable one, exit 2', async () => {
    const run = await runCli(['fix', '-f', 'json', dir], { wrapper: as() });
    expectCleanStderr(run.stderr);
    expect(run.code).toBe(2);
    const scratch = join(folder(), 'scratch');
    await mkdir(scratch, { recursive: true });
    for (const file of reportFiles(run)) {
      if (unreadable.has(file.path)) {
        expect(file.error).toBe(unreadable.get(file.path));
        continue;
      }
      const alone = await fixToMemory(scratch, contents.get(file.path)!);
      expect(file.repairs?.map((r) => `${r.line}:${r.rule}`), file.path).toEqual(alone.report.repairs.map((r) => `${r.line}:${r.rule}`));
      if (alone.report.repairs.length > 0) {
        expect(file.written).toBe(`${file.path}.fixed`);
        expect((await readFile(`${file.path}.fixed`)).equals(alone.output), `${file.path}.fixed`).toBe(true);
      } else {
        expect(file.written).toBeUndefined();
      }
      expect((await readFile(file.path)).equals(contents.get(file.path)!), 'the original is untouched').toBe(true);
    }
    // A second scan does not pick up the copies (.fixed) as sessions.
    const again = await runCli(['check', '-f', 'json', dir], { wrapper: as() });
    expect(reportFiles(again)).toHaveLength(contents.size + unreadable.size);
    expect((await readdir(dir)).some((name) => name.endsWith('.tmp'))).toBe(false);
  });
});
