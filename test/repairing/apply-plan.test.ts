import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/repairing/apply-plan.js';
import { applyRewrite, defineRewrite } from '../../src/repairing/edits.js';
import type { LineEdit, RepairPlan } from '../../src/repairing/plan.js';
import { UnmadeRewrite } from '../../src/repairing/unmade-rewrites.js';

const upper = defineRewrite('test/upper-case', (bytes) => Buffer.from(bytes.toString('latin1').toUpperCase(), 'latin1'));
const impossible = defineRewrite('test/impossible', () => undefined);

/** Feeds `bytes` cut at `cuts`, each chunk in a buffer that is overwritten once the next one is asked for (as readChunks does). */
async function* reusedChunks(bytes: Buffer, cuts: readonly number[]): AsyncIterable<Buffer> {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const ends = [...points, bytes.length];
  const memory = Buffer.alloc(bytes.length + 1);
  let start = 0;
  for (const end of ends) {
    const chunk = memory.subarray(0, end - start);
    bytes.copy(chunk, 0, start, end);
    yield chunk;
    chunk.fill(0x23); // the reader reuses the memory: anything kept without copying is now '#'
    start = end;
  }
}

async function apply(bytes: Buffer, plan: RepairPlan, cuts: readonly number[] = []): Promise<{ out: Buffer }> {
  const parts: Buffer[] = [];
  // Each yielded buffer is valid until the next is asked for: copy it at once, as a writer would write it.
  for await (const piece of applyPlan(reusedChunks(bytes, cuts), plan)) parts.push(Buffer.from(piece));
  return { out: Buffer.concat(parts) };
}

const plan = (overrides: Partial<RepairPlan>): RepairPlan => ({
  removed: new Set(),
  truncateFrom: Infinity,
  lineEdits: [],
  normalizeLineEndings: false,
  stripBom: false,
  rewrites: false,
  added: [],
  ...overrides,
});

/** The plan's line edits of line `n`. */
const editsOf = (p: RepairPlan, n: number) => [...p.lineEdits].filter((edit) => edit.line === n);

/** The plan's meaning, line by line on the whole text: what the second pass must produce. */
function expected(lines: readonly string[], final: boolean, p: RepairPlan): string {
  let out = '';
  lines.forEach((text, index) => {
    const n = index + 1;
    if (n >= p.truncateFrom) return;
    const last = index === lines.length - 1;
    const edits = editsOf(p, n);
    const inserts = edits.flatMap((edit) => (edit.op === 'insert-after' ? [`${edit.text}\n`] : []));
    if (!p.removed.has(n)) {
      const rewritten = edits.reduce<Buffer | undefined>((bytes, edit) => (edit.op === 'rewrite' ? bytes && applyRewrite(edit.rewrite, bytes) : bytes), Buffer.from(text, 'latin1'));
      const eol = last && !final ? (inserts.length > 0 || edits.some((edit) => edit.op === 'end-line') ? '\n' : '') : '\n';
      out += rewritten!.toString('latin1') + eol;
    }
    out += inserts.join('');
  });
  return out;
}

/** The file's lines as the splitter sees them: text after the last newline, if any, is the last line. */
function physicalLines(bytes: Buffer): string[] {
  const physical = bytes.toString('latin1').split('\n');
  if (physical.at(-1) === '') physical.pop();
  return physical;
}

/** Lines of a file, whether it ends in a newline, where its chunks are cut, and the plan's edits: a file and its plan. */
const PLANNED_FILE = [
  fc.array(fc.stringMatching(/^[a-c]{0,20}$/), { minLength: 1, maxLength: 10 }),
  fc.boolean(),
  fc.array(fc.nat(250), { maxLength: 8 }),
  fc.record({
    removed: fc.uniqueArray(fc.integer({ min: 1, max: 10 })),
    rewritten: fc.uniqueArray(fc.integer({ min: 1, max: 10 })),
    inserted: fc.uniqueArray(fc.integer({ min: 1, max: 10 })),
    truncateFrom: fc.option(fc.integer({ min: 1, max: 11 }), { nil: undefined }),
  }),
] as const;

