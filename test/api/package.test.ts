/**
 * session-doctor as another package uses it: a consumer has the project (its package.json and the
 * committed build in dist/, what an install from git ships) as node_modules/session-doctor, loads it by
 * name through package.json "exports" with `import` and with `require`, and is type-checked against its
 * .d.ts, as an ES module and as CommonJS.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const TORN = JSON.stringify('{"timestamp":"2026-03-04T10:00:00.000Z","type":"session_meta","payload":{"id":"x"}}\n{"type":');
/** The consumer's use of the library, once it has check, fix, rules and formatReport: it prints what they did. */
const USE = `const report = await check({ content: ${TORN}, path: 'a.jsonl' });
const { content } = await fix({ content: ${TORN} });
console.log(JSON.stringify({
  rules: rules.length,
  found: report.diagnostics.map((d) => d.rule),
  repaired: content.toString().endsWith('\\n'),
  sarif: JSON.parse(formatReport({ files: [report] }, 'sarif')).version,
}));`;

let consumer: string;

beforeAll(async () => {
  consumer = await mkdtemp(join(tmpdir(), 'sd-package-'));
  await mkdir(join(consumer, 'node_modules'));
  await symlink(ROOT, join(consumer, 'node_modules/session-doctor'), 'dir');
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
});
afterAll(() => rm(consumer, { recursive: true, force: true }));

async function expectWorks(file: string, text: string): Promise<void> {
  await writeFile(join(consumer, file), text);
  const run = spawnSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
  const output = JSON.parse(run.stdout) as { rules: number; found: string[]; repaired: boolean; sarif: string };
  expect(output.rules).toBeGreaterThan(20);
  expect(output.found).toContain('torn-final-line');
  expect(output.repaired).toBe(true);
  expect(output.sarif).toBe('2.1.0');
}

describe('the package entry point', () => {
  it('imports by package name and works', () => expectWorks('use.mjs', `import { check, fix, rules, formatReport } from 'session-doctor';\n${USE}\n`));

  it('requires by package name and works', () =>
    expectWorks('use.cjs', `const { check, fix, rules, formatReport } = require('session-doctor');\n(async () => {\n${USE}\n})();\n`));

  it('has types a strict TypeScript consumer can use, imported or required (and misuse is a type error)', async () => {
    const uses = `const report: FileReport = await check({ content: Buffer.from('') });
const run: RunResult = await check(['a.jsonl', 'sessions/'], { select: ['SD1'], onFile: (path: string, index: number, total: number) => void [path, index, total] });
const first: Diagnostic | undefined = report.diagnostics[0];
const repaired: Buffer = (await fix({ content: 'text' })).content;
const all: readonly RuleInfo[] = rules;
// @ts-expect-error: checking content gives one report, not a run
const wrong: RunResult = await check({ content: 'x' });
// @ts-expect-error: severities are error, warning, info or off
await check('a.jsonl', { severities: { 'blank-line': 'warn' } });
return [run, first, repaired, all, wrong];`;
    await writeFile(
      join(consumer, 'use.ts'),
      `import { check, fix, rules, type Diagnostic, type FileReport, type RunResult, type RuleInfo } from 'session-doctor';\nexport async function use() {\n${uses}\n}\n`,
    );
    // CommonJS: TypeScript compiles this import to require('session-doctor').
    await writeFile(
      join(consumer, 'use.cts'),
      `import { check, fix, rules, type Diagnostic, type FileReport, type RunResult, type RuleInfo } from 'session-doctor';\nexport async function use() {\n${uses}\n}\n`,
    );
    await writeFile(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        files: ['use.ts', 'use.cts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [TSC, '-p', consumer], { encoding: 'utf8', timeout: 120_000 });
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  });
});
