// `npm run prepare`: builds dist/. npm runs it after `npm ci` or `npm install` in a checkout, where the
// devDependencies (tsc, rolldown) are present, and when it installs this package from git. A global
// install from git (`npm install -g git+…`, which pre-commit 4.6.1 and later use for node hooks) runs it
// in a clone without them: npm's nested install there inherits the global flag through the environment
// and installs the clone itself instead of its dependencies. In that case they are installed here first,
// from the lockfile, in the clone only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(args, env = process.env) {
  const result = spawnSync('npm', args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules/typescript/bin/tsc') || !existsSync('node_modules/rolldown/package.json')) {
  const local = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(global|location|prefix|omit|production)$/i.test(key)));
  run(['install', '--include=dev', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund'], local);
}
run(['run', 'build']);
