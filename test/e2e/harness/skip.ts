/** Skip helpers: e2e tests skip (never fail) when Codex or the built CLI is unavailable. */
import { existsSync } from 'node:fs';
import { inject, type TestContext } from 'vitest';
import type { CodexCommand } from './codex-install.js';
import { CLI_PATH } from './session-doctor.js';

/** The Codex binary, or skips the current test with the reason it is unavailable. */
export function codexOrSkip(ctx: TestContext): CodexCommand {
  const loc = inject('codex');
  if (!loc) ctx.skip('Codex location was not provided: run the e2e suite with --config vitest.e2e.config.ts');
  if (!loc.ok) ctx.skip(`Codex 0.169.0 is unavailable: ${loc.reason}`);
  return loc.codex;
}

/** Skips the current test unless the session-doctor CLI has been built (dist/bin/session-doctor.js). */
export function cliOrSkip(ctx: TestContext): void {
  if (!existsSync(CLI_PATH)) ctx.skip(`session-doctor CLI not built: ${CLI_PATH} is missing (run \`npm run build\`)`);
}
