/**
 * The checker's fast path (scan most lines, parse the rest) against its exact path (JSON.parse every
 * line): on generated and fuzzed sessions, the same diagnostics, the same repairs and the same facts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileChecker } from '../../src/checking/checker.js';
import { applyRewrite } from '../../src/repairing/edits.js';
import { selectRules } from '../../src/checking/select-rules.js';
import { CodexHistory } from '../../src/formats/codex/codex-history.js';
import type { FormatName } from '../../src/formats/format.js';
import { LineSplitter, type RawLine } from '../../src/reading/line-splitter.js';
import { damageArbitrary, renderDamage } from '../support/damaged-sessions.js';
import { claudeDamageArbitrary, renderClaudeDamage } from '../support/damaged-transcripts.js';

/** Real session files kept beside the project (never copied into it). */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

const PATH = '/home/dev/.codex/sessions/2026/03/04/rollout-2026-03-04T10-00-00-01a20fe4-3815-73a2-be7d-d3d6632ba6c2.jsonl';

interface Variant {
  readonly format?: FormatName;
  /** Truncation plans depend on every turn boundary, user turns included. */
  readonly strategy?: 'truncate';
}

/**
 * How the checker is fed: the exact path (JSON.parse every line); split lines, each scanned on its own;
 * chunks whose lines the kernel finds and scans where they lie, cut at odd places (mid-line, mid-CRLF,
 * chunks without a line end).
 */
type Feed = 'exact' | 'lines' | 'chunks';

