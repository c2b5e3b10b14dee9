import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { mergeSeverities } from '../../src/config/apply.js';
import { globToRegExp, ignoreMatcher } from '../../src/config/ignores.js';

describe('ignore patterns', () => {
  const cases: [pattern: string, matches: string[], misses: string[]][] = [
    ['*.bak.jsonl', ['a.bak.jsonl', 'deep/er/a.bak.jsonl'], ['a.jsonl', 'a.bak.jsonl.txt']],
    ['/top.jsonl', ['top.jsonl'], ['sub/top.jsonl']],
    ['fixtures/*.jsonl', ['fixtures/a.jsonl'], ['fixtures/x/a.jsonl', 'other/fixtures/a.jsonl']],
    ['fixtures/**/*.jsonl', ['fixtures/a.jsonl', 'fixtures/x/y/a.jsonl'], ['a.jsonl']],
    ['**/broken-?.jsonl', ['broken-1.jsonl', 'x/broken-2.jsonl'], ['broken-10.jsonl']],
    ['sample-[0-9].jsonl', ['sample-3.jsonl'], ['sample-x.jsonl']],
    ['sample-[!0-9].jsonl', ['sample-x.jsonl'], ['sample-3.jsonl']],
    ['*.{jsonl,ndjson}', ['a.jsonl', 'b/c.ndjson'], ['a.json']],
    ['a+b (1).jsonl', ['a+b (1).jsonl'], ['aab (1).jsonl']],
  ];
  for (const [pattern, matches, misses] of cases) {
    it(`${pattern}`, () => {
      const regexp = globToRegExp(pattern);
      for (const path of matches) expect(regexp.test(path), `${pattern} should match ${path}`).toBe(true);
      for (const path of misses) expect(regexp.test(path), `${pattern} should not match ${path}`).toBe(false);
    });
  }

  it('ignores everything under a folder named by the pattern, relative to the config folder', () => {
    const ignored = ignoreMatcher(['fixtures', 'build/', 'vendor/**'], '/repo', '/repo/packages');
    expect(ignored('../fixtures/a.jsonl')).toBe(true);
    expect(ignored('/repo/fixtures/deep/a.jsonl')).toBe(true);
    expect(ignored('/repo/build/a.jsonl')).toBe(true);
    expect(ignored('/repo/vendor/x/a.jsonl')).toBe(true);
    expect(ignored('/repo/sessions/a.jsonl')).toBe(false);
    // A trailing slash names folders only.
    expect(ignoreMatcher(['build/'], '/repo', '/repo')('build')).toBe(false);
    // Never outside the config's folder.
    expect(ignoreMatcher(['**'], '/repo', '/repo')('/elsewhere/a.jsonl')).toBe(false);
  });
});

describe('merging config severities with the command line', () => {
  it('keeps the config as it is without --select', () => {
    expect(mergeSeverities({ 'blank-line': 'off', SD205: 'error' }, undefined)).toEqual({ 'blank-line': 'off', SD205: 'error' });
    expect(mergeSeverities(undefined, ['SD1'])).toBeUndefined();
  });

  it('brings back a rule the config turns off when --select names it, by name or code', () => {
    const configured = { 'blank-line': 'off', 'crlf-line-ending': 'off', SD205: 'error' } as const;
    expect(mergeSeverities(configured, ['blank-line', 'SD206'])).toEqual({ SD205: 'error' });
    // A prefix or ALL is a group: it does not override a rule turned off by name.
    expect(mergeSeverities(configured, ['SD2', 'ALL'])).toEqual(configured);
  });
});

describe('lazy zod', () => {
  it('does not load the config schema (zod) when there is no config file', async () => {
    vi.resetModules();
    const loaded = vi.fn();
    vi.doMock('../../src/config/schema.js', async (importOriginal) => {
      loaded();
      return importOriginal();
    });
    const { loadConfig } = await import('../../src/config/load-config.js');
    const folder = await mkdtemp(join(tmpdir(), 'sd-lazy-'));
    try {
      expect(await loadConfig({ cwd: folder })).toBeUndefined();
      expect(loaded).not.toHaveBeenCalled();
      await writeFile(join(folder, 'session-doctor.config.json'), '{"format":"json"}');
      expect((await loadConfig({ cwd: folder }))?.config).toEqual({ format: 'json' });
      expect(loaded).toHaveBeenCalledTimes(1);
    } finally {
      vi.doUnmock('../../src/config/schema.js');
      await rm(folder, { recursive: true, force: true });
    }
  });
});
