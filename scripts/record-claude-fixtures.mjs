#!/usr/bin/env node
// Records real Claude Code 2.1.332 sessions (or SESSION_DOCTOR_E2E_CLAUDE_VERSION's) with the e2e
// harness, offline, against a mock Anthropic Messages API on 127.0.0.1. Claude Code is installed on
// demand into .cache/ (SESSION_DOCTOR_E2E_CLAUDE_PREFIX: an install of your own).
//
//   node scripts/record-claude-fixtures.mjs [outDir] [--force]   (default: test/fixtures/claude-code/recorded)
//
// Each case lands in <outDir>/<case>/<sessionId>.jsonl (plus <sessionId>/subagents/ for an Agent
// call, and whatever else the client wrote into the project folder); <outDir>/manifest.json describes them. The harness is TypeScript, loaded through Vite's
// module runner (installed with vitest).
import * as path from 'node:path';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: node scripts/record-claude-fixtures.mjs [outDir] [--force]');
  process.exit(0);
}
const outDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'test', 'fixtures', 'claude-code', 'recorded'));
if (existsSync(outDir) && !args.includes('--force')) {
  console.error(`${outDir} already exists; pass --force to replace it`);
  process.exit(2);
}
// Record into a sibling folder and swap it in only when every case succeeded.
const partial = `${outDir}.partial-${process.pid}`;
const { module } = await runnerImport(path.join(root, 'test', 'e2e', 'harness', 'record-claude.ts'), {
  configFile: false,
  logLevel: 'silent',
  root,
});
try {
  const cases = await module.recordClaudeFixtures(partial);
  rmSync(outDir, { recursive: true, force: true });
  renameSync(partial, outDir);
  console.log(`recorded ${cases.length} Claude Code sessions into ${outDir}`);
} catch (err) {
  rmSync(partial, { recursive: true, force: true });
  console.error(String(err instanceof Error ? err.message : err));
  process.exit(1);
}
