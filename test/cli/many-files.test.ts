import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodexSession } from '../support/codex-session.js';
import { cli } from '../support/cli.js';

let folder: string;
const FILES = 40;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-many-'));
  for (let index = 0; index < FILES; index += 1) {
    const day = join(folder, `2026/03/${String((index % 5) + 1).padStart(2, '0')}`);
    await mkdir(day, { recursive: true });
    const session = new CodexSession().execTurn(`call_${index}`);
    if (index % 3 === 0) session.startTurn().functionCall(`killed_${index}`);
    const file = join(day, `session-${String(index).padStart(2, '0')}.jsonl`);
    await writeFile(file, session.text());
    // A finished session: a fresh file's unanswered last call would be noted as possibly still running.
    await utimes(file, 0, 0);
  }
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('checking many files (spread over worker threads)', () => {
  it('reports every file, in order, exactly as checking each one alone does', () => {
    // Files this small are checked on one thread unless --jobs asks for more.
    const together = cli(['check', '-f', 'json', '--jobs', '2', folder]);
    expect(together.code).toBe(1);
    const files = JSON.parse(together.stdout).files as { path: string }[];
    expect(files).toHaveLength(FILES);
    expect(files.map((file) => file.path)).toEqual([...files.map((file) => file.path)].sort());
    for (const file of files.filter((_, index) => index % 7 === 0)) {
      expect(JSON.parse(cli(['check', '-f', 'json', file.path]).stdout).files[0]).toEqual(file);
    }
  });

  it('reports an unreadable file among them with exit 2, and still checks the others', () => {
    const missing = join(folder, 'missing.jsonl');
    const result = cli(['check', '-f', 'json', '--jobs', '2', folder, missing]);
    expect(result.code).toBe(2);
    const files = JSON.parse(result.stdout).files as { path: string; error?: string; diagnostics: unknown[] }[];
    expect(files).toHaveLength(FILES + 1);
    expect(files.filter((file) => file.error).map((file) => [file.path, file.error])).toEqual([[missing, 'no such file or folder']]);
    expect(files.filter((file) => file.diagnostics.length > 0)).toHaveLength(Math.ceil(FILES / 3));
  });

  it('gives the same report on one thread, on two and on the automatic choice; --jobs takes 1 to 64 or auto', () => {
    const reports = ['1', '2', 'auto'].map((jobs) => cli(['check', '-f', 'json', '--jobs', jobs, folder]));
    for (const report of reports) expect(report.code).toBe(1);
    expect(reports[1]!.stdout).toBe(reports[0]!.stdout);
    expect(reports[2]!.stdout).toBe(reports[0]!.stdout);
    for (const jobs of ['0', '65', 'two', '1.5', '-1']) {
      const refused = cli(['check', '--jobs', jobs, folder]);
      expect([refused.code, refused.stderr.trim()]).toEqual([2, `session-doctor: --jobs ${JSON.stringify(jobs)}: expected a number of threads from 1 to 64, or auto`]);
    }
  });
});
