/**
 * A million problems in one file: memory stays bounded (the 100 MiB target, plus the report itself when it
 * is written to a file), and the report is complete. Identical findings on consecutive lines are held as one
 * run; a million distinct ones, and their repairs, go to temp files in sorted batches; every report is
 * written as it is made. The CLI runs with V8's default heap limit (and the heap flags the CLI sets itself):
 * peak RSS is read from the CLI process itself at exit (a preloaded hook prints its VmHWM). Garbage is
 * collected when allocation reaches V8's limits, not on a clock, so nothing here depends on time or load.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { REPO_ROOT } from './support/seeds.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('many-problems');
const MIB = 1024 * 1024;
const PROBLEMS = 1_000_000;

/**
 * Prints the CLI's peak RSS (bytes) at exit. VmHWM is the peak of the process's own address space: getrusage's
 * maxRSS would also count the test process it was forked from (Linux keeps it across exec), which holds the
 * million-line reports of the earlier tests.
 */
const PEAK_RSS_HOOK = `import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const peak = () => {
  const hwm = /^VmHWM:\\s+(\\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return hwm ? Number(hwm[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
};
if (isMainThread) process.on('exit', () => process.stderr.write(\`peak-rss=\${peak()}\\n\`));
`;

/** Runs the CLI with a hook that prints its peak RSS (bytes) on stderr as it exits. */
async function measured(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; peak: number }> {
  const hook = join(folder(), 'peak-rss.mjs');
  await writeFile(hook, PEAK_RSS_HOOK);
  const run = await runCli(args, { cwd: folder(), env: { NODE_OPTIONS: `--import=${hook}` }, timeoutMs: 600_000 });
  const peak = Number(/peak-rss=(\d+)/.exec(run.stderr)?.[1]);
  expect(peak, run.stderr).toBeGreaterThan(0);
  return { code: run.code, stdout: run.stdout.toString(), stderr: run.stderr, peak };
}

/**
 * How often each of `needles` occurs in the file, read in chunks (a report of up to a gigabyte is read as
 * bytes: splitting it into millions of line strings took most of this file's run time).
 */
async function occurrences(path: string, needles: readonly string[]): Promise<number[]> {
  const patterns = needles.map((needle) => Buffer.from(needle));
  const overlap = Math.max(...patterns.map((pattern) => pattern.length)) - 1;
  const counts = patterns.map(() => 0);
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(path)) {
    const window = Buffer.concat([carry, chunk as Buffer]);
    patterns.forEach((pattern, index) => {
      // A match that ends inside the carried tail was counted with the previous chunk.
      for (let at = window.indexOf(pattern); at !== -1; at = window.indexOf(pattern, at + 1)) if (at + pattern.length > carry.length) counts[index]! += 1;
    });
    carry = window.subarray(Math.max(0, window.length - overlap));
  }
  return counts;
}

