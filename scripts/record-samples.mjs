#!/usr/bin/env node
// Records real Codex CLI sessions (0.169.0, or SESSION_DOCTOR_E2E_CODEX_VERSION) (healthy and damaged) with the e2e harness, offline,
// against a mock Responses API on 127.0.0.1. Codex is installed on demand into .cache/.
//
//   node scripts/record-samples.mjs [outDir]      (default: samples/codex-<version>)
//
// Each case lands in <outDir>/<case>/rollout-….jsonl (canonical name kept); <outDir>/manifest.json
// lists the diagnostics `session-doctor check` must report for each file. The harness is
// TypeScript; it is loaded through Vite's module runner (installed with vitest).
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: node scripts/record-samples.mjs [outDir] [--force]');
  process.exit(0);
}
const force = args.includes('--force');
const outDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'samples', `codex-${process.env.SESSION_DOCTOR_E2E_CODEX_VERSION || '0.169.0'}`));
if (existsSync(path.join(outDir, 'manifest.json')) && !force) {
  console.error(`${outDir} already holds samples; pass --force to overwrite them`);
  process.exit(2);
}
const { module } = await runnerImport(path.join(root, 'test', 'e2e', 'harness', 'record-samples.ts'), {
  configFile: false,
  logLevel: 'silent',
  root,
});
try {
  const entries = await module.recordSamples(outDir);
  console.log(`recorded ${entries.length} samples into ${outDir}`);
} catch (err) {
  console.error(String(err instanceof Error ? err.message : err));
  process.exit(1);
}
