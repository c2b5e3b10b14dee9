import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixFileLazily } from '../../src/repairing/fix-file.js';
import { CodexSession } from '../support/codex-session.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-fix-file-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('fixFileLazily', () => {
  // A run holds every file's report until it ends: a lazy list would hold the file's plan with it.
  it('gives the repairs and what remains as arrays when the diagnostics were held in memory', async () => {
    const path = join(folder, 'killed.jsonl');
    await writeFile(path, new CodexSession().execTurn('ok').startTurn().functionCall('killed').text());
    const report = await fixFileLazily(path, { dryRun: true });
    expect(Array.isArray(report.repairs)).toBe(true);
    expect(Array.isArray(report.diagnostics)).toBe(true);
    expect([...report.repairs].map((repair) => repair.rule)).toEqual(['missing-output']);
    expect([...report.diagnostics].map((diagnostic) => diagnostic.rule)).toEqual(['unfinished-turn']);
    report.release();
  });
});