function chunksOf(bytes: Buffer): Buffer[] {
  const chunks: Buffer[] = [];
  const sizes = [1, 2, 7, 64, 3, 200, 1, 4096];
  for (let at = 0, k = bytes.length % sizes.length; at < bytes.length; k += 1) {
    const size = sizes[k % sizes.length]!;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

/** Everything a check says about a file, rewrites applied to their lines so they can be compared. */
function outcome(bytes: Buffer, feed: Feed, variant: Variant, repairs = true): string {
  const checker = new FileChecker({ path: PATH, rules: selectRules({}), repairs, exact: feed === 'exact', ...variant });
  const lines = new Map<number, Buffer>();
  const visit = (line: RawLine) => {
    lines.set(line.number, Buffer.from(line.bytes));
    if (feed !== 'chunks') checker.line(line);
  };
  const splitter = new LineSplitter();
  splitter.push(bytes, visit);
  splitter.end(visit);
  // A chunk's memory is reused once push returns, as the file reader's is.
  const reused = Buffer.alloc(4096);
  if (feed === 'chunks') {
    for (const chunk of chunksOf(bytes)) {
      chunk.copy(reused);
      checker.push(reused.subarray(0, chunk.length));
      reused.fill(0x7b);
    }
  }
  const { diagnostics, facts } = checker.end();
  const shown = [...diagnostics].map(({ repair, ...diagnostic }) => ({
    ...diagnostic,
    ...(repair && {
      action: repair.action,
      edits: repair.edits.map((edit) => (edit.op === 'rewrite' ? { ...edit, rewritten: applyRewrite(edit.rewrite, lines.get(edit.line)!)?.toString('latin1') } : edit)),
    }),
  }));
  const numbers = [...lines.keys()];
  const ordinals = facts.history instanceof CodexHistory ? facts.history.ordinals : undefined;
  return JSON.stringify({
    diagnostics: shown,
    format: facts.format?.name,
    lines: facts.lines,
    records: facts.records,
    paginated: ordinals?.paginated ?? false,
    maxOrdinal: ordinals?.maxOrdinal,
    lastLineEol: facts.lastLineEol,
    // Where user turns start and end: what truncation cuts at.
    turnBoundaries: facts.history?.turnBoundaries,
    recordLines: numbers.filter((line) => ordinals?.recordLines.has(line)),
    unnumberedLines: numbers.filter((line) => ordinals?.unnumberedLines.has(line)),
  });
}

// A forced format takes the fast path from the first line on.
const VARIANTS: readonly Variant[] = [{}, { format: 'codex' }, { strategy: 'truncate' }];

function agree(bytes: Buffer, variants: readonly Variant[] = VARIANTS): void {
  for (const variant of variants) {
    const exact = outcome(bytes, 'exact', variant);
    expect(outcome(bytes, 'chunks', variant), bytes.toString('latin1')).toBe(exact);
    expect(outcome(bytes, 'lines', variant), bytes.toString('latin1')).toBe(exact);
    // A check that plans no repair (the history then keeps less) finds the same.
    const unrepaired = (text: string) => ({ ...JSON.parse(text), diagnostics: JSON.parse(text).diagnostics.map(({ action: _a, edits: _e, ...rest }: Record<string, unknown>) => rest) });
    expect(unrepaired(outcome(bytes, 'chunks', variant, false)), bytes.toString('latin1')).toEqual(unrepaired(exact));
  }
}

// ---- fuzzing -----------------------------------------------------------------------------------------

const PATHS = ['type', 'ordinal', 'timestamp', 'payload', 'payload.type', 'payload.call_id', 'payload.output', 'payload.role', 'payload.execution', 'payload.name', 'payload.arguments', 'payload.input', 'payload.tools', 'payload.id', 'payload.num_turns', 'payload.content'];
const ODD_VALUES: unknown[] = [
  undefined, null, '', 0, -1, 1.5, 1e21, true, [], {}, 'x', 'call_1', 'user', 'server', 'function_call_output', 'reasoning', 'task_started', [{ type: 'input_text' }],
  // A user message's first content text decides whether it starts a turn (context Codex injects does not).
  [{ type: 'input_text', text: ' \n<environment_context>x' }], [{ text: '# AGENTS.md', type: 'input_text' }, { text: 'hi' }], [{ text: 'hi' }, { text: '<user_instructions>' }],
  ['<environment_context>'], [{ text: 5 }], [{ text: '\u2028<skills_instructions>' }], [null],
];
/** Values JSON.parse takes and Codex's reader may not (src/formats/codex/json-dialect.ts), and their neighbours. */
const DIALECT_PIECES = ['"\\ud800"', '"\\udc00\\ud800"', '"\\ud83d\\ude00"', '18446744073709551616', '18446744073709551615', '-9223372036854775809', '1e400', `${'['.repeat(126)}${']'.repeat(126)}`];
const INTERESTING = Buffer.from('"\\{}[],:01-.eEtnu \t\r\u0000\u001fé');

type Mutation =
  | { kind: 'field'; path: string; value: number; line: number }
  | { kind: 'bytes'; at: number; byte: number; line: number; insert: boolean }
  | { kind: 'escape'; line: number }
  | { kind: 'repeat-key'; line: number }
  | { kind: 'dialect'; piece: number; line: number; top: boolean }
  | { kind: 'swap'; line: number; other: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('field' as const), path: fc.constantFrom(...PATHS), value: fc.nat(ODD_VALUES.length - 1), line: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), byte: fc.nat(INTERESTING.length - 1), line: fc.nat(), insert: fc.boolean() }) },
  fc.record({ kind: fc.constant('escape' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('repeat-key' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('dialect' as const), piece: fc.nat(DIALECT_PIECES.length - 1), line: fc.nat(), top: fc.boolean() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
);

function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const [top, child] = path.split('.') as [string, string | undefined];
  const target = child === undefined ? record : record[top];
  if (typeof target !== 'object' || target === null) return;
  const key = child ?? top;
  if (value === undefined) delete (target as Record<string, unknown>)[key];
  else (target as Record<string, unknown>)[key] = value;
}

function mutate(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
  const lines = bytes.toString('latin1').split('\n');
  const pick = (n: number) => n % lines.length;
  for (const mutation of mutations) {
    const index = pick(mutation.line);
    const line = lines[index]!;
    switch (mutation.kind) {
      case 'field': {
        let record: unknown;
        try {
          record = JSON.parse(Buffer.from(line, 'latin1').toString('utf8'));
        } catch {
          break;
        }
        if (typeof record !== 'object' || record === null) break;
        setPath(record as Record<string, unknown>, mutation.path, ODD_VALUES[mutation.value]);
        lines[index] = Buffer.from(JSON.stringify(record)).toString('latin1');
        break;
      }
      case 'bytes': {
        const at = line.length === 0 ? 0 : mutation.at % line.length;
        const byte = String.fromCharCode(INTERESTING[mutation.byte]!);
        lines[index] = line.slice(0, at) + byte + line.slice(mutation.insert ? at : at + 1);
        break;
      }
      case 'escape':
        // Every lowercase letter of string values as a \u escape.
        lines[index] = line.replace(/:"((?:[^"\\]|\\.)*)"/g, (_, body: string) => `:"${body.replace(/[a-z]/g, (char) => `\\u00${char.charCodeAt(0).toString(16)}`)}"`);
        break;
      case 'repeat-key':
        if (line.startsWith('{"')) lines[index] = `{"type":"response_item","payload":{"type":"function_call","call_id":"dup","name":"n","arguments":""},${line.slice(1)}`;
        break;
      case 'dialect': {
        // A field in the payload (decoded by Codex) or at the top (skipped unread, except for its nesting).
        const at = mutation.top ? line.indexOf('{') : line.indexOf('"payload":{');
        if (at >= 0) {
          const open = mutation.top ? at + 1 : at + '"payload":{'.length;
          lines[index] = `${line.slice(0, open)}"probe":${DIALECT_PIECES[mutation.piece]!},${line.slice(open)}`;
        }
        break;
      }
      case 'swap': {
        const other = pick(mutation.other);
        [lines[index], lines[other]] = [lines[other]!, line];
        break;
      }
    }
  }
  return Buffer.from(lines.join('\n'), 'latin1');
}

