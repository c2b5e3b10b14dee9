/**
 * Locating (and, from the global setup only, installing) the real Codex CLI used by the e2e suite.
 *
 * Codex is NOT a project dependency: it is installed on demand into `<repo>/.cache/codex-<ver>`
 * (git-ignored) with `npm install --no-save --prefix`. The version is a knob,
 * SESSION_DOCTOR_E2E_CODEX_VERSION (default 0.169.0; CI runs the suite once per supported version).
 * When the requested Codex cannot be installed or run, every e2e test skips with the reason, except
 * under CI=true, where the suite fails instead (a CI run that proves nothing must not pass).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmInstallInto } from './npm-install.js';

/** The Codex versions the suite is proven against (CI runs each); the first is the default. */
export const SUPPORTED_CODEX_VERSIONS = ['0.169.0', '0.171.0'] as const;
/** The version this run drives: SESSION_DOCTOR_E2E_CODEX_VERSION, else the first supported one. */
export const CODEX_VERSION: string = process.env['SESSION_DOCTOR_E2E_CODEX_VERSION'] || SUPPORTED_CODEX_VERSIONS[0];
/** Under CI=true a Codex that cannot be installed or run fails the suite instead of skipping it. */
export const REQUIRE_CODEX = /^(1|true|yes)$/i.test(process.env['CI'] ?? '');
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Where Codex is installed (git-ignored); SESSION_DOCTOR_E2E_CODEX_PREFIX overrides it. */
export const CODEX_PREFIX = process.env['SESSION_DOCTOR_E2E_CODEX_PREFIX'] ?? path.join(REPO_ROOT, '.cache', `codex-${CODEX_VERSION}`);

export interface CodexCommand {
  /** Executable to spawn. */
  file: string;
  /** Arguments to put before Codex's own arguments (non-empty when going through node). */
  prefixArgs: string[];
  version: string;
}

export type CodexLocation = { ok: true; codex: CodexCommand } | { ok: false; reason: string };

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function platformPackages(): string[] {
  const arch = process.arch === 'x64' ? 'x64' : process.arch === 'arm64' ? 'arm64' : process.arch;
  const plat = process.platform === 'win32' ? 'win32' : process.platform;
  return [`codex-${plat}-${arch}`];
}

/** Candidate native binaries, most specific first. */
function nativeCandidates(prefix: string): string[] {
  const out: string[] = [];
  const scope = path.join(prefix, 'node_modules', '@openai');
  const exe = process.platform === 'win32' ? 'codex.exe' : 'codex';
  const pkgDirs = [...platformPackages().map((p) => path.join(scope, p)), path.join(scope, 'codex')];
  for (const pkg of pkgDirs) {
    const vendor = path.join(pkg, 'vendor');
    if (!existsSync(vendor)) continue;
    let triples: string[] = [];
    try {
      triples = readdirSync(vendor);
    } catch {
      triples = [];
    }
    // Prefer the musl build on Linux (what the npm launcher itself picks).
    triples.sort((a, b) => Number(b.includes('musl')) - Number(a.includes('musl')));
    for (const t of triples) {
      out.push(path.join(vendor, t, 'bin', exe));
      out.push(path.join(vendor, t, 'codex', exe));
    }
  }
  return out;
}

function probeVersion(cmd: Omit<CodexCommand, 'version'>): string | undefined {
  const r = spawnSync(cmd.file, [...cmd.prefixArgs, '--version'], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', TERM: 'dumb' },
  });
  if (r.status !== 0) return undefined;
  const m = /(\d+\.\d+\.\d+\S*)/.exec(r.stdout);
  return m?.[1];
}

/** Finds an installed Codex of the pinned version under the cache prefix. Never installs. */
export function locateCodex(prefix = CODEX_PREFIX): CodexLocation {
  if (process.platform === 'win32') return { ok: false, reason: 'the Codex e2e suite runs on Linux/macOS only' };
  const tried: string[] = [];
  for (const file of nativeCandidates(prefix)) {
    if (!isFile(file)) continue;
    tried.push(file);
    const version = probeVersion({ file, prefixArgs: [] });
    if (version === CODEX_VERSION) return { ok: true, codex: { file, prefixArgs: [], version } };
  }
  // Fallback: the package's JS launcher, run with the current node.
  const launcher = path.join(prefix, 'node_modules', '@openai', 'codex', 'bin', 'codex.js');
  if (isFile(launcher)) {
    tried.push(launcher);
    const cmd = { file: process.execPath, prefixArgs: [launcher] };
    const version = probeVersion(cmd);
    if (version === CODEX_VERSION) return { ok: true, codex: { ...cmd, version } };
  }
  return {
    ok: false,
    reason: tried.length
      ? `Codex ${CODEX_VERSION} not usable (tried ${tried.join(', ')})`
      : `Codex ${CODEX_VERSION} is not installed under ${prefix}`,
  };
}

/**
 * Installs `@openai/codex@<ver>` into the cache prefix if it is not there yet.
 * Returns the location, or a skip reason (never throws).
 */
export function ensureCodex(prefix = CODEX_PREFIX): CodexLocation {
  const found = locateCodex(prefix);
  if (found.ok) return found;
  if (process.env['SESSION_DOCTOR_E2E_NO_INSTALL']) {
    return { ok: false, reason: `${found.reason}; install disabled by SESSION_DOCTOR_E2E_NO_INSTALL` };
  }
  const failed = npmInstallInto(prefix, `@openai/codex@${CODEX_VERSION}`, 240_000);
  if (failed) return { ok: false, reason: failed };
  const after = locateCodex(prefix);
  return after.ok ? after : { ok: false, reason: `installed @openai/codex@${CODEX_VERSION} but ${after.reason}` };
}
