// `npm run build:dist`: the package as it is committed in dist/ (installs from git, a folder or a tarball
// run no build): tsc's library and type declarations, then the CLI bundle (scripts/bundle-cli.mjs).
// The folder is emptied first, so a deleted source leaves nothing behind. The script is not named `build`:
// npm prepares a git dependency that has a `build` script by installing it, which fails for a global
// install (see the README, "Installing").
// Usage: node scripts/build.mjs [DIST] (default dist): test/build/dist.test.ts builds into a temp folder.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.argv[2] ?? `${root}dist`);
const run = (script, ...args) => {
  const { status } = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

rmSync(dist, { recursive: true, force: true });
run(createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dist);
run('scripts/bundle-cli.mjs', dist);
