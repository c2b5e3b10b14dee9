/**
 * The command runs the CLI bundle from a V8 code cache (src/cli/launch.ts): made by a first run, used by the
 * next ones, and never a reason for a run to fail or to answer differently.
 */
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { CodexSession } from '../support/codex-session.js';

let work: string;
let session: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'sd-launch-'));
  session = join(work, 'rollout-2026-01-01T00-00-00-019f2b6b-e9bd-7c87-ac82-ae5e1489d7b0.jsonl');
  writeFileSync(session, new CodexSession().execTurn('a').text());
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const cacheFolder = () => join(work, 'cache', 'session-doctor');
const cacheFiles = () => (existsSync(cacheFolder()) ? readdirSync(cacheFolder()) : []);
const check = (env: NodeJS.ProcessEnv = {}) => cli(['check', '-f', 'json', session], { env: { XDG_CACHE_HOME: join(work, 'cache'), ...env } });
/** What a run answers. */
const answer = (result: ReturnType<typeof cli>) => ({ code: result.code, stdout: result.stdout, stderr: result.stderr });

describe('the code cache of the CLI', () => {
  it('is written by the first run and used, not rewritten, by the next', () => {
    const first = check();
    expect(first.code).toBe(0);
    const [file, ...others] = cacheFiles();
    expect(others).toEqual([]);
    expect(file).toMatch(new RegExp(`^cli-${process.version}-${process.arch}-[0-9a-f]{16}\\.v8cache$`));
    const path = join(cacheFolder(), file!);
    const made = statSync(path);
    expect(made.size).toBeGreaterThan(0);
    expect(made.mode & 0o777).toBe(0o600);
    // V8 refusing the cache (other flags, another build) would make the run write a new file.
    const second = check();
    expect(answer(second)).toEqual(answer(first));
    const after = statSync(path);
    expect([after.ino, after.mtimeMs]).toEqual([made.ino, made.mtimeMs]);
  });

  it('a damaged cache is ignored and replaced; the run answers as without it', () => {
    const clean = check({ NODE_DISABLE_COMPILE_CACHE: '1' });
    check();
    const path = join(cacheFolder(), cacheFiles()[0]!);
    writeFileSync(path, Buffer.from('not a V8 code cache, not at all'));
    const damaged = check();
    expect(answer(damaged)).toEqual(answer(clean));
    expect(statSync(path).size).toBeGreaterThan(100);
  });

  it('NODE_DISABLE_COMPILE_CACHE turns it off', () => {
    expect(check({ NODE_DISABLE_COMPILE_CACHE: '1' }).code).toBe(0);
    expect(existsSync(join(work, 'cache'))).toBe(false);
  });

  it('a cache folder that cannot be made only costs the cache', () => {
    writeFileSync(join(work, 'cache'), 'a file where the cache folder would go');
    const result = check();
    expect(answer(result)).toEqual(answer(check({ NODE_DISABLE_COMPILE_CACHE: '1' })));
    expect(result.stderr).toBe('');
  });

  it.runIf(process.getuid?.() === 0)("is not read when another user owns it (root here: the file is chowned to nobody)", () => {
    check();
    const path = join(cacheFolder(), cacheFiles()[0]!);
    chownSync(path, 65534, 65534);
    chmodSync(path, 0o644);
    expect(check().code).toBe(0);
    // Not used: so written again, by this user.
    expect(statSync(path).uid).toBe(0);
  });
});

describe('the cache folder', () => {
  it('is made private', () => {
    mkdirSync(join(work, 'cache'));
    check();
    expect(statSync(cacheFolder()).mode & 0o777).toBe(0o700);
  });

  it("loses the caches written over 30 days ago when a cache is written, and keeps the others", () => {
    mkdirSync(cacheFolder(), { recursive: true });
    const old = join(cacheFolder(), 'cli-v18.0.0-x64-0123456789abcdef.v8cache');
    const recent = join(cacheFolder(), 'cli-v22.0.0-x64-0123456789abcdef.v8cache');
    writeFileSync(old, 'old');
    writeFileSync(recent, 'recent');
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);
    utimesSync(old, daysAgo(31), daysAgo(31));
    utimesSync(recent, daysAgo(29), daysAgo(29));
    check();
    expect(cacheFiles().sort()).toEqual([basename(recent), expect.stringMatching(/^cli-v20|^cli-v2[1-9]|^cli-v[3-9]/)].sort());
    expect(existsSync(old)).toBe(false);
  });
});
