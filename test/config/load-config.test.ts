import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load-config.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sd-config-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const write = async (path: string, value: unknown) => {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
};

/** The ConfigError message loadConfig throws. */
async function errorOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

describe('finding the config', () => {
  it('finds session-doctor.config.json in the working folder or the nearest folder above', async () => {
    await write('session-doctor.config.json', { format: 'json' });
    await write('a/session-doctor.config.json', { format: 'sarif' });
    await mkdir(join(root, 'a/b/c'), { recursive: true });
    expect(await loadConfig({ cwd: join(root, 'a/b/c') })).toEqual({ file: join(root, 'a/session-doctor.config.json'), folder: join(root, 'a'), config: { format: 'sarif' } });
    expect((await loadConfig({ cwd: root }))?.config).toEqual({ format: 'json' });
  });

  it('reads the "session-doctor" key of package.json, and passes over a package.json without it', async () => {
    await write('package.json', { name: 'outer', 'session-doctor': { rules: { 'blank-line': 'off' } } });
    await write('inner/package.json', { name: 'inner', description: 'mentions "session-doctor" only in text' });
    const loaded = await loadConfig({ cwd: join(root, 'inner') });
    expect(loaded).toEqual({ file: join(root, 'package.json'), folder: root, config: { rules: { 'blank-line': 'off' } } });
  });

  it('prefers the config file to a package.json key in the same folder', async () => {
    await write('package.json', { 'session-doctor': { format: 'json' } });
    await write('session-doctor.config.json', { format: 'junit' });
    expect((await loadConfig({ cwd: root }))?.config).toEqual({ format: 'junit' });
  });

  it('returns undefined when there is no config anywhere up to the root', async () => {
    // The temp folder's parents hold no config file (tmpdir and /).
    expect(await loadConfig({ cwd: root })).toBeUndefined();
  });

  it('uses an explicit file, a whole config or a package.json key', async () => {
    await write('ci/strict.json', { rules: { SD205: 'error' } });
    await write('tool/package.json', { 'session-doctor': { format: 'github' } });
    expect((await loadConfig({ cwd: root, file: 'ci/strict.json' }))?.config).toEqual({ rules: { SD205: 'error' } });
    expect((await loadConfig({ cwd: root, file: 'tool/package.json' }))?.config).toEqual({ format: 'github' });
  });
});

describe('config errors are clear', () => {
  it('names a missing explicit file', async () => {
    expect(await errorOf(loadConfig({ cwd: root, file: 'nope.json' }))).toBe('nope.json: cannot read the config file: no such file');
  });

  it('names a package.json without the key', async () => {
    await write('package.json', { name: 'x' });
    expect(await errorOf(loadConfig({ cwd: root, file: 'package.json' }))).toBe('package.json: has no "session-doctor" key');
  });

  it('gives the line and column of invalid JSON', async () => {
    await write('session-doctor.config.json', '{\n  "format": "json",\n}\n');
    expect(await errorOf(loadConfig({ cwd: root }))).toMatch(/^session-doctor\.config\.json: not valid JSON: .*line 3, column 1/);
  });

  it('lists every problem with its place', async () => {
    await write('session-doctor.config.json', {
      rules: { 'blank-lin': 'off', 'missing-output': 'warn', SD101: 'error' },
      ignores: ['ok/**', '', '!keep.jsonl', 3],
      format: 'xml',
      colour: true,
    });
    expect(await errorOf(loadConfig({ cwd: root }))).toBe(
      [
        'session-doctor.config.json: invalid configuration:',
        '  rules["blank-lin"]: unknown rule "blank-lin" (see `session-doctor rules`)',
        '  rules["missing-output"]: expected "error", "warning", "info" or "off"',
        '  ignores[1]: an empty pattern matches nothing',
        '  ignores[2]: negated patterns (!…) are not supported',
        '  ignores[3]: expected a glob pattern (a string)',
        '  format: expected one of stylish, json, compact, sarif, github, junit',
        '  unknown key "colour" (known: rules, ignores, format)',
      ].join('\n'),
    );
  });

  it('says when the config is not an object, and which key of package.json held it', async () => {
    await write('package.json', { 'session-doctor': ['json'] });
    expect(await errorOf(loadConfig({ cwd: root }))).toBe('package.json ("session-doctor" key): invalid configuration:\n  expected an object');
  });
});
