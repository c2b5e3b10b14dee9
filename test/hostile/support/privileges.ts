/**
 * Ways to make the OS say no when the tests run as root, who reads and writes everything: run the CLI as
 * `nobody` through setpriv, or inside a private mount namespace (unshare -m) where a folder is mounted
 * read-only or on a tiny tmpfs. Each probe says precisely why it cannot be used, for the skip message.
 */
import { spawnSync } from 'node:child_process';

export const IS_ROOT = process.getuid?.() === 0;
export const NOBODY = 65534;

export type Capability = { readonly ok: true; readonly wrapper: readonly string[] } | { readonly ok: false; readonly why: string };

function probe(command: string, args: readonly string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  if (result.error) return `${command}: ${result.error.message}`;
  if (result.status !== 0) return `${command} ${args.slice(0, 3).join(' ')} … exited ${result.status}: ${(result.stderr || result.stdout).trim()}`;
  return undefined;
}

/** Runs the CLI as an unprivileged user, so that file modes apply. */
export function unprivileged(): Capability {
  if (!IS_ROOT) return { ok: true, wrapper: [] };
  const wrapper = ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];
  const why = probe(wrapper[0]!, [...wrapper.slice(1), process.execPath, '-e', `process.exit(process.getuid() === ${NOBODY} ? 0 : 1)`]);
  return why === undefined ? { ok: true, wrapper } : { ok: false, why: `running as root and cannot drop to nobody (${why})` };
}

/**
 * A wrapper that runs the CLI in a private mount namespace (its mounts vanish with it): `setup` mounts what
 * it needs, then the CLI runs, then `after` (if given) runs in the same namespace with the CLI's exit code
 * in `$status`.
 */
export function inMountNamespace(setup: string, after?: string): string[] {
  const script = after === undefined ? `${setup} && exec "$@"` : `${setup} && { "$@"; status=$?; ${after}; }`;
  return ['unshare', '--mount', '--propagation', 'private', 'sh', '-c', script, 'sh'];
}

/** Whether private mount namespaces with read-only bind mounts and tmpfs mounts work here. */
export function mountsWork(scratch: string): Capability {
  const why = probe('unshare', [
    '--mount',
    '--propagation',
    'private',
    'sh',
    '-c',
    `mount -t tmpfs -o size=64k tmpfs '${scratch}' && mount --bind '${scratch}' '${scratch}' && mount -o remount,bind,ro '${scratch}'`,
  ]);
  return why === undefined ? { ok: true, wrapper: [] } : { ok: false, why: `cannot make private mounts here (${why})` };
}
