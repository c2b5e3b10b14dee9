/**
 * Real-shaped session files for the fuzzers to damage: built with the Codex session builder (every
 * record kind the checker pairs, in the current envelope, paginated and not), the two bare-item formats,
 * and, when the shared corpus sits beside the repository, real Codex 0.169 rollouts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodexSession } from '../../support/codex-session.js';

export interface Seed {
  readonly name: string;
  readonly bytes: Buffer;
}

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function healthyMultiTurn(): CodexSession {
  return new CodexSession()
    .execTurn('call_a')
    .startTurn('Add a file.')
    .reasoning()
    .customCall('call_b')
    .customOutput('call_b')
    .localShellCall('call_c')
    .functionOutput('call_c')
    .toolSearchCall('call_d')
    .toolSearchOutput('call_d')
    .endTurn();
}

/** Killed while a tool ran: an unanswered call in an unfinished turn. */
function killedDuringExec(): CodexSession {
  return new CodexSession().execTurn('call_a').startTurn('Run the tests.').reasoning().functionCall('call_k', 'npm test').tokenUsage();
}

/** A pairing problem of every kind the repairer handles, plus two it leaves alone. */
function pairingProblems(): CodexSession {
  return new CodexSession()
    .startTurn()
    .reasoning()
    .functionCall('call_dup')
    .functionOutput('call_dup')
    .functionOutput('call_dup', 'second copy')
    .functionOutput('call_orphan')
    .customCall('call_kind')
    .functionOutput('call_kind', 'wrong kind')
    .customOutput('call_early')
    .customCall('call_early')
    .functionCall('call_twice')
    .functionCall('call_twice')
    .functionOutput('call_twice')
    .functionCall('call_open')
    .endTurn();
}

function compactedAndRolledBack(): CodexSession {
  return new CodexSession()
    .execTurn('call_a')
    .compacted([
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Please fix the failing test.' }] },
      { type: 'function_call', name: 'exec_command', arguments: '{}', call_id: 'call_in_checkpoint' },
    ])
    .execTurn('call_b')
    .startTurn('Undo that.')
    .functionCall('call_c')
    .functionOutput('call_c')
    .endTurn()
    .rollback(1)
    .startTurn('Try again.')
    .functionCall('call_d')
    .endTurn();
}

function unpaginated(): CodexSession {
  return new CodexSession({ paginated: false }).execTurn('call_a').startTurn().customCall('call_b').endTurn();
}

/** The May–September 2025 generation: a bare header line, then bare response items. */
function legacyBareItems(): string {
  const lines = [
    { id: '5973b6c0-94b8-487b-a530-2aeb6098ae0e', timestamp: '2025-07-01T10:00:00.000Z', instructions: null },
    { record_type: 'state' },
    { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'list files' }] },
    { type: 'function_call', id: 'fc_1', name: 'shell', arguments: '{"command":["ls"]}', call_id: 'call_1' },
    { type: 'function_call_output', call_id: 'call_1', output: '{"output":"a\\nb\\n","metadata":{"exit_code":0}}' },
    { type: 'function_call', id: 'fc_2', name: 'shell', arguments: '{"command":["pwd"]}', call_id: 'call_2' },
  ];
  return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
}

/** Plain Responses API items, one per line (datasets, exports). */
function responsesItems(): string {
  const lines = [
    { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] },
    { type: 'custom_tool_call', id: 'ctc_1', call_id: 'c1', name: 'apply_patch', input: 'x' },
    { type: 'function_call_output', call_id: 'c1', output: 'ok' },
    { type: 'function_call', id: 'fc_2', call_id: 'c2', name: 'exec', arguments: '{}' },
  ];
  return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
}

const built: Seed[] = [
  { name: 'healthy-multi-turn', bytes: Buffer.from(healthyMultiTurn().text()) },
  { name: 'killed-during-exec', bytes: Buffer.from(killedDuringExec().text()) },
  { name: 'pairing-problems', bytes: Buffer.from(pairingProblems().text()) },
  { name: 'compacted-and-rolled-back', bytes: Buffer.from(compactedAndRolledBack().text()) },
  { name: 'unpaginated', bytes: Buffer.from(unpaginated().text()) },
  { name: 'legacy-bare-items', bytes: Buffer.from(legacyBareItems()) },
  { name: 'responses-items', bytes: Buffer.from(responsesItems()) },
];

/** Real Codex 0.169 rollouts from the shared corpus, when it is there (CI and developers have it). */
function corpusSeeds(): Seed[] {
  const folder = join(REPO_ROOT, '..', 'shared', 'corpus', 'codex-0.169');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => ({ name: `corpus/${name}`, bytes: readFileSync(join(folder, name)) }))
    // The damage fuzzers re-check every case several times: keep the seeds small enough to stay fast.
    .filter((seed) => seed.bytes.length <= 64 * 1024);
}

export const BUILT_SEEDS: readonly Seed[] = built;
export const SEEDS: readonly Seed[] = [...built, ...corpusSeeds()];

/** A session whose last lines are a realistic crash tail: a call, its output, a torn record. */
export function crashTailSeed(): Buffer {
  return Buffer.from(killedDuringExec().functionOutput('call_k').endTurn().text());
}
