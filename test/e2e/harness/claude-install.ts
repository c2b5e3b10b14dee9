/**
 * Locating (and, from the global setup only, installing) the real Claude Code CLI used by the
 * e2e suite. Like Codex it is NOT a project dependency: `@anthropic-ai/claude-code@<ver>` is
 * installed on demand into `<repo>/.cache/claude-code-<ver>` (git-ignored). Since 2.1.x its native
 * binary ships inside the registry package (`@anthropic-ai/claude-code-<platform>/claude`, an
 * optional dependency), so no postinstall script has to run; older versions (2.1.100, 2.0.x, 1.0.x)
 * are a JS package, `cli.js`, run with this node through its shebang.
 *
 * The version is a knob, SESSION_DOCTOR_E2E_CLAUDE_VERSION (default 2.1.332, the one CI runs).
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './codex-install.js';
import { npmInstallInto } from './npm-install.js';

/** The version CI drives; the older ones below were proven by hand with the same harness. */
export const DEFAULT_CLAUDE_VERSION = '2.1.332';
/** The version this run drives: SESSION_DOCTOR_E2E_CLAUDE_VERSION, else the default. */
export const CLAUDE_VERSION: string = process.env['SESSION_DOCTOR_E2E_CLAUDE_VERSION'] || DEFAULT_CLAUDE_VERSION;
/** Where Claude Code is installed (git-ignored); SESSION_DOCTOR_E2E_CLAUDE_PREFIX overrides it. */
export const CLAUDE_PREFIX = process.env['SESSION_DOCTOR_E2E_CLAUDE_PREFIX'] ?? path.join(REPO_ROOT, '.cache', `claude-code-${CLAUDE_VERSION}`);

export interface ClaudeCommand {
  file: string;
  version: string;
  /** Whether it has `--debug-file` (2.1.x does; 2.0.x and 1.0.x only have `--debug`, to stderr). */
  debugFile: boolean;
}

export type ClaudeLocation = { ok: true; claude: ClaudeCommand } | { ok: false; reason: string };

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The native binaries npm may have installed, most specific first. */
function candidates(prefix: string): string[] {
  const scope = path.join(prefix, 'node_modules', '@anthropic-ai');
  const plat = `${process.platform}-${process.arch}`;
  return [
    path.join(scope, `claude-code-${plat}`, 'claude'),
    path.join(scope, `claude-code-${plat}-musl`, 'claude'),
    // The postinstall of the wrapper package (when scripts do run) puts the binary here.
    path.join(scope, 'claude-code', 'bin', 'claude.exe'),
    // Versions before the native builds: the JS bundle, executable with a node shebang.
    path.join(scope, 'claude-code', 'cli.js'),
  ];
}

function probe(file: string, arg: string): string | undefined {
  const r = spawnSync(file, [arg], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: path.dirname(file), TERM: 'dumb', DISABLE_AUTOUPDATER: '1' },
  });
  return r.status === 0 ? r.stdout : undefined;
}

function probeVersion(file: string): string | undefined {
  return /(\d+\.\d+\.\d+)/.exec(probe(file, '--version') ?? '')?.[1];
}

/** Finds an installed, runnable Claude Code of the pinned version under the cache prefix. */
export function locateClaude(prefix = CLAUDE_PREFIX): ClaudeLocation {
  if (process.platform === 'win32') return { ok: false, reason: 'the Claude Code e2e suite runs on Linux/macOS only' };
  const tried: string[] = [];
  for (const file of candidates(prefix)) {
    if (!isFile(file)) continue;
    tried.push(file);
    const version = probeVersion(file);
    if (version === CLAUDE_VERSION) return { ok: true, claude: { file, version, debugFile: (probe(file, '--help') ?? '').includes('--debug-file') } };
  }
  return {
    ok: false,
    reason: tried.length
      ? `Claude Code ${CLAUDE_VERSION} does not run (tried ${tried.join(', ')})`
      : `Claude Code ${CLAUDE_VERSION} is not installed under ${prefix}`,
  };
}

/** Installs `@anthropic-ai/claude-code@<ver>` into the cache prefix if needed (never throws). */
export function ensureClaude(prefix = CLAUDE_PREFIX): ClaudeLocation {
  const found = locateClaude(prefix);
  if (found.ok) return found;
  if (process.env['SESSION_DOCTOR_E2E_NO_INSTALL']) {
    return { ok: false, reason: `${found.reason}; install disabled by SESSION_DOCTOR_E2E_NO_INSTALL` };
  }
  const failed = npmInstallInto(prefix, `@anthropic-ai/claude-code@${CLAUDE_VERSION}`);
  if (failed) return { ok: false, reason: failed };
  const after = locateClaude(prefix);
  return after.ok ? after : { ok: false, reason: `installed @anthropic-ai/claude-code@${CLAUDE_VERSION} but ${after.reason}` };
}
