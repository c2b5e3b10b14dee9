/** The library API (src/index.ts): check, fix, rules, formatReport. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStream } from '../../src/checking/check-source.js';
import { RULES } from '../../src/checking/rules/index.js';
import { fixFile } from '../../src/repairing/fix-file.js';
import { REPORTERS } from '../../src/reporting/index.js';
import { summarize } from '../../src/reporting/results.js';
import { check, fix, formatReport, rules, UnknownRuleError, type FileReport, type RunResult } from '../../src/index.js';
import { CodexSession } from '../support/codex-session.js';
import { Chalk } from 'chalk';

const session = new CodexSession().execTurn('ok').startTurn().functionCall('killed');
const broken = session.text();
const healthy = new CodexSession().execTurn('ok').text();

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-api-'));
  await mkdir(join(folder, 'tree/deep'), { recursive: true });
  await writeFile(join(folder, 'tree/broken.jsonl'), broken);
  await writeFile(join(folder, 'tree/deep/healthy.ndjson'), healthy);
  await writeFile(join(folder, 'tree/notes.txt'), 'not a session');
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const rulesOf = (report: FileReport) => report.diagnostics.map((diagnostic) => diagnostic.rule);

describe('check', () => {
  it('checks a file path', async () => {
    const run = await check(join(folder, 'tree/broken.jsonl'));
    expect(run.ok).toBe(false);
    expect(run.files).toHaveLength(1);
    expect(rulesOf(run.files[0] as FileReport)).toEqual(['unfinished-turn', 'missing-output']);
    expect(run.summary).toMatchObject({ files: 1, errors: 1, infos: 1, fixable: 1 });
  });

  it('searches folders as the CLI does, and reports unreadable paths instead of throwing', async () => {
    const seen: string[] = [];
    const run = await check([join(folder, 'tree'), join(folder, 'missing.jsonl')], { onFile: (path, index, total) => seen.push(`${index + 1}/${total} ${path}`) });
    expect(run.files.map((file) => file.path)).toEqual([join(folder, 'tree/broken.jsonl'), join(folder, 'tree/deep/healthy.ndjson'), join(folder, 'missing.jsonl')]);
    expect(run.files[2]).toEqual({ path: join(folder, 'missing.jsonl'), error: 'no such file or folder' });
    expect(seen).toEqual([`1/3 ${join(folder, 'tree/broken.jsonl')}`, `2/3 ${join(folder, 'tree/deep/healthy.ndjson')}`, `3/3 ${join(folder, 'missing.jsonl')}`]);
    expect(run.summary.unreadable).toBe(1);
    expect(run.ok).toBe(false);
  });

  it('is ok with warnings only', async () => {
    const run = await check(join(folder, 'tree/deep/healthy.ndjson'), { severities: { 'unfinished-turn': 'warning' } });
    expect(run.ok).toBe(true);
  });

  it('checks content: a string, a Buffer, a Uint8Array, a Node stream, a web stream', async () => {
    const expected = (await checkStream(broken, { path: 'x.jsonl' })).diagnostics;
    const bytes = new TextEncoder().encode(broken);
    const inputs = [
      broken,
      Buffer.from(broken),
      bytes,
      Readable.from([Buffer.from(broken.slice(0, 100)), Buffer.from(broken.slice(100))]),
      new Blob([bytes]).stream() as unknown as AsyncIterable<Uint8Array>,
    ];
    for (const content of inputs) {
      const report = await check({ content, path: 'x.jsonl' });
      expect(report.path).toBe('x.jsonl');
      expect(report.diagnostics).toEqual(expected);
    }
    expect((await check({ content: healthy })).path).toBe('-');
  });

  it('takes rule selections and severities, and throws for an unknown rule', async () => {
    const report = await check({ content: broken }, { select: ['missing-output'], severities: { 'missing-output': 'warning' } });
    expect(report.diagnostics.map(({ rule, severity }) => ({ rule, severity }))).toEqual([{ rule: 'missing-output', severity: 'warning' }]);
    await expect(check({ content: broken }, { select: ['no-such-rule'] })).rejects.toBeInstanceOf(UnknownRuleError);
    await expect(check(folder, { ignore: ['nope'] })).rejects.toThrow('unknown rule "nope"');
  });
});

describe('fix', () => {
  it('repairs content and returns the bytes fixFile writes, writing nothing itself', async () => {
    const { report, content } = await fix({ content: broken, path: 'x.jsonl' });
    expect(report.repairs.map((repair) => repair.rule)).toEqual(['missing-output']);
    expect(report.written).toBeUndefined();
    const reference = join(folder, 'reference.jsonl');
    await writeFile(reference, broken);
    await fixFile(reference, { output: `${reference}.out` });
    expect(content.equals(await readFile(`${reference}.out`))).toBe(true);
    expect(rulesOf(await check({ content }))).toEqual(['unfinished-turn']);
  });

  it('returns healthy content byte for byte', async () => {
    const { report, content } = await fix({ content: Buffer.from(healthy) });
    expect(report.repairs).toEqual([]);
    expect(content.toString()).toBe(healthy);
  });

  it('repairs files like the CLI: <file>.fixed by default, nothing with dryRun, in place with inPlace', async () => {
    const copy = join(folder, 'copy.jsonl');
    await writeFile(copy, broken);
    const dry = await fix(copy, { dryRun: true });
    expect(existsSync(`${copy}.fixed`)).toBe(false);
    expect(dry.files[0]).toMatchObject({ repairs: [{ rule: 'missing-output' }] });
    const run: RunResult = await fix(copy);
    expect(run.files[0]).toMatchObject({ written: `${copy}.fixed` });
    expect(run.ok).toBe(true);
    const inPlace = await fix(copy, { inPlace: true, force: true, backup: false });
    expect(inPlace.files[0]).toMatchObject({ written: copy });
    expect(await readFile(copy)).toEqual(await readFile(`${copy}.fixed`));
  });

  it('refuses one output for several files', async () => {
    await expect(fix(join(folder, 'tree'), { output: join(folder, 'one.jsonl') })).rejects.toThrow('`output` names one destination');
  });
});

describe('options', () => {
  it('are validated: an unknown option or a value of the wrong kind is a TypeError naming it', async () => {
    await expect(fix({ content: broken }, { placeholderText: 5 as unknown as string })).rejects.toThrow(
      new TypeError('fix: option placeholderText must be a string (got number 5)'),
    );
    await expect(fix(join(folder, 'tree'), { inplace: true } as never)).rejects.toThrow(new TypeError('fix: unknown option "inplace"'));
    await expect(fix({ content: broken }, { inPlace: true } as never)).rejects.toThrow(new TypeError('fix: unknown option "inPlace" for content'));
    await expect(check(join(folder, 'tree'), { select: 'SD1' as unknown as string[] })).rejects.toThrow('check: option select must be an array');
    await expect(check(join(folder, 'tree'), { format: 'xml' as never })).rejects.toThrow('check: option format must be one of codex, codex-legacy, responses, claude-code (got "xml")');
    await expect(fix(join(folder, 'tree'), { minAgeSeconds: -1 })).rejects.toThrow('fix: option minAgeSeconds must be a number of seconds, 0 or more (got number -1)');
    await expect(check(join(folder, 'tree'), null as never)).rejects.toThrow('check: options must be an object (got null)');
    // undefined is not given.
    expect((await check(join(folder, 'tree'), { select: undefined })).files).toHaveLength(2);
  });

  it('take an AbortSignal: an aborted run rejects with its reason and writes nothing', async () => {
    const copy = join(folder, 'abort.jsonl');
    await writeFile(copy, broken);
    const aborted = AbortSignal.abort();
    await expect(check(join(folder, 'tree'), { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(check({ content: broken }, { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(fix(copy, { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    expect(existsSync(`${copy}.fixed`)).toBe(false);
    // Aborted while the file is being read: after its first chunk.
    const controller = new AbortController();
    async function* slowly() {
      yield Buffer.from(broken.slice(0, 100));
      controller.abort();
      yield Buffer.from(broken.slice(100));
    }
    await expect(check({ content: slowly() }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    // A signal that does not abort changes nothing.
    expect((await check(join(folder, 'tree'), { signal: new AbortController().signal })).files).toHaveLength(2);
  });
});

describe('rules and formatReport', () => {
  it('lists every rule, read-only', () => {
    expect(rules.map((rule) => rule.name)).toEqual(RULES.map((rule) => rule.name));
    expect(Object.keys(rules[0]!).sort()).toEqual(['code', 'explanation', 'fixable', 'name', 'severity', 'summary']);
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules[0])).toBe(true);
  });

  it('renders a run in any CLI format, without colour by default', async () => {
    const run = await check(join(folder, 'tree'));
    const expected = REPORTERS.sarif(run.files, { command: 'check', summary: summarize(run.files), chalk: new Chalk({ level: 0 }), toolVersion: (await import('../../src/version.js')).VERSION, cwd: folder });
    expect(formatReport(run, 'sarif', { cwd: folder })).toBe(expected);
    expect(formatReport(run, 'stylish')).not.toMatch(/\u001b\[/);
    expect(formatReport(run, 'stylish', { color: true })).toMatch(/\u001b\[/);
    expect(() => formatReport(run, 'xml' as 'json')).toThrow('unknown format "xml"');
  });
});
