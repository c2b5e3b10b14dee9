/**
 * Records real Codex sessions (the version under test), healthy and damaged, into `<outDir>/<case>/rollout-….jsonl`
 * (canonical names kept) plus `<outDir>/manifest.json` listing the diagnostics
 * `session-doctor check` must report for each. Run through `node scripts/record-samples.mjs`.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureCodex, CODEX_VERSION, type CodexCommand } from './codex-install.js';
import { CodexEnv, closeAllEnvs } from './env.js';
import { assistantMessage, LARGE_USAGE } from './mock-responses.js';
import * as S from './scenarios.js';

export interface SampleEntry {
  case: string;
  file: string;
  description: string;
  expected: S.ExpectedDiagnostic[];
}

interface Recipe {
  name: string;
  description: string;
  opts?: Parameters<typeof CodexEnv.create>[1];
  run(env: CodexEnv): Promise<{ file: string; expected: S.ExpectedDiagnostic[] }>;
}

const healthy = (name: string, description: string, rec: (env: CodexEnv) => Promise<string>, opts?: Recipe['opts']): Recipe => ({
  name,
  description,
  ...(opts ? { opts } : {}),
  run: async (env) => ({ file: await rec(env), expected: [] }),
});

const damaged = (name: string, description: string, dmg: (file: string) => S.Damaged): Recipe => ({
  name,
  description,
  run: async (env) => {
    const d = dmg(await S.recordParallelTools(env));
    return { file: d.file, expected: d.expected };
  },
});

export const RECIPES: Recipe[] = [
  healthy('healthy-exec-command', 'exec_command call and its output', S.recordExecCommand),
  healthy('healthy-apply-patch', 'apply_patch custom tool call and its output', S.recordApplyPatch),
  healthy('healthy-parallel', 'exec_command, apply_patch and tool_search called in parallel', S.recordParallelTools),
  healthy('healthy-tool-search', 'client tool_search call and its output', S.recordToolSearch),
  healthy('healthy-multi-turn', 'three turns across two resumes', S.recordMultiTurn),
  healthy('healthy-compaction', 'auto-compaction (compacted records with replacement_history)', (env) => S.recordCompaction(env, LARGE_USAGE), {
    extraToml: ['model_auto_compact_token_limit = 2000'],
  }),
  healthy('healthy-sigint', 'Ctrl-C during a tool: real "aborted by user" output and turn_aborted', async (env) => (await S.recordSigint(env)).file),
  healthy('healthy-dropped-stream', 'model stream dropped right after a tool call', async (env) => (await S.recordDroppedStream(env)).file),
  {
    name: 'kill-sigkill-call-last',
    description: 'SIGKILL while exec_command runs; the call is the final record',
    run: async (env) => {
      const r = await S.recordKilledExec(env, 'SIGKILL', { callIsLastLine: true });
      return { file: r.file, expected: S.missingOutput(r.file, r.callId, 'function_call').expected };
    },
  },
  {
    name: 'kill-sigterm-mid-file',
    description: 'SIGTERM while exec_command runs; a token_usage_record follows the call',
    run: async (env) => {
      const r = await S.recordKilledExec(env, 'SIGTERM', { callIsLastLine: false });
      return { file: r.file, expected: S.missingOutput(r.file, r.callId, 'function_call').expected };
    },
  },
  {
    name: 'local-shell-unanswered',
    description: 'local_shell_call from the model, recorded and never answered',
    run: async (env) => {
      const r = await S.recordLocalShell(env);
      return { file: r.file, expected: S.missingOutput(r.file, r.callId, 'local_shell_call').expected };
    },
  },
  damaged('orphan-output', 'the exec_command call line deleted: its output is an orphan', S.damageOrphanOutput),
  damaged('duplicate-output', 'a second copy of an output right after the first', S.damageDuplicateOutput),
  damaged('wrong-kind-output', 'apply_patch answered by a function_call_output', S.damageWrongKindOutput),
  damaged('torn-final-line', 'half a record at the end, no newline', S.damageTornTail),
  damaged('final-record-missing-ordinal', 'the final record lost its ordinal', S.damageFinalOrdinal),
  damaged('byte-order-mark', 'UTF-8 BOM before the first record', S.damageBom),
  {
    name: 'garbage-line-mid-file',
    description: 'a torn final line that Codex then appended after (resume adds the newline)',
    run: async (env) => {
      const file = await S.recordParallelTools(env);
      S.damageTornTail(file);
      env.script({ items: [assistantMessage('continued after the crash')] });
      const r = await env.resume('continue after crash');
      if (r.run.code !== 0) throw new Error(`resume failed: ${r.run.stderr.slice(-2000)}`);
      return { file, expected: S.garbageAfterResume(file).expected };
    },
  },
];

export async function recordSamples(outDir: string, log: (msg: string) => void = console.log): Promise<SampleEntry[]> {
  const loc = ensureCodex();
  if (!loc.ok) throw new Error(`Codex ${CODEX_VERSION} unavailable: ${loc.reason}`);
  const codex: CodexCommand = loc.codex;
  const entries: SampleEntry[] = [];
  mkdirSync(outDir, { recursive: true });
  try {
    for (const recipe of RECIPES) {
      const env = await CodexEnv.create(codex, recipe.opts ?? {});
      try {
        const { file, expected } = await recipe.run(env);
        const dir = path.join(outDir, recipe.name);
        mkdirSync(dir, { recursive: true });
        const dest = path.join(dir, path.basename(file));
        copyFileSync(file, dest);
        entries.push({ case: recipe.name, file: path.relative(outDir, dest), description: recipe.description, expected });
        log(`${recipe.name}: ${path.relative(process.cwd(), dest)} (${expected.map((e) => `${e.rule}@${e.line}`).join(', ') || 'clean'})`);
      } finally {
        await env.close();
      }
    }
  } finally {
    await closeAllEnvs();
  }
  writeFileSync(
    path.join(outDir, 'manifest.json'),
    `${JSON.stringify({ codexVersion: CODEX_VERSION, recordedWith: 'test/e2e/harness (mock Responses API on 127.0.0.1)', samples: entries }, null, 2)}\n`,
  );
  return entries;
}
