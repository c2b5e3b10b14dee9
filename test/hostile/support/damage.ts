/**
 * Byte- and record-level damage of the kinds a disk, a crash, an editor or a careless script does to a
 * session file, as fast-check arbitraries. A case is a seed and a list of damages, so that fast-check
 * shrinks a failure to the fewest, smallest damages of the simplest seed.
 */
import fc from 'fast-check';
import { SEEDS, type Seed } from './seeds.js';
import { pythonDumps } from '../../support/python-dumps.js';

const NL = 0x0a;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Bytes that are not UTF-8 (or are, but stress a decoder): lone continuation, truncated, overlong, surrogates. */
const HOSTILE_BYTES: readonly (readonly number[])[] = [
  [0x00],
  [0x00, 0x00, 0x00, 0x00],
  [0xff],
  [0xfe, 0xff],
  [0x80],
  [0xc3],
  [0xe2, 0x82],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xef, 0xbb, 0xbf],
  [0xe2, 0x80, 0xa8],
  [0x0d],
  [0x0a],
  [0x0d, 0x0a],
  [0x7b],
  [0x7d],
  [0x22],
  [0x5c],
  [0x09, 0x20],
];

const FIELDS = ['ordinal', 'timestamp', 'type', 'payload', 'payload.type', 'payload.call_id', 'payload.output', 'payload.id', 'payload.history_mode', 'payload.id'] as const;

export type Damage =
  | { readonly kind: 'truncate-tail'; readonly back: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'bit-flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: 'overwrite'; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: 'delete-bytes'; readonly at: number; readonly count: number }
  | { readonly kind: 'swap-lines'; readonly a: number; readonly b: number }
  | { readonly kind: 'duplicate-line'; readonly from: number; readonly to: number }
  | { readonly kind: 'delete-line'; readonly at: number }
  | { readonly kind: 'join-lines'; readonly at: number }
  | { readonly kind: 'crlf'; readonly at: number; readonly all: boolean }
  | { readonly kind: 'bom'; readonly at: number }
  | { readonly kind: 'blank-line'; readonly at: number; readonly text: string }
  | { readonly kind: 'drop-field'; readonly at: number; readonly field: (typeof FIELDS)[number] }
  | { readonly kind: 'retype'; readonly at: number }
  | { readonly kind: 'steal-call-id'; readonly at: number; readonly from: number }
  | { readonly kind: 'append-seed'; readonly seed: number };

const position = fc.nat({ max: 1 << 20 });
const hostileBytes = fc.oneof(
  fc.constantFrom(...HOSTILE_BYTES),
  fc.uint8Array({ minLength: 1, maxLength: 24 }).map((bytes) => [...bytes]),
);

export const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate-tail' as const), back: position }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('bit-flip' as const), at: position, bit: fc.nat({ max: 7 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: hostileBytes }),
  fc.record({ kind: fc.constant('overwrite' as const), at: position, bytes: hostileBytes }),
  fc.record({ kind: fc.constant('delete-bytes' as const), at: position, count: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: position, b: position }),
  fc.record({ kind: fc.constant('duplicate-line' as const), from: position, to: position }),
  fc.record({ kind: fc.constant('delete-line' as const), at: position }),
  fc.record({ kind: fc.constant('join-lines' as const), at: position }),
  fc.record({ kind: fc.constant('crlf' as const), at: position, all: fc.boolean() }),
  fc.record({ kind: fc.constant('bom' as const), at: fc.oneof(fc.constant(0), position) }),
  fc.record({ kind: fc.constant('blank-line' as const), at: position, text: fc.constantFrom('', ' ', '\t', '  \t ', '\r', ' \r') }),
  fc.record({ kind: fc.constant('drop-field' as const), at: position, field: fc.constantFrom(...FIELDS) }),
  fc.record({ kind: fc.constant('retype' as const), at: position }),
  fc.record({ kind: fc.constant('steal-call-id' as const), at: position, from: position }),
  fc.record({ kind: fc.constant('append-seed' as const), seed: fc.nat({ max: 1000 }) }),
);

