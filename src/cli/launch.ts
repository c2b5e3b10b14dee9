#!/usr/bin/env node
/**
 * The command's entry (dist/bin/session-doctor.js): runs the CLI bundle, dist/bin/cli.cjs, from a V8 code
 * cache. Compiling the bundle's JavaScript was a third of a short run's time; with the cache V8 skips the
 * parsing and the compiling of every function the last run used. Node 20 has no code cache for ES modules,
 * hence a CommonJS bundle run through vm.Script (scripts/bundle-cli.mjs builds both files).
 *
 * The cache is a file per bundle and Node version in $XDG_CACHE_HOME/session-doctor (~/.cache/session-doctor),
 * written atomically after a run that had none, or whose cache V8 refused. A cache that cannot be read,
 * written or used is only a slower start: the CLI runs the same without it. NODE_DISABLE_COMPILE_CACHE=1
 * turns it off, as it does Node's own compile cache.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { setHeapFlags } from './heap-flags.js';

/** The first line of cli.cjs names its content (scripts/bundle-cli.mjs): `// session-doctor CLI bundle <sha256>`. */
const KEY_LINE = /^\/\/ session-doctor CLI bundle ([0-9a-f]{64})\n/;

/** Where this bundle's cache lives for this Node, or undefined (no key, no home, or turned off). */
function cachePath(key: string | undefined): string | undefined {
  if (key === undefined || process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const base = process.env.XDG_CACHE_HOME || (homedir() && join(homedir(), '.cache'));
  return base ? join(base, 'session-doctor', `cli-${process.version}-${process.arch}-${key.slice(0, 16)}.v8cache`) : undefined;
}

/** The cache's bytes, when the file is there and ours (a file another user planted is not run). */
function readCache(path: string): Buffer | undefined {
  try {
    const owner = statSync(path).uid;
    if (process.getuid && owner !== process.getuid()) return undefined;
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Caches written this long ago are removed when another is written (old versions, old Nodes); one still in use is made again. */
const STALE_MS = 30 * 24 * 3600 * 1000;

/** Writes the cache atomically and removes stale ones; any failure only skips it. */
function writeCache(path: string, script: Script): void {
  try {
    const folder = dirname(path);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    renameSync(temp, path);
    for (const name of readdirSync(folder)) {
      const other = join(folder, name);
      if (name.startsWith('cli-') && other !== path && Date.now() - statSync(other).mtimeMs > STALE_MS) rmSync(other, { force: true });
    }
  } catch {
    // A read-only or full disk: the next run compiles again.
  }
}

/** Compiles cli.cjs (from the cache when there is one) and schedules the cache's writing; the cache's bytes are not kept. */
function compileCli(bundle: string): () => (...args: unknown[]) => void {
  const source = readFileSync(bundle, 'utf8');
  const cache = cachePath(KEY_LINE.exec(source)?.[1]);
  const cachedData = cache === undefined ? undefined : readCache(cache);
  // The file is a CommonJS module wrapper, `(function (exports, require, module, __filename, __dirname) {…})`.
  const script = new Script(source, { filename: bundle, ...(cachedData && { cachedData }) });
  // After the run, so that the cache holds every function it compiled.
  if (cache !== undefined && (cachedData === undefined || script.cachedDataRejected)) process.once('exit', () => writeCache(cache, script));
  return () => script.runInThisContext() as (...args: unknown[]) => void;
}

// The flags a cache was made under must be those it is used under: set them before compiling.
setHeapFlags();
const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const cli = { exports: {} };
compileCli(bundle)()(cli.exports, createRequire(bundle), cli, bundle, dirname(bundle));
