import { defineConfig } from 'vitest/config';

// End-to-end suite (`npm run test:e2e`): drives the real Codex CLI (SESSION_DOCTOR_E2E_CODEX_VERSION,
// default 0.169.0) and Claude Code 2.1.332, installed on demand into the git-ignored .cache/ by
// test/e2e/global-setup.ts, against mocks of the Responses and Messages APIs on 127.0.0.1. Files run
// one at a time; every test has its own sandbox and mock server. Without a client (no registry) its
// tests skip, and without dist/bin/session-doctor.js the repair tests skip; under CI=true all fail instead.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
