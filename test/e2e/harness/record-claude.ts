/**
 * Records real Claude Code sessions (2.1.332, or SESSION_DOCTOR_E2E_CLAUDE_VERSION) into `<outDir>/<case>/`
 * (the project folder's `<sessionId>.jsonl`, plus `<sessionId>/subagents/…` for an Agent call, and
 * whatever else the client wrote there) and writes
 * `<outDir>/manifest.json` describing each. Run through `node scripts/record-claude-fixtures.mjs`.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { projectFiles, sessionIdOfTranscript, subagentFiles } from './claude-driver.js';
import { ClaudeEnv, closeAllClaudeEnvs } from './claude-env.js';
import { CLAUDE_VERSION, ensureClaude } from './claude-install.js';
import * as C from './claude-scenarios.js';

export interface RecordedCase {
  case: string;
  /** Main transcript, relative to outDir. */
  file: string;
  sessionId: string;
  subagents: string[];
  /** The other files the client wrote into the project folder (relative to outDir): files without a message, older forks. */
  others: string[];
  description: string;
  /** Damage the real client left (empty for healthy sessions). */
  damage: string[];
}

interface Recipe {
  name: string;
  description: string;
  run(env: ClaudeEnv): Promise<{ file: string; damage: string[] }>;
}

const healthy = (name: string, description: string, rec: (env: ClaudeEnv) => Promise<string>): Recipe => ({
  name,
  description,
  run: async (env) => ({ file: await rec(env), damage: [] }),
});

export const CLAUDE_RECIPES: Recipe[] = [
  healthy('bash', 'one Bash tool call and its result', C.recordBash),
  healthy('parallel-tools', 'two Bash calls in one assistant message, both answered', C.recordParallel),
  healthy('multi-turn-resume', 'three turns across two `claude -p --resume` runs', C.recordMultiTurn),
  healthy('subagent', 'an Agent tool call in the foreground; the subagent runs Bash', C.recordSubagent),
  healthy('compact', 'a Bash turn, `/compact`, and a Bash turn after the compact_boundary', C.recordCompact),
  {
    name: 'killed-mid-tool',
    description: 'SIGKILL while the Bash tool runs `sleep 30`: the final tool_use has no tool_result',
    run: async (env) => {
      const r = await C.recordKilledMidTool(env);
      return { file: r.file, damage: [`missing-output: ${r.toolUseId}`] };
    },
  },
];

export async function recordClaudeFixtures(outDir: string, log: (msg: string) => void = console.log): Promise<RecordedCase[]> {
  const loc = ensureClaude();
  if (!loc.ok) throw new Error(`Claude Code ${CLAUDE_VERSION} unavailable: ${loc.reason}`);
  const cases: RecordedCase[] = [];
  mkdirSync(outDir, { recursive: true });
  try {
    for (const recipe of CLAUDE_RECIPES) {
      const env = await ClaudeEnv.create(loc.claude);
      try {
        const { file, damage } = await recipe.run(env);
        const dir = path.join(outDir, recipe.name);
        mkdirSync(dir, { recursive: true });
        const sessionId = sessionIdOfTranscript(file);
        cpSync(file, path.join(dir, path.basename(file)));
        const sessionDir = path.join(path.dirname(file), sessionId);
        const subagents = subagentFiles(file);
        if (subagents.length && existsSync(sessionDir)) cpSync(sessionDir, path.join(dir, sessionId), { recursive: true });
        // Older versions write subagent transcripts, summary rows and empty files next to the main one.
        const others = projectFiles(env.sb).filter((f) => f !== file && !subagents.includes(f));
        for (const f of [...subagents, ...others]) cpSync(f, path.join(dir, path.relative(env.sb.projectDir, f)));
        const rel = (p: string): string => path.relative(outDir, path.join(dir, path.relative(path.dirname(file), p)));
        cases.push({ case: recipe.name, file: rel(file), sessionId, subagents: subagents.map(rel), others: others.map(rel), description: recipe.description, damage });
        log(`${recipe.name}: ${rel(file)}${subagents.length ? ` + ${subagents.length} subagent transcript(s)` : ''}`);
      } finally {
        await env.close();
      }
    }
  } finally {
    await closeAllClaudeEnvs();
  }
  writeFileSync(
    path.join(outDir, 'manifest.json'),
    `${JSON.stringify({ claudeCodeVersion: CLAUDE_VERSION, recordedWith: 'test/e2e/harness (mock Messages API on 127.0.0.1)', cases }, null, 2)}\n`,
  );
  return cases;
}