type PlannedEdits = { removed: number[]; rewritten: number[]; inserted: number[]; truncateFrom: number | undefined };

const planOf = (edits: PlannedEdits): RepairPlan =>
  plan({
    removed: new Set(edits.removed),
    lineEdits: [
      ...edits.rewritten.map((n) => upper(n)),
      ...edits.inserted.map((n): LineEdit => ({ op: 'insert-after', line: n, text: `{"inserted":${n}}` })),
    ].sort((a, b) => a.line - b.line),
    truncateFrom: edits.truncateFrom ?? Infinity,
  });

describe('applyPlan (the second pass of fix)', () => {
  it('gives the same bytes however the input is cut into chunks, and keeps nothing of a chunk after it is reused', async () => {
    await fc.assert(
      fc.asyncProperty(...PLANNED_FILE, async (lines, final, cuts, edits) => {
        const p = planOf(edits);
        const bytes = Buffer.from(lines.join('\n') + (final ? '\n' : ''), 'latin1');
        const { out } = await apply(bytes, p, cuts);
        expect(out.toString('latin1')).toBe(expected(physicalLines(bytes), bytes.at(-1) === 0x0a, p));
      }),
    );
  });

  it('tells where the output first departs from the input, before yielding a byte from there', async () => {
    await fc.assert(
      fc.asyncProperty(...PLANNED_FILE, async (lines, final, cuts, edits) => {
        const p = planOf(edits);
        const bytes = Buffer.from(lines.join('\n') + (final ? '\n' : ''), 'latin1');
        let told: number | undefined;
        let calls = 0;
        let offset = 0;
        const parts: Buffer[] = [];
        for await (const piece of applyPlan(reusedChunks(bytes, cuts), p, undefined, (at) => ((told = at), (calls += 1)))) {
          // Not told yet: the piece is the input's bytes at the same offsets.
          if (told === undefined) expect(piece.equals(bytes.subarray(offset, offset + piece.length))).toBe(true);
          parts.push(Buffer.from(piece));
          offset += piece.length;
        }
        // The first line the plan touches (removed, rewritten, followed by an insert, or truncated).
        const physical = physicalLines(bytes);
        const touched = new Set([...edits.removed, ...edits.rewritten, ...edits.inserted]);
        const first = physical.findIndex((_, index) => touched.has(index + 1) || index + 1 >= (edits.truncateFrom ?? Infinity));
        const at = first < 0 ? undefined : Buffer.byteLength(physical.slice(0, first).map((line) => `${line}\n`).join(''), 'latin1');
        expect(told).toBe(at);
        expect(calls).toBe(at === undefined ? 0 : 1);
        if (at !== undefined) expect(Buffer.concat(parts).subarray(0, at).equals(bytes.subarray(0, at))).toBe(true);
      }),
    );
  });

  it('hands untouched lines on as views of the input chunk, not copies', async () => {
    const input = Buffer.from('{"a":1}\n{"b":2}\n{"c":3}\n{"d":4}\n');
    const pieces: Buffer[] = [];
    for await (const piece of applyPlan([input] as unknown as AsyncIterable<Buffer>, plan({ removed: new Set([3]) }))) pieces.push(piece);
    expect(pieces.map(String)).toEqual(['{"a":1}\n{"b":2}\n', '{"d":4}\n']);
    expect(pieces.every((piece) => piece.buffer === input.buffer)).toBe(true);
  });

  it('stops at a line whose rewrite cannot be made, before yielding any of it, and names the line and the rewrite', async () => {
    const yielded: string[] = [];
    const pass = async () => {
      for await (const piece of applyPlan([Buffer.from('x\ny\nz\n')] as unknown as AsyncIterable<Buffer>, plan({ lineEdits: [upper(1), impossible(2), upper(3)], rewrites: true }))) yielded.push(String(piece));
    };
    await expect(pass()).rejects.toEqual(new UnmadeRewrite(2, impossible(2).rewrite));
    await expect(pass()).rejects.toMatchObject({ line: 2, rewrite: { name: 'test/impossible', args: [] } });
    // Lines go out a chunk at a time: the chunk that holds the line is not yielded at all.
    expect(yielded).toEqual([]);
  });
});
