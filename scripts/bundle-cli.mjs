// The second half of `npm run build:dist` (scripts/build.mjs), after tsc: bundles the CLI into dist/bin/
// so that a run loads one file of ours and yargs' instead of ~60 modules (measured: start-up 180 → 140 ms,
// 6 MiB less RSS), with each command's code in a chunk loaded on demand. The library (dist/index.js) stays
// unbundled.
// Usage: node scripts/bundle-cli.mjs [DIST], DIST being tsc's output folder (default dist).
import { chmodSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dist = resolve(process.argv[2] ?? 'dist');

await build({
  // The check pool's worker is found beside the code that starts it: new URL('./check-worker.js', import.meta.url).
  input: { 'session-doctor': join(dist, 'cli/main.js'), 'check-worker': join(dist, 'checking/check-worker.js') },
  platform: 'node',
  // fzstd is loaded by path, inside a worker of its own (src/reading/zstd-decode.ts).
  external: ['fzstd'],
  logLevel: 'warn',
  // Module paths in the bundle's comments are as seen from the project, links not followed: the same bytes
  // wherever node_modules really is (test/build/dist.test.ts builds a copy whose node_modules is a link).
  resolve: { symlinks: false },
  plugins: [
    {
      // dist/version.js reads ../package.json relative to itself, which the bundle, elsewhere, cannot.
      name: 'inline-version',
      load: (id) => (id === join(dist, 'version.js') ? `export const VERSION = ${JSON.stringify(version)};` : null),
    },
  ],
  output: { dir: join(dist, 'bin'), cleanDir: true, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
});
// Executable as committed: npx and npm would set the bit on the committed file otherwise, and git see a change.
chmodSync(join(dist, 'bin', 'session-doctor.js'), 0o755);