describe('a million problems in one file', () => {
  it('check: one stylish row for a million blank lines, JSON listing every line', async () => {
    const path = join(folder(), 'blank.jsonl');
    await writeFile(path, '\n'.repeat(PROBLEMS));
    const stylish = await measured(['check', 'blank.jsonl']);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain(`  1-${PROBLEMS}  info     Blank line. (${PROBLEMS} lines)  blank-line\n`);
    expect(stylish.peak).toBeLessThan(100 * MIB);

    const json = await measured(['check', '-f', 'json', '-o', 'report.json', 'blank.jsonl']);
    const reportBytes = (await stat(join(folder(), 'report.json'))).size;
    expect(json.peak).toBeLessThan(100 * MIB + reportBytes);
    expect(await occurrences(join(folder(), 'report.json'), ['"rule": "blank-line"'])).toEqual([PROBLEMS]);
  }, 600_000);

  it('check: 30 MB of blank lines (31,457,280 of them) are one stylish row, in bounded memory', async () => {
    // The size a user's file exhausted memory at (after 165 s): a run of findings costs one entry, however long.
    const lines = 30 << 20;
    await writeFile(join(folder(), 'blank-30mb.jsonl'), '\n'.repeat(lines));
    const run = await measured(['check', 'blank-30mb.jsonl']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`  1-${lines}  info     Blank line. (${lines} lines)  blank-line\n`);
    expect(run.stdout).toContain(`✖ ${lines + 1} problems (0 errors, 1 warning, ${lines} infos) in 1 of 1 file.\n`);
    expect(run.peak).toBeLessThan(100 * MIB);
  }, 600_000);

  it('check: a million distinct problems (none a run of another), every one in the stylish and SARIF reports', async () => {
    // Each line is its own problem: JSON.parse quotes the line in its message.
    const path = join(folder(), 'distinct.jsonl');
    await writeFile(path, Array.from({ length: PROBLEMS }, (_, index) => `oops ${index + 1}\n`).join(''));
    const row = (line: number) => `  ${String(line).padStart(7)}  error    Line is not a JSON object: invalid JSON (Unexpected token 'o', "oops ${line}" is not valid JSON).  malformed-line\n`;

    const stylish = await measured(['check', 'distinct.jsonl']);
    expect(stylish.code, stylish.stderr).toBe(1);
    expect(stylish.stdout.startsWith(`distinct.jsonl\n${row(1)}        1  warning  The file holds no record.  empty-file\n${row(2)}`)).toBe(true);
    expect(stylish.stdout.endsWith(`${row(PROBLEMS)}\n✖ ${PROBLEMS + 1} problems (${PROBLEMS} errors, 1 warning) in 1 of 1 file.\n  ${PROBLEMS} fixable with \`session-doctor fix\`.\n`)).toBe(true);
    expect(stylish.stdout.split('\n').filter((line) => line.includes('malformed-line')).length).toBe(PROBLEMS);
    expect(stylish.peak).toBeLessThan(100 * MIB);

    const sarif = await measured(['check', '-f', 'sarif', '-o', 'report.sarif', 'distinct.jsonl']);
    expect(sarif.code, sarif.stderr).toBe(1);
    const reportBytes = (await stat(join(folder(), 'report.sarif')).then((stats) => stats.size));
    expect(sarif.peak).toBeLessThan(100 * MIB + reportBytes);
    expect(await occurrences(join(folder(), 'report.sarif'), ['\n          "ruleId": "malformed-line",\n', '"sessionDoctor/v1": "'])).toEqual([PROBLEMS, PROBLEMS + 1]);
  }, 600_000);

  it('check of many files: the problems a worker thread wrote to temp files reach the report, as when the file is checked alone', async () => {
    const tree = join(folder(), 'tree');
    await mkdir(tree);
    // Files are handed out in order: the first goes to a worker, and its 20,000 problems are more than it keeps in memory.
    await writeFile(join(tree, 'a-broken.jsonl'), Array.from({ length: 20_000 }, (_, index) => `oops ${index + 1}\n`).join(''));
    for (let index = 0; index < 16; index += 1) await writeFile(join(tree, `b${index}.jsonl`), '\n');
    const many = await runCli(['check', '-f', 'json', '--no-config', '--jobs', '2', 'tree'], { cwd: folder(), timeoutMs: 600_000 });
    const alone = await runCli(['check', '-f', 'json', '--no-config', join('tree', 'a-broken.jsonl')], { cwd: folder(), timeoutMs: 600_000 });
    const files = (run: { stdout: Buffer }) => (JSON.parse(run.stdout.toString()) as { files: { path: string; diagnostics: unknown[] }[] }).files;
    const broken = files(many).find((file) => file.path.endsWith('a-broken.jsonl'))!;
    expect(broken.diagnostics).toHaveLength(20_001);
    expect(broken).toEqual(files(alone)[0]);
    expect(files(many)).toHaveLength(17);
  }, 600_000);

  it('fix: a million distinct problems repaired, every repair in the report, the repaired file exact', async () => {
    // A healthy rollout with a broken line after each of its records, and the rest of a million broken lines at
    // the end: each in its own words (no run of another), each removed on its own.
    const healthy = await readFile(join(REPO_ROOT, 'samples', 'healthy.jsonl'), 'utf8');
    const records = healthy.split('\n').slice(0, -1);
    await writeFile(join(folder(), 'distinct-fix.jsonl'), Array.from({ length: PROBLEMS }, (_, index) => `${records[index] === undefined ? '' : `${records[index]}\n`}oops ${index + 1}\n`).join(''));
    const run = await measured(['fix', '--copy-to', 'distinct-fixed.jsonl', '-f', 'compact', '-o', 'fix-report.txt', 'distinct-fix.jsonl']);
    expect(run.code, run.stderr).toBe(0);
    const reportBytes = (await stat(join(folder(), 'fix-report.txt'))).size;
    expect(run.peak).toBeLessThan(100 * MIB + reportBytes);
    expect(await readFile(join(folder(), 'distinct-fixed.jsonl'), 'utf8')).toBe(healthy);
    const removed = (line: number) => `distinct-fix.jsonl:${line}:1: fixed malformed-line removed the malformed line at line ${line}\n`;
    const last = PROBLEMS + records.length;
    expect(await occurrences(join(folder(), 'fix-report.txt'), [' fixed malformed-line ', removed(2), removed(4), removed(last), ' error ', ' warning '])).toEqual([PROBLEMS, 1, 1, 1, 0, 0]);
  }, 600_000);

  it('fix: a million blank lines removed by one edit', async () => {
    const path = join(folder(), 'blank-fix.jsonl');
    await writeFile(path, '\n'.repeat(PROBLEMS));
    const run = await measured(['fix', '--copy-to', 'out.jsonl', 'blank-fix.jsonl']);
    expect(run.stdout).toContain(`✔ Repaired ${PROBLEMS} problems.`);
    expect((await stat(join(folder(), 'out.jsonl'))).size).toBe(0);
    expect(run.peak).toBeLessThan(100 * MIB);
  }, 600_000);
});