describe('the fast path gives the exact path\'s results', () => {
  it('on generated sessions with every kind of damage', () => {
    fc.assert(
      fc.property(damageArbitrary, (damage) => agree(renderDamage(damage))),
      { numRuns: 500 },
    );
  });

  it('on fuzzed sessions: fields of the wrong kind, escapes, repeated keys, broken bytes, swapped lines', () => {
    fc.assert(
      fc.property(damageArbitrary, fc.array(mutationArb, { minLength: 1, maxLength: 8 }), (damage, mutations) => agree(mutate(renderDamage(damage), mutations))),
      { numRuns: 1500 },
    );
  });

  const CLAUDE: readonly Variant[] = [{}, { format: 'claude-code' }];

  it('on generated Claude Code transcripts, also fuzzed', () => {
    fc.assert(
      fc.property(claudeDamageArbitrary, fc.array(mutationArb, { maxLength: 6 }), (damage, mutations) => agree(mutate(renderClaudeDamage(damage), mutations), CLAUDE)),
      { numRuns: 800 },
    );
  });

  it.skipIf(!existsSync(CORPUS))('on every real session file of the corpus (../shared/corpus), as detected and as each format', () => {
    const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) agree(readFileSync(join(CORPUS, name)), [...VARIANTS, ...CLAUDE]);
  });

  it('on Claude Code transcripts whose chain fields, envelopes and content blocks are of odd kinds and numbers', () => {
    fc.assert(
      fc.property(claudeDamageArbitrary, fc.array(claudeMutationArb, { minLength: 1, maxLength: 6 }), (damage, mutations) => agree(mutateClaude(renderClaudeDamage(damage), mutations), CLAUDE)),
      { numRuns: 800 },
    );
  });
});

// ---- Claude Code fuzzing: what the Claude fast path reads from a line ------------------------------------

