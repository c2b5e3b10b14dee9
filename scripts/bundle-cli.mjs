// The second half of `npm run build:dist` (scripts/build.mjs), after tsc: bundles the CLI into dist/bin/.
// - cli.cjs: the whole CLI, yargs included, as one CommonJS module function (each command's code is
//   initialized only when it runs). Its first line names its content, `// session-doctor CLI bundle <sha256>`:
//   the key of its V8 code cache.
// - session-doctor.js: the command, a small CommonJS module that runs cli.cjs from that code cache
//   (src/cli/launch.ts; measured: a short check 133 → ~100 ms).
// - check-worker.js: the check pool's worker, found beside the code that starts it:
//   new URL('./check-worker.js', import.meta.url).
// - package.json: makes the .js files here CommonJS. An ES module entry makes Node start its ES module
//   loader first, some 8 ms of every run (measured: `node empty.mjs` against `node empty.cjs`).
// The library (dist/index.js) stays unbundled.
// Usage: node scripts/bundle-cli.mjs [DIST], DIST being tsc's output folder (default dist).
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.argv[2] ?? 'dist');
const bin = join(dist, 'bin');

/**
 * Stand-ins for modules that every run would load for nothing, each loading the real one at the first call
 * that needs it: string-width makes an Intl.Segmenter as it loads (ICU's data, 7-15 ms of a run) and only
 * lays out help text; yargs checks its own calls with node:assert (2 ms to load), needed only when one fails.
 * Each takes the code that loads the real module.
 */
const STAND_INS = {
  'string-width': (real) => `let width;\nexport default (...args) => (width ??= ${real}.default)(...args);\n`,
  assert: (real) =>
    `export function strictEqual(actual, expected, message) {\n  if (!Object.is(actual, expected)) ${real}.strictEqual(actual, expected, message);\n}\n` +
    `export function notStrictEqual(actual, expected, message) {\n  if (Object.is(actual, expected)) ${real}.notStrictEqual(actual, expected, message);\n}\n`,
};
const STAND_IN = '\0stand-in:';
/** Stand-in module id → what it stands in for. */
const standIns = new Map();
const common = {
  platform: 'node',
  // fzstd is loaded by path, inside a worker of its own (src/reading/zstd-decode.ts).
  external: ['fzstd'],
  logLevel: 'warn',
  // yargs' `extends` reads import.meta.resolve, which a CommonJS bundle has not: the CLI never uses it.
  onLog: (level, log, handler) => (log.code === 'EMPTY_IMPORT_META' && log.id?.includes('node_modules/yargs/') ? undefined : handler(level, log)),
  // Module paths in the bundle's comments are as seen from the project, links not followed: the same bytes
  // wherever node_modules really is (test/build/dist.test.ts builds a copy whose node_modules is a link).
  resolve: { symlinks: false },
  plugins: [
    {
      name: 'stand-ins',
      async resolveId(source, importer, options) {
        if (!Object.hasOwn(STAND_INS, source) || importer?.startsWith(STAND_IN)) return null;
        const real = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (!real) return null;
        // Named as seen from the project, as the modules' own paths are in the bundle's comments.
        const id = `${STAND_IN}${isAbsolute(real.id) ? relative(root, real.id) : real.id}`;
        standIns.set(id, { source, real: real.id });
        return id;
      },
      load(id) {
        const standIn = standIns.get(id);
        return standIn ? STAND_INS[standIn.source](`require(${JSON.stringify(standIn.real)})`) : null;
      },
    },
    {
      // dist/version.js reads ../package.json relative to itself, which the bundle, elsewhere, cannot.
      name: 'inline-version',
      load: (id) => (id === join(dist, 'version.js') ? `export const VERSION = ${JSON.stringify(version)};` : null),
    },
  ],
};

await build({ ...common, input: { 'check-worker': join(dist, 'checking/check-worker.js') }, output: { dir: bin, cleanDir: true, format: 'cjs', entryFileNames: '[name].js', codeSplitting: false } });
await build({ ...common, input: { cli: join(dist, 'cli/main.js') }, output: { dir: bin, format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false, charset: 'ascii', comments: { legal: true, annotation: true, jsdoc: false } } });
await build({ ...common, input: { 'session-doctor': join(dist, 'cli/launch.js') }, output: { dir: bin, format: 'cjs', entryFileNames: '[name].js', codeSplitting: false } });

// cli.cjs is the CommonJS wrapper around the bundle, written here so that the launcher compiles the file's
// text as it is (a wrapped copy would be a second string of its size in memory for the whole run); strict, as
// the ES modules it was built from are. The key line replaces main.ts's shebang.
const cli = join(bin, 'cli.cjs');
const code = `(function (exports, require, module, __filename, __dirname) {'use strict';\n${readFileSync(cli, 'utf8').replace(/^#!.*\n/, '')}\n})\n`;
writeFileSync(cli, `// session-doctor CLI bundle ${createHash('sha256').update(code).digest('hex')}\n${code}`);
writeFileSync(join(bin, 'package.json'), '{ "type": "commonjs" }\n');
// Executable as committed: npx and npm would set the bit on the committed file otherwise, and git see a change.
chmodSync(join(bin, 'session-doctor.js'), 0o755);
