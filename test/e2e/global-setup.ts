/**
 * Global setup of the e2e suite: install Codex and Claude Code into the git-ignored cache once,
 * and hand the results (binary or reason) to the test files through `inject('codex')` and
 * `inject('claude')`. Under CI=true a client that cannot be installed or run fails the run.
 */
import type { TestProject } from 'vitest/node';
import { CLAUDE_VERSION, ensureClaude, type ClaudeLocation } from './harness/claude-install.js';
import { CODEX_VERSION, REQUIRE_CODEX, ensureCodex, type CodexLocation } from './harness/codex-install.js';

declare module 'vitest' {
  export interface ProvidedContext {
    codex: CodexLocation;
    claude: ClaudeLocation;
  }
}

export default function setup(project: TestProject): void {
  const codex = ensureCodex();
  const claude = ensureClaude();
  const missing = [
    ...(codex.ok ? [] : [`Codex ${CODEX_VERSION}: ${codex.reason}`]),
    ...(claude.ok ? [] : [`Claude Code ${CLAUDE_VERSION}: ${claude.reason}`]),
  ];
  if (missing.length && REQUIRE_CODEX) {
    throw new Error(`[session-doctor e2e] CI=true and a real client cannot be installed or run: ${missing.join('; ')}`);
  }
  for (const m of missing) console.warn(`\n[session-doctor e2e] unavailable, every test that needs it will be skipped: ${m}\n`);
  project.provide('codex', codex);
  project.provide('claude', claude);
}
