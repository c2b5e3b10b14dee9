/**
 * A million problems in one file: memory stays bounded (the 100 MiB target, plus the report itself when it
 * is written to a file), and the report is complete. Identical findings on consecutive lines are held as one
 * run; the JSON report is written as it is made. Peak RSS is read from the CLI process itself at exit (a
 * preloaded hook prints process.resourceUsage().maxRSS), so nothing here depends on time or load.
 */
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('many-problems');
const MIB = 1024 * 1024;
const PROBLEMS = 1_000_000;

/** Runs the CLI with a hook that prints its peak RSS (bytes) on stderr as it exits. */
async function measured(args: string[]): Promise<{ code: number | null; stdout: string; peak: number }> {
  const hook = join(folder(), 'peak-rss.mjs');
  await writeFile(hook, "import { isMainThread } from 'node:worker_threads';\nif (isMainThread) process.on('exit', () => process.stderr.write(`peak-rss=${process.resourceUsage().maxRSS * 1024}\\n`));\n");
  const run = await runCli(args, { cwd: folder(), env: { NODE_OPTIONS: `--import=${hook}` }, timeoutMs: 600_000 });
  const peak = Number(/peak-rss=(\d+)/.exec(run.stderr)?.[1]);
  expect(peak, run.stderr).toBeGreaterThan(0);
  return { code: run.code, stdout: run.stdout.toString(), peak };
}

describe('a million problems in one file', () => {
  it('check: one stylish row for a million blank lines, JSON listing every line, memory bounded', async () => {
    const path = join(folder(), 'blank.jsonl');
    await writeFile(path, '\n'.repeat(PROBLEMS));
    const stylish = await measured(['check', 'blank.jsonl']);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain(`  1-${PROBLEMS}  info     Blank line. (${PROBLEMS} lines)  blank-line\n`);
    expect(stylish.peak).toBeLessThan(100 * MIB);

    const json = await measured(['check', '-f', 'json', '-o', 'report.json', 'blank.jsonl']);
    const reportBytes = (await stat(join(folder(), 'report.json'))).size;
    expect(json.peak).toBeLessThan(100 * MIB + reportBytes);
    let lines = 0;
    for await (const line of createInterface({ input: createReadStream(join(folder(), 'report.json')) })) if (line.includes('"rule": "blank-line"')) lines += 1;
    expect(lines).toBe(PROBLEMS);
  }, 600_000);

  it('fix: a million blank lines removed by one edit, memory bounded', async () => {
    const path = join(folder(), 'blank-fix.jsonl');
    await writeFile(path, '\n'.repeat(PROBLEMS));
    const run = await measured(['fix', '--copy-to', 'out.jsonl', 'blank-fix.jsonl']);
    expect(run.stdout).toContain(`✔ Repaired ${PROBLEMS} problems.`);
    expect((await stat(join(folder(), 'out.jsonl'))).size).toBe(0);
    expect(run.peak).toBeLessThan(100 * MIB);
  }, 600_000);
});
