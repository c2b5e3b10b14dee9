/** `npm install --no-save --prefix <cache>` of one pinned package, for the clients the e2e suite drives. */
import { spawnSync } from 'node:child_process';

/** Installs `spec` (e.g. `@openai/codex@0.169.0`) under `prefix`; returns why it failed, or undefined. */
export function npmInstallInto(prefix: string, spec: string, timeoutMs = 300_000): string | undefined {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, spec], {
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (!r.error && r.status === 0) return undefined;
  const lines = `${r.stderr ?? ''}`.split('\n').map((l) => l.trim()).filter(Boolean);
  const telling = lines.filter((l) => /npm error (code|errno|network|request|404|notarget)|E[A-Z]{4,}/.test(l));
  const detail = r.error?.message ?? ((telling.length ? telling : lines.slice(-3)).slice(0, 3).join(' | ') || `exit ${r.status}`);
  return `could not install ${spec} into ${prefix}: ${detail}`;
}
