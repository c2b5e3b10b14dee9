import { Chalk } from 'chalk';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkStream } from '../../src/checking/check-source.js';
import { fixFile } from '../../src/repairing/fix-file.js';
import type { ReportContext } from '../../src/reporting/reporter.js';
import { summarize, type FileResult } from '../../src/reporting/results.js';
import type { LocationContext } from '../../src/reporting/sarif.js';
import { CodexSession } from '../support/codex-session.js';

/** The working folder the golden runs pretend to have. */
export const CWD = '/work/project';

/**
 * A session killed while a tool ran, with an output that answers no call: two errors, a warning (the
 * name, in a sessions folder), an info. No JSON parse error: their wording changes with Node's version.
 */
export function brokenSession(): { text: string; callLine: number } {
  const session = new CodexSession().execTurn('call_ok').startTurn('Run the tests.').functionOutput('call_ghost').functionCall('call_killed', 'npm test');
  return { text: session.text(), callLine: session.lastLine };
}

/** A healthy session without a final newline: one warning. */
export const warningSession = () => new CodexSession().execTurn('call_a').text().replace(/\n$/, '');

export const healthySession = () => new CodexSession().execTurn('call_a').text();

/** Real check results for a small run: a broken file in a folder, a file with a warning whose name needs
 *  escaping everywhere, a healthy file, and one that could not be read. */
export async function checkRun(): Promise<FileResult[]> {
  return [
    await checkStream(brokenSession().text, { path: 'sessions/2026/03/04/broken.jsonl' }),
    await checkStream(warningSession(), { path: 'odd, name: 100%.jsonl' }),
    await checkStream(healthySession(), { path: 'healthy.jsonl' }),
    { path: 'gone.jsonl', error: 'no such file or folder' },
  ];
}

/** Real fix results (dry run) for the broken session: repairs made, problems that remain. */
export async function fixRun(): Promise<FileResult[]> {
  const folder = await mkdtemp(join(tmpdir(), 'sd-golden-'));
  try {
    const path = join(folder, 'broken.jsonl');
    await writeFile(path, brokenSession().text);
    // An old file: a fresh one with an unanswered last call would be noted as possibly still running.
    await utimes(path, new Date(0), new Date(0));
    const report = await fixFile(path, { dryRun: true, displayPath: 'sessions/2026/03/04/broken.jsonl' });
    return [report];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export function contextFor(command: 'check' | 'fix', results: readonly FileResult[], extra: LocationContext & { colour?: boolean } = { cwd: CWD }): ReportContext & LocationContext {
  const { colour, ...location } = extra;
  return { command, summary: summarize(results), chalk: new Chalk({ level: colour ? 1 : 0 }), toolVersion: '1.2.3', ...location };
}

/**
 * Compares text with a committed golden file. UPDATE_GOLDEN=1 rewrites the file instead (review the
 * diff by eye before committing). A missing golden file fails: it is never created silently.
 */
export async function expectGolden(name: string, text: string): Promise<void> {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') {
    await writeFile(file, text);
    return;
  }
  let golden: string;
  try {
    golden = await readFile(file, 'utf8');
  } catch {
    throw new Error(`missing golden file test/reporting/__golden__/${name}: run UPDATE_GOLDEN=1 npx vitest run test/reporting, then review it`);
  }
  expect(text).toBe(golden);
}

export const ANSI = /\u001b\[/;
