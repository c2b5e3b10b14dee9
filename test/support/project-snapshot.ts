/**
 * The project as an installer or a runner gets it: a git repository whose one commit holds the working
 * tree (tracked and untracked files, minus what .gitignore leaves out), so a test checks what the next
 * commit would ship, whatever has been committed so far. npm's git fetcher and pre-commit clone, so only
 * committed files count, as on a user's machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs git with a fixed identity and no signing; throws with git's message when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=session-doctor test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Writes the snapshot repository into `target` (a folder that does not exist yet or is empty). */
export async function snapshotOfProject(target: string): Promise<void> {
  const files = git(PROJECT_ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(PROJECT_ROOT, file))) continue; // deleted, not yet staged
    await mkdir(dirname(join(target, file)), { recursive: true });
    await copyFile(join(PROJECT_ROOT, file), join(target, file)); // keeps the executable bit
  }
  git(target, 'init', '-q', '-b', 'main');
  git(target, 'add', '-A');
  git(target, 'commit', '-q', '-m', 'snapshot');
}

/**
 * The environment of a user's shell for an installer run by a test: this process's, without the npm_*
 * variables that `npm run` adds (an npm started under them would take them for its config) and vitest's,
 * with `home` as HOME (so a fresh npm cache there).
 */
export function userEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(npm_|INIT_CWD$|VITEST)/i.test(key)) env[key] = value;
  return { ...env, HOME: home, NO_COLOR: '1' };
}

/**
 * How a test meets a missing tool: under CI (CI=true) it fails, saying what to install, since CI must
 * run every test; elsewhere it is skipped with the same words.
 */
export function requireTool(available: boolean, why: string, skip: (note: string) => never): void {
  if (available) return;
  if (process.env.CI === 'true') throw new Error(`${why} (CI=true: this test must run, not skip)`);
  skip(why);
}
