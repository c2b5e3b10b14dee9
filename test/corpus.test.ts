import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/checking/check-source.js';

/** Real session files kept beside the project (never copied into it). */
const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const present = existsSync(CORPUS);
if (!present) console.warn(`corpus test skipped: ${CORPUS} is not here`);

const found = async (path: string) =>
  (await checkFile(`${CORPUS}${path}`)).diagnostics.map(({ rule, line, severity }) => `${severity} ${rule}@${line}`);

describe.skipIf(!present)('real session files', () => {
  it('finds no problem in any healthy Codex 0.169 recording', async () => {
    const healthy = (await readdir(`${CORPUS}codex-0.169`)).filter((name) => name.startsWith('healthy-'));
    expect(healthy.length).toBeGreaterThanOrEqual(6);
    for (const name of healthy) expect(await found(`codex-0.169/${name}`), name).toEqual([]);
  });

  it('finds the call a SIGKILL left without output, at its line', async () => {
    expect(await found('codex-0.169/kill-during-exec.jsonl')).toEqual(['info unfinished-turn@2', 'error missing-output@10']);
  });

  it('finds no problem in real 0.58 and 0.135 sessions', async () => {
    const report = await checkFile(`${CORPUS}public/AcidicSoil__codex-session-view__rollout-2025-11-17T15-30-28-019a93b9-f380-7600-98ff-940e6b99603c.jsonl`);
    expect(report).toMatchObject({ format: 'codex', records: 279, diagnostics: [] });
    expect(await found('public/kvsankar__agent-history__session-01.jsonl')).toEqual([]);
  });

  it('reports only the missing final newline of a one-line fragment', async () => {
    expect(await found('public/AcidicSoil__codex-session-view__example-session-metadata.jsonl')).toEqual(['warning missing-final-newline@1']);
  });

  it('sees that the unanswered call of the synthetic legacy fixture was rolled back', async () => {
    expect(await found('public/EDM115__codex-sessions-viewer__legacy.SYNTHETIC.jsonl')).toEqual(['warning missing-output@9', 'info unknown-record-type@15']);
  });

  it('takes the Claude Code transcripts for what they are, and the two one-line excerpts for a call and a result whose partners are elsewhere', async () => {
    const claude = (await readdir(`${CORPUS}public`)).filter((name) => name.startsWith('daaain__claude-code-log'));
    for (const name of claude) expect((await checkFile(`${CORPUS}public/${name}`)).format, name).toBe('claude-code');
    expect(await found('public/daaain__claude-code-log__Artifact-tool_use.jsonl')).toEqual(['error missing-output@1', 'warning broken-parent-chain@1']);
    expect(await found('public/daaain__claude-code-log__Artifact-tool_result.jsonl')).toEqual(['error orphan-output@1', 'warning broken-parent-chain@1']);
    expect(await found('public/daaain__claude-code-log__dag_compact_after_rewind.SYNTHETIC.jsonl')).toEqual([]);
  });
});
