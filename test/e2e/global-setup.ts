/**
 * Global setup of the e2e suite: install Codex into the git-ignored cache once, and hand the
 * result (binary or skip reason) to the test files through `inject('codex')`.
 */
import type { TestProject } from 'vitest/node';
import { CODEX_VERSION, REQUIRE_CODEX, ensureCodex, type CodexLocation } from './harness/codex-install.js';

declare module 'vitest' {
  export interface ProvidedContext {
    codex: CodexLocation;
  }
}

export default function setup(project: TestProject): void {
  const location = ensureCodex();
  if (!location.ok && REQUIRE_CODEX) {
    throw new Error(`[session-doctor e2e] CI=true and Codex ${CODEX_VERSION} cannot be installed or run: ${location.reason}`);
  }
  if (!location.ok) {
    console.warn(`\n[session-doctor e2e] Codex is unavailable, every test that needs Codex will be skipped: ${location.reason}\n`);
  }
  project.provide('codex', location);
}
