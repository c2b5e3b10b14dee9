/**
 * `import { check, fix, rules } from 'session-doctor'` as another package would: the package is built
 * into a temp folder (tsc with tsconfig.build.json, package.json next to it), then a consumer imports it
 * by name through package.json "exports", and a TypeScript consumer is type-checked against its .d.ts.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

let folder: string;
let consumer: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-package-'));
  const pkg = join(folder, 'session-doctor');
  await mkdir(pkg);
  await copyFile(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  await symlink(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  const build = spawnSync(process.execPath, [TSC, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(pkg, 'dist')], { encoding: 'utf8', timeout: 120_000 });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
  consumer = join(folder, 'consumer');
  await mkdir(join(consumer, 'node_modules'), { recursive: true });
  await symlink(pkg, join(consumer, 'node_modules/session-doctor'), 'dir');
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
}, 180_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the published entry point', () => {
  it('imports by package name and works', async () => {
    const line = (value: unknown) => JSON.stringify(value);
    await writeFile(
      join(consumer, 'use.mjs'),
      `import { check, fix, rules, formatReport } from 'session-doctor';
const torn = ${line('{"timestamp":"2026-03-04T10:00:00.000Z","type":"session_meta","payload":{"id":"x"}}\n{"type":')};
const report = await check({ content: torn, path: 'a.jsonl' });
const { content } = await fix({ content: torn });
console.log(JSON.stringify({
  rules: rules.length,
  found: report.diagnostics.map((d) => d.rule),
  repaired: content.toString().endsWith('\\n'),
  sarif: JSON.parse(formatReport({ files: [report] }, 'sarif')).version,
}));
`,
    );
    const run = spawnSync(process.execPath, ['use.mjs'], { cwd: consumer, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as { rules: number; found: string[]; repaired: boolean; sarif: string };
    expect(output.rules).toBeGreaterThan(20);
    expect(output.found).toContain('torn-final-line');
    expect(output.repaired).toBe(true);
    expect(output.sarif).toBe('2.1.0');
  });

  it('has types a strict TypeScript consumer can use (and misuse is a type error)', async () => {
    await writeFile(
      join(consumer, 'use.ts'),
      `import { check, fix, rules, type Diagnostic, type FileReport, type RunResult, type RuleInfo } from 'session-doctor';
const report: FileReport = await check({ content: Buffer.from('') });
const run: RunResult = await check(['a.jsonl', 'sessions/'], { select: ['SD1'], onFile: (path: string, index: number, total: number) => void [path, index, total] });
const first: Diagnostic | undefined = report.diagnostics[0];
const repaired: Buffer = (await fix({ content: 'text' })).content;
const all: readonly RuleInfo[] = rules;
// @ts-expect-error: checking content gives one report, not a run
const wrong: RunResult = await check({ content: 'x' });
// @ts-expect-error: severities are error, warning, info or off
await check('a.jsonl', { severities: { 'blank-line': 'warn' } });
export { run, first, repaired, all, wrong };
`,
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
        files: ['use.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [TSC, '-p', consumer], { encoding: 'utf8', timeout: 120_000 });
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
