/**
 * Skip helpers: e2e tests skip when a real client or the built CLI is unavailable, except under
 * CI=true, where they fail with the same reason (the global setup already failed the run by then).
 */
import { existsSync } from 'node:fs';
import { inject, type TestContext } from 'vitest';
import { CLAUDE_VERSION, type ClaudeCommand } from './claude-install.js';
import { CODEX_VERSION, REQUIRE_CODEX, type CodexCommand } from './codex-install.js';
import { CLI_PATH } from './session-doctor.js';

/** The Codex binary, or skips the current test with the reason it is unavailable. */
export function codexOrSkip(ctx: TestContext): CodexCommand {
  const loc = inject('codex');
  if (!loc) unavailable(ctx, 'Codex location was not provided: run the e2e suite with --config vitest.e2e.config.ts');
  if (!loc.ok) unavailable(ctx, `Codex ${CODEX_VERSION} is unavailable: ${loc.reason}`);
  return loc.codex;
}

/** The Claude Code binary, or skips the current test with the reason it is unavailable. */
export function claudeOrSkip(ctx: TestContext): ClaudeCommand {
  const loc = inject('claude');
  if (!loc) unavailable(ctx, 'Claude Code location was not provided: run the e2e suite with --config vitest.e2e.config.ts');
  if (!loc.ok) unavailable(ctx, `Claude Code ${CLAUDE_VERSION} is unavailable: ${loc.reason}`);
  return loc.claude;
}

function unavailable(ctx: TestContext, reason: string): never {
  if (REQUIRE_CODEX) throw new Error(`${reason} (CI=true: failing instead of skipping)`);
  ctx.skip(reason);
}

/** Skips the current test unless the session-doctor CLI has been built (dist/bin/session-doctor.js). */
export function cliOrSkip(ctx: TestContext): void {
  if (!existsSync(CLI_PATH)) unavailable(ctx, `session-doctor CLI not built: ${CLI_PATH} is missing (run \`npm run build:dist\`)`);
}