const CLAUDE_PATHS = ['type', 'uuid', 'parentUuid', 'isSidechain', 'timestamp', 'subtype', 'leafUuid', 'sessionId', 'message', 'message.id', 'message.content', 'cwd', 'version', 'agentId', 'slug', 'gitBranch', 'payload'];
const CLAUDE_VALUES: unknown[] = [
  undefined, null, '', 0, 1.5, -0, true, [], {}, 'x', 'user', 'assistant', 'system', 'compact_boundary', '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-00000000000A', '2026-03-04T10:00:00.000Z', 'msg_1', { nested: [1] }, [{ type: 'text', text: 'hi' }],
];
const BLOCK_FIELDS = ['type', 'id', 'name', 'tool_use_id', 'content'];
const BLOCK_VALUES: unknown[] = [undefined, null, 7, true, 'tool_use', 'tool_result', 'text', 'thinking', 'toolu_001', 'toolu_ghost', 'Bash', 'caf\u00e9', [], {}];

type ClaudeMutation =
  | { kind: 'field'; path: string; value: number; line: number }
  | { kind: 'block'; field: string; value: number; line: number }
  | { kind: 'blocks'; how: 'double' | 'empty' | 'scalar' | 'array' | 'null'; line: number }
  | { kind: 'escape-ids'; line: number };

const claudeMutationArb: fc.Arbitrary<ClaudeMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('field' as const), path: fc.constantFrom(...CLAUDE_PATHS), value: fc.nat(CLAUDE_VALUES.length - 1), line: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('block' as const), field: fc.constantFrom(...BLOCK_FIELDS), value: fc.nat(BLOCK_VALUES.length - 1), line: fc.nat() }) },
  fc.record({ kind: fc.constant('blocks' as const), how: fc.constantFrom('double' as const, 'empty' as const, 'scalar' as const, 'array' as const, 'null' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('escape-ids' as const), line: fc.nat() }),
);

function mutateClaude(bytes: Buffer, mutations: readonly ClaudeMutation[]): Buffer {
  const lines = bytes.toString('latin1').split('\n');
  for (const mutation of mutations) {
    const index = mutation.line % lines.length;
    if (mutation.kind === 'escape-ids') {
      // Ids and types spelt with escapes: the scan must decode them as JSON.parse does.
      lines[index] = lines[index]!.replace(/"toolu_/g, '"tool\\u0075_').replace(/"tool_(use|result)"/g, '"tool\\u005f$1"').replace(/"msg_/g, '"\\u006dsg_');
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(Buffer.from(lines[index]!, 'latin1').toString('utf8'));
    } catch {
      continue;
    }
    if (typeof record !== 'object' || record === null) continue;
    const line = record as Record<string, unknown>;
    const message = line.message as Record<string, unknown> | undefined;
    const blocks = typeof message === 'object' && message !== null && Array.isArray(message.content) ? (message.content as unknown[]) : undefined;
    if (mutation.kind === 'field') {
      const [top, child] = mutation.path.split('.') as [string, string | undefined];
      const target = child === undefined ? line : line[top];
      if (typeof target === 'object' && target !== null) {
        const value = CLAUDE_VALUES[mutation.value];
        if (value === undefined) delete (target as Record<string, unknown>)[child ?? top];
        else (target as Record<string, unknown>)[child ?? top] = value;
      }
    } else if (mutation.kind === 'block') {
      const block = blocks?.[0];
      if (typeof block === 'object' && block !== null) {
        const value = BLOCK_VALUES[mutation.value];
        if (value === undefined) delete (block as Record<string, unknown>)[mutation.field];
        else (block as Record<string, unknown>)[mutation.field] = value;
      }
    } else if (blocks) {
      if (mutation.how === 'double') blocks.push(structuredClone(blocks[0] ?? { type: 'text', text: 'x' }));
      else if (mutation.how === 'empty') blocks.length = 0;
      else blocks[0] = mutation.how === 'scalar' ? 'tool_use' : mutation.how === 'array' ? [{ type: 'tool_use', id: 'toolu_001' }] : null;
    }
    lines[index] = Buffer.from(JSON.stringify(line)).toString('latin1');
  }
  return Buffer.from(lines.join('\n'), 'latin1');
}
