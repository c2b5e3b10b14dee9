/**
 * Locating (and, from the global setup only, installing) the real Claude Code CLI used by the
 * e2e suite. Like Codex it is NOT a project dependency: `@anthropic-ai/claude-code@2.1.332` is
 * installed on demand into `<repo>/.cache/claude-code-<ver>` (git-ignored). Its native binary
 * ships inside the registry package (`@anthropic-ai/claude-code-<platform>/claude`, an optional
 * dependency), so no postinstall script has to run.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './codex-install.js';
import { npmInstallInto } from './npm-install.js';

export const CLAUDE_VERSION = '2.1.332';
/** Where Claude Code is installed (git-ignored); SESSION_DOCTOR_E2E_CLAUDE_PREFIX overrides it. */
export const CLAUDE_PREFIX = process.env['SESSION_DOCTOR_E2E_CLAUDE_PREFIX'] ?? path.join(REPO_ROOT, '.cache', `claude-code-${CLAUDE_VERSION}`);

export interface ClaudeCommand {
  file: string;
  version: string;
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
  ];
}

function probeVersion(file: string): string | undefined {
  const r = spawnSync(file, ['--version'], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: path.dirname(file), TERM: 'dumb', DISABLE_AUTOUPDATER: '1' },
  });
  if (r.status !== 0) return undefined;
  return /(\d+\.\d+\.\d+)/.exec(r.stdout)?.[1];
}

/** Finds an installed, runnable Claude Code of the pinned version under the cache prefix. */
export function locateClaude(prefix = CLAUDE_PREFIX): ClaudeLocation {
  if (process.platform === 'win32') return { ok: false, reason: 'the Claude Code e2e suite runs on Linux/macOS only' };
  const tried: string[] = [];
  for (const file of candidates(prefix)) {
    if (!isFile(file)) continue;
    tried.push(file);
    const version = probeVersion(file);
    if (version === CLAUDE_VERSION) return { ok: true, claude: { file, version } };
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