/** Lines with their terminators (the last may have none). */
export function splitKeepingEnds(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let nl = bytes.indexOf(NL); nl !== -1; nl = bytes.indexOf(NL, start)) {
    lines.push(bytes.subarray(start, nl + 1));
    start = nl + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

const at = (index: number, length: number) => (length === 0 ? 0 : index % length);

function withoutEnd(line: Buffer): { body: Buffer; end: Buffer } {
  let cut = line.length;
  if (cut > 0 && line[cut - 1] === NL) cut -= 1;
  if (cut > 0 && line[cut - 1] === 0x0d && cut < line.length) cut -= 1;
  return { body: line.subarray(0, cut), end: line.subarray(cut) };
}

/** Rewrites one line's record through JSON, when it is one; other lines are kept. */
function editRecord(line: Buffer, edit: (record: Record<string, unknown>) => void): Buffer {
  const { body, end } = withoutEnd(line);
  let record: unknown;
  try {
    record = JSON.parse(body.toString('utf8'));
  } catch {
    return line;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return line;
  edit(record as Record<string, unknown>);
  return Buffer.concat([Buffer.from(JSON.stringify(record)), end]);
}

function itemOf(record: Record<string, unknown>): Record<string, unknown> {
  const payload = record.payload;
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : record;
}

const RETYPE: Record<string, string> = {
  function_call_output: 'custom_tool_call_output',
  custom_tool_call_output: 'function_call_output',
  function_call: 'custom_tool_call',
  custom_tool_call: 'function_call',
  tool_search_output: 'function_call_output',
};

function callIdOf(line: Buffer): string | undefined {
  try {
    const record = JSON.parse(withoutEnd(line).body.toString('utf8')) as Record<string, unknown>;
    const callId = itemOf(record).call_id;
    return typeof callId === 'string' ? callId : undefined;
  } catch {
    return undefined;
  }
}

function onLines(bytes: Buffer, change: (lines: Buffer[]) => void): Buffer {
  const lines = splitKeepingEnds(bytes);
  if (lines.length === 0) return bytes;
  change(lines);
  return Buffer.concat(lines);
}

export function applyDamage(bytes: Buffer, damage: Damage, seeds: readonly Seed[] = SEEDS): Buffer {
  const length = bytes.length;
  switch (damage.kind) {
    case 'truncate-tail': {
      // Somewhere in the last three lines: where a crash tears a file.
      const lines = splitKeepingEnds(bytes);
      const window = lines.slice(-3).reduce((sum, line) => sum + line.length, 0);
      return bytes.subarray(0, length - (damage.back % (window + 1)));
    }
    case 'truncate':
      return bytes.subarray(0, at(damage.at, length + 1));
    case 'bit-flip': {
      if (length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[at(damage.at, length)]! ^= 1 << damage.bit;
      return copy;
    }
    case 'insert': {
      const cut = at(damage.at, length + 1);
      return Buffer.concat([bytes.subarray(0, cut), Buffer.from(damage.bytes), bytes.subarray(cut)]);
    }
    case 'overwrite': {
      const cut = at(damage.at, length + 1);
      return Buffer.concat([bytes.subarray(0, cut), Buffer.from(damage.bytes), bytes.subarray(Math.min(length, cut + damage.bytes.length))]);
    }
    case 'delete-bytes': {
      const cut = at(damage.at, length + 1);
      return Buffer.concat([bytes.subarray(0, cut), bytes.subarray(Math.min(length, cut + damage.count))]);
    }
    case 'swap-lines':
      return onLines(bytes, (lines) => {
        const a = at(damage.a, lines.length);
        const b = at(damage.b, lines.length);
        // Swap bodies, keep each position's terminator: a swap does not tear lines.
        const first = withoutEnd(lines[a]!);
        const second = withoutEnd(lines[b]!);
        lines[a] = Buffer.concat([second.body, first.end]);
        lines[b] = Buffer.concat([first.body, second.end]);
      });
    case 'duplicate-line':
      return onLines(bytes, (lines) => {
        const from = lines[at(damage.from, lines.length)]!;
        const copy = from[from.length - 1] === NL ? from : Buffer.concat([from, Buffer.from('\n')]);
        lines.splice(at(damage.to, lines.length), 0, copy);
      });
    case 'delete-line':
      return onLines(bytes, (lines) => void lines.splice(at(damage.at, lines.length), 1));
    case 'join-lines':
      return onLines(bytes, (lines) => {
        const index = at(damage.at, lines.length);
        lines[index] = withoutEnd(lines[index]!).body;
      });
    case 'crlf':
      return onLines(bytes, (lines) => {
        const chosen = at(damage.at, lines.length);
        lines.forEach((line, index) => {
          if (!damage.all && index !== chosen) return;
          const { body, end } = withoutEnd(line);
          if (end.length > 0) lines[index] = Buffer.concat([body, Buffer.from('\r\n')]);
        });
      });
    case 'bom':
      if (damage.at === 0 || length === 0) return Buffer.concat([BOM, bytes]);
      return onLines(bytes, (lines) => {
        const index = at(damage.at, lines.length);
        lines[index] = Buffer.concat([BOM, lines[index]!]);
      });
    case 'blank-line':
      return onLines(bytes, (lines) => void lines.splice(at(damage.at, lines.length + 1), 0, Buffer.from(`${damage.text}\n`)));
    case 'drop-field':
      return onLines(bytes, (lines) => {
        const index = at(damage.at, lines.length);
        lines[index] = editRecord(lines[index]!, (record) => {
          const [outer, inner] = damage.field.split('.') as [string, string | undefined];
          if (inner === undefined) delete record[outer];
          else if (outer === 'payload') delete itemOf(record)[inner];
        });
      });
    case 'retype':
      return onLines(bytes, (lines) => {
        // The next line from `at` on that holds a call or output.
        for (let step = 0; step < lines.length; step += 1) {
          const index = at(damage.at + step, lines.length);
          const original = lines[index]!;
          let changed = false;
          const edited = editRecord(original, (record) => {
            const item = itemOf(record);
            const to = typeof item.type === 'string' ? RETYPE[item.type] : undefined;
            if (to === undefined) return;
            item.type = to;
            changed = true;
          });
          if (changed) {
            lines[index] = edited;
            return;
          }
        }
      });
    case 'steal-call-id':
      return onLines(bytes, (lines) => {
        const donor = lines.map(callIdOf).filter((id): id is string => id !== undefined);
        if (donor.length === 0) return;
        const callId = donor[at(damage.from, donor.length)]!;
        const index = at(damage.at, lines.length);
        lines[index] = editRecord(lines[index]!, (record) => {
          const item = itemOf(record);
          if ('call_id' in item) item.call_id = callId;
        });
      });
    case 'append-seed':
      // Two sessions concatenated (`cat a.jsonl b.jsonl`), sometimes without a newline between them.
      return Buffer.concat([bytes, seeds[at(damage.seed, seeds.length)]!.bytes]);
  }
}

export interface DamagedCase {
  readonly seed: number;
  readonly damages: readonly Damage[];
}

export const damagedCaseArb: fc.Arbitrary<DamagedCase> = fc.record({
  seed: fc.nat({ max: 1000 }),
  damages: fc.array(damageArb, { minLength: 1, maxLength: 5 }),
});

export function damagedBytes(testCase: DamagedCase, seeds: readonly Seed[] = SEEDS): Buffer {
  let bytes = seeds[testCase.seed % seeds.length]!.bytes;
  for (const damage of testCase.damages) bytes = applyDamage(bytes, damage, seeds);
  return bytes;
}

/** Whole files that are not JSONL sessions at all, or barely. */
export function specialInputs(seed: Seed = SEEDS[0]!): { name: string; bytes: Buffer }[] {
  const records = splitKeepingEnds(seed.bytes).map((line) => JSON.parse(line.toString('utf8')) as unknown);
  const problemRecords = splitKeepingEnds(SEEDS.find((candidate) => candidate.name === 'pairing-problems')!.bytes).map((line) => JSON.parse(line.toString('utf8')) as unknown);
  const deep = 100_000;
  return [
    { name: 'empty file', bytes: Buffer.alloc(0) },
    { name: 'one space', bytes: Buffer.from(' ') },
    { name: 'one newline', bytes: Buffer.from('\n') },
    { name: 'one CRLF', bytes: Buffer.from('\r\n') },
    { name: 'a lone CR', bytes: Buffer.from('\r') },
    { name: 'whitespace-only lines', bytes: Buffer.from(' \t \n\n   \r\n\t\n ') },
    { name: 'many newlines', bytes: Buffer.from('\n'.repeat(20_000)) },
    { name: 'BOM only', bytes: BOM },
    { name: 'BOM and newline', bytes: Buffer.concat([BOM, Buffer.from('\n')]) },
    { name: 'BOM, then the session', bytes: Buffer.concat([BOM, seed.bytes]) },
    { name: 'a BOM on every line', bytes: Buffer.concat(splitKeepingEnds(seed.bytes).flatMap((line) => [BOM, line])) },
    { name: 'UTF-16LE with BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed.bytes.toString('utf8'), 'utf16le')]) },
    { name: 'a JSON array on one line', bytes: Buffer.from(`${JSON.stringify(records)}\n`) },
    { name: 'a pretty-printed JSON array', bytes: Buffer.from(`${JSON.stringify(records, null, 2)}\n`) },
    { name: 'pretty-printed records', bytes: Buffer.from(records.map((record) => `${JSON.stringify(record, null, 2)}\n`).join('')) },
    { name: 'NUL bytes', bytes: Buffer.alloc(4096) },
    { name: 'NUL-padded tail (a crash on ext4)', bytes: Buffer.concat([seed.bytes, Buffer.alloc(8192)]) },
    { name: 'a NUL-filled block inside', bytes: Buffer.concat([seed.bytes.subarray(0, 700), Buffer.alloc(4096), seed.bytes.subarray(700)]) },
    { name: 'binary: every byte value', bytes: Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) & 0xff)) },
    { name: 'gzip header and junk', bytes: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0x0a, 0x00, 0x01]) },
    { name: 'zstd frame header and junk', bytes: Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x24, 0x0a, 0x51, 0x00, 0x00, 0x0a]) },
    { name: 'JSON scalars, one per line', bytes: Buffer.from('null\ntrue\n1\n"text"\n-0\n1e999999\n[]\n{}\n') },
    { name: 'deeply nested arrays', bytes: Buffer.from(`${'['.repeat(deep)}${']'.repeat(deep)}\n`) },
    { name: 'deeply nested objects', bytes: Buffer.from(`${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}\n`) },
    {
      name: 'a deeply nested field in a mismatched output',
      bytes: Buffer.from(
        [
          JSON.stringify({ type: 'custom_tool_call', id: 'ctc_1', call_id: 'c1', name: 'apply_patch', input: 'x' }),
          `{"type":"function_call_output","id":"fco_1","call_id":"c1","output":"ok","deep":${'['.repeat(deep)}${']'.repeat(deep)}}`,
          '',
        ].join('\n'),
      ),
    },
    { name: 'a session with pairing problems as Python json.dumps writes it', bytes: Buffer.from(problemRecords.map((record) => `${pythonDumps(record)}\n`).join('')) },
    {
      name: 'a BOM before an output of the wrong kind on line 1',
      bytes: Buffer.concat([
        BOM,
        Buffer.from(
          [
            JSON.stringify({ type: 'function_call_output', id: 'fco_1', call_id: 'c1', output: 'ok' }),
            JSON.stringify({ type: 'custom_tool_call', id: 'ctc_1', call_id: 'c1', name: 'apply_patch', input: 'x' }),
            '',
          ].join('\n'),
        ),
      ]),
    },
    {
      name: 'line breaks and terminal escapes in quoted fields',
      bytes: Buffer.from(
        [
          { type: 'fu\nnction_call\u001b[2J', call_id: 'x' },
          { type: 'function_call', id: 'fc_1', call_id: 'c\r\n1', name: '\u001b]0;pwned\u0007\u2028exec', arguments: '{}' },
          { type: 'function_call_output', call_id: 'orphan\u0085\u009b31m', output: 'x' },
        ]
          .map((line) => `${JSON.stringify(line)}\n`)
          .join(''),
      ),
    },
    { name: 'unbalanced braces', bytes: Buffer.from('{"a":'.repeat(5000)) },
    { name: 'a 1 MiB line of one character', bytes: Buffer.from(`${'x'.repeat(1 << 20)}\n`) },
    { name: 'a 1 MiB string inside a record', bytes: Buffer.from(`${JSON.stringify({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'y'.repeat(1 << 20) }] })}\n`) },
    { name: 'duplicate keys and __proto__', bytes: Buffer.from('{"type":"function_call","type":"function_call_output","__proto__":{"x":1},"call_id":"c","output":"o"}\n') },
    { name: 'unicode line separators', bytes: Buffer.from(`${JSON.stringify({ type: 'message', role: 'user', content: [{ type: 'input_text', text: '\u2028\u2029\u0085' }] })}\u2028\n`) },
  ];
}
