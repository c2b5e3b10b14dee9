/**
 * The scanner against JSON.parse: on generated JSON, mutated JSON and random bytes it must accept
 * exactly what JSON.parse accepts as an object, and report the fields JSON.parse's value has. Each test
 * runs with both engines: the WebAssembly kernel and the JavaScript scan.
 */
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASCII, BLANK, JsonKernel, NEED_MORE, NON_ASCII, UNDECIDED } from '../../src/reading/json-kernel/kernel.js';
import { LineSplitter, type RawLine } from '../../src/reading/line-splitter.js';
import { FieldList } from '../../src/reading/field-list.js';
import { JsonScanner, type JsonKind } from '../../src/reading/json-scan.js';

/** A wanted name longer than the kernel's table of name lengths tells apart (63 and more share a bucket). */
const LONG_NAME = 'x'.repeat(70);
const FIELDS = ['type', 'ordinal', 'timestamp', 'payload', 'payload.type', 'payload.call_id', 'payload.output', 'payload.id', 'payload.encrypted_content', `payload.${LONG_NAME}`, 'id'];
const ELEMENT_FIELD = 'payload.output[].type';
const LIST = new FieldList([...FIELDS, ELEMENT_FIELD]);
const KINDS: readonly JsonKind[] = ['absent', 'string', 'number', 'object', 'array', 'boolean', 'null'];

/** JSON.parse's verdict on a line, as the checker asks it. */
function parsed(bytes: Buffer): { object: boolean; value?: Record<string, unknown> } {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    const object = typeof value === 'object' && value !== null && !Array.isArray(value);
    return object ? { object, value: value as Record<string, unknown> } : { object };
  } catch {
    return { object: false };
  }
}

const own = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;

function kindOf(value: unknown): JsonKind {
  if (value === undefined) return 'absent';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as JsonKind;
}

/**
 * The same bytes at an offset inside a larger buffer, or (offset 0) filling an ArrayBuffer of their own:
 * the scanner reads four bytes at a time from any position and must never read past the end.
 */
function atOffset(bytes: Buffer, offset: number): Buffer {
  if (offset === 0) {
    const own = Buffer.from(new ArrayBuffer(bytes.length));
    bytes.copy(own);
    return own;
  }
  const home = Buffer.alloc(bytes.length + offset + 5, 0x22);
  bytes.copy(home, offset);
  return home.subarray(offset, offset + bytes.length);
}

const ENGINES = ['wasm', 'js'] as const;
const scanners = Object.fromEntries(
  ENGINES.map((engine) => [engine, { bare: new JsonScanner([], undefined, { engine }), withFields: new JsonScanner(LIST, undefined, { engine }) }]),
) as Record<(typeof ENGINES)[number], { bare: JsonScanner; withFields: JsonScanner }>;

/** Checks one input against JSON.parse with both scanners of an engine (one with fields, one without). */
function agrees(engine: (typeof ENGINES)[number], input: Buffer, offset = 0): void {
  if (!isUtf8(input)) return;
  const { bare, withFields } = scanners[engine];
  const bytes = atOffset(input, offset);
  const expected = parsed(input);
  const text = JSON.stringify(input.toString('utf8'));
  // Without wanted fields no key can be uncertain: the verdict is exactly JSON.parse's.
  expect(bare.scan(bytes), text).toBe(expected.object);
  if (bare.scan(bytes)) expect(bare.ascii, text).toBe(engine === 'wasm' && !/[^\x00-\x7f]/.test(input.toString('latin1')));
  const known = withFields.scan(bytes);
  if (!known) {
    // Only an escaped key (it might spell a wanted name) leaves a valid object unknown.
    if (expected.object) expect(input.includes(0x5c), text).toBe(true);
    return;
  }
  expect(expected.object, text).toBe(true);
  for (const path of FIELDS) {
    const [top, child] = path.split('.') as [string, string | undefined];
    const value = child === undefined ? own(expected.value, top) : own(own(expected.value, top), child);
    expect(withFields.kind(LIST.of(path)), `${path} of ${text}`).toBe(kindOf(value));
    expect(withFields.string(LIST.of(path)), `${path} of ${text}`).toBe(typeof value === 'string' ? value : undefined);
    const number = withFields.number(LIST.of(path));
    if (typeof value === 'number') expect(Object.is(number, value), `${path} of ${text}`).toBe(true);
    else expect(number).toBeUndefined();
  }
  const output = own(own(expected.value, 'payload'), 'output');
  for (const kind of KINDS) {
    const every = Array.isArray(output) && output.every((element) => kindOf(element) === 'object' && kindOf(own(element, 'type')) === kind);
    expect(withFields.every(LIST.of(ELEMENT_FIELD), kind), `${ELEMENT_FIELD} ${kind} of ${text}`).toBe(every);
  }
  // The array's length, and the field of its only element.
  expect(withFields.length(LIST.of('payload.output')), `length of ${text}`).toBe(Array.isArray(output) ? output.length : undefined);
  const only = Array.isArray(output) && output.length === 1 ? own(output[0], 'type') : undefined;
  expect(withFields.kind(LIST.of(ELEMENT_FIELD)), `${ELEMENT_FIELD} of ${text}`).toBe(kindOf(only));
  expect(withFields.string(LIST.of(ELEMENT_FIELD)), `${ELEMENT_FIELD} of ${text}`).toBe(typeof only === 'string' ? only : undefined);
  expect(withFields.boolean(LIST.of(ELEMENT_FIELD)), `${ELEMENT_FIELD} of ${text}`).toBe(typeof only === 'boolean' ? only : undefined);
  if (typeof only === 'number') expect(Object.is(withFields.number(LIST.of(ELEMENT_FIELD)), only), `${ELEMENT_FIELD} of ${text}`).toBe(true);
  else expect(withFields.number(LIST.of(ELEMENT_FIELD))).toBeUndefined();
}

// ---- generators -------------------------------------------------------------------------------------

const whitespace = fc.constantFrom('', '', '', ' ', '\t', '\r', '\n', ' \t ');

/** Any string, JSON-escaped in one of the ways JSON allows (\uXXXX for any character, \/ for /). */
const stringText = fc
  .tuple(fc.string({ unit: fc.oneof(fc.constantFrom('"', '\\', '/', '\u0000', '\u001f', '\u007f', 'é', '😀', '\u2028', '\ud800'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 40 }))
  .map(([value, escapes]) => {
    let out = '"';
    [...value].forEach((char, index) => {
      const code = char.charCodeAt(0);
      if (escapes[index] && char.length === 1) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else if (char === '/' && escapes[index]) out += '\\/';
      else out += JSON.stringify(char).slice(1, -1);
    });
    return `${out}"`;
  });

const numberText = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.integer().map(String),
  fc.constantFrom('-0', '0', '0e0', '0E+0', '1e400', '-1e-400', '1.5e-3', '12345678901234567890123', '9007199254740993', '0.1', '-0.0e-0'),
);

const keyText = fc.oneof(
  fc.constantFrom('"type"', '"payload"', '"ordinal"', '"timestamp"', '"call_id"', '"output"', '"id"', '"typ\\u0065"', '"__proto__"', '"constructor"'),
  // Wanted names, and keys that have a wanted name's length and first 8 bytes but differ after them.
  fc.constantFrom('"encrypted_content"', '"encrypted_contenu"', '"timestamq"', '"call_ie"', `"${LONG_NAME}"`, `"${'x'.repeat(69)}y"`, `"${'x'.repeat(64)}"`, '""'),
  stringText,
);

const { value: valueText } = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('true', 'false', 'null'),
    numberText,
    stringText,
    tie('array'),
    tie('object'),
  ),
  array: fc.tuple(fc.array(fc.tuple(whitespace, tie('value'), whitespace), { maxLength: 4 }), whitespace).map(
    ([elements, inside]) => `[${inside}${elements.map(([before, value, after]) => `${before}${value}${after}`).join(',')}]`,
  ),
  object: fc.tuple(fc.array(fc.tuple(whitespace, keyText, whitespace, whitespace, tie('value'), whitespace), { maxLength: 5 }), whitespace).map(
    ([members, inside]) => `{${inside}${members.map(([a, key, b, c, value, d]) => `${a}${key}${b}:${c}${value}${d}`).join(',')}}`,
  ),
}));

/** An array like an output's content items: objects with a type of some kind (or none, or twice), and the odd non-object. */
const outputArrayText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.array(fc.tuple(fc.constantFrom('"type"', '"type"', '"text"', '"image_url"', '"typ\\u0065"'), valueText), { maxLength: 3 }).map((members) => `{${members.map(([key, value]) => `${key}:${value}`).join(',')}}`) },
      fc.oneof(fc.constant('{"type":"input_image","image_url":"data:image/png;base64,iVBOR"}'), valueText),
    ),
    { maxLength: 4 },
  )
  .map((elements) => `[${elements.join(',')}]`);

/** A record-like object: wanted names with values of every kind, repeated at times, and a nested payload. */
const recordText = fc
  .tuple(
    fc.array(fc.tuple(keyText, fc.oneof(valueText, fc.constant('{"type":"x","call_id":"c","output":"o","id":1}'))), { maxLength: 6 }),
    fc.array(fc.tuple(fc.oneof(keyText, fc.constant('"output"')), fc.oneof(valueText, outputArrayText)), { maxLength: 6 }),
    whitespace,
    fc.nat(),
  )
  .map(([top, payload, space, at]) => {
    const members = top.map(([key, value]) => `${key}:${value}`);
    members.splice(at % (members.length + 1), 0, `"payload":{${payload.map(([key, value]) => `${key}:${value}`).join(',')}}`);
    return `${space}{${members.join(`,${space}`)}}${space}`;
  });

const INTERESTING = Buffer.from('"\\{}[],:0123456789-+.eEtrufalsn \t\r\nxugG/\u0000\u0001\u001f\u007fé');

/** One to three byte edits: delete, insert or replace a byte, cut the tail, or repeat a slice. */
const mutated = fc
  .tuple(
    fc.oneof(recordText, valueText),
    fc.array(fc.tuple(fc.constantFrom('delete', 'insert', 'replace', 'cut', 'repeat'), fc.nat(), fc.nat(INTERESTING.length - 1), fc.nat(8)), { minLength: 1, maxLength: 3 }),
  )
  .map(([text, edits]) => {
    let bytes = Buffer.from(text);
    for (const [edit, at, pick, length] of edits) {
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      const byte = Buffer.of(INTERESTING[pick]!);
      if (edit === 'delete') bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)]);
      else if (edit === 'insert') bytes = Buffer.concat([bytes.subarray(0, i), byte, bytes.subarray(i)]);
      else if (edit === 'replace') bytes = Buffer.concat([bytes.subarray(0, i), byte, bytes.subarray(i + 1)]);
      else if (edit === 'cut') bytes = bytes.subarray(0, i);
      else bytes = Buffer.concat([bytes.subarray(0, i + length), bytes.subarray(i)]);
    }
    return bytes;
  });

const jsonishBytes = fc.uint8Array({ maxLength: 64 }).map((raw) => Buffer.from(raw.map((byte) => (byte < 200 ? INTERESTING[byte % INTERESTING.length]! : byte))));

const offset = fc.nat(7);

describe.each(ENGINES)('JsonScanner (%s) agrees with JSON.parse', (engine) => {
  const { bare, withFields } = scanners[engine];
  it('runs on this engine', () => expect(bare.engine).toBe(engine));

  it('on generated JSON values and records (duplicate keys, escapes, whitespace, every kind of field)', () => {
    fc.assert(
      fc.property(fc.oneof(recordText, valueText), offset, (text, at) => agrees(engine, Buffer.from(text), at)),
      { numRuns: 5000 },
    );
  });

  it('on mutated JSON (deleted, inserted, replaced and repeated bytes, cut tails)', () => {
    fc.assert(
      fc.property(mutated, offset, (bytes, at) => agrees(engine, bytes, at)),
      { numRuns: 10000 },
    );
  });

  it('on random bytes, mostly JSON punctuation', () => {
    fc.assert(
      fc.property(fc.oneof(jsonishBytes, fc.uint8Array({ maxLength: 64 }).map((raw) => Buffer.from(raw))), offset, (bytes, at) => agrees(engine, bytes, at)),
      { numRuns: 5000 },
    );
  });

  it('on long strings, with the byte that ends a run of plain content at every place in a word', () => {
    const stops = ['"', '\\"', '\\n', '\\u00e9', '\\x', '\u0001', '\t', '\u001f', ' ', 'é', '\u007f', '\\\\'];
    for (const stop of stops) {
      for (let before = 0; before < 24; before += 1) {
        for (let at = 0; at < 4; at += 1) {
          agrees(engine, Buffer.from(`{"type":"${'a'.repeat(before)}${stop}${'b'.repeat(before % 7)}","payload":{"output":"${'x'.repeat(before * 3)}${stop}"}}`), at);
        }
      }
    }
  });

  it.each([
    '{}',
    ' {} ',
    '{"a":1}',
    '{"a":1}x',
    '{"a":1}}',
    '{"a":1,}',
    '{"a" 1}',
    '{,}',
    '{"a":01}',
    '{"a":1.}',
    '{"a":.5}',
    '{"a":-}',
    '{"a":1e}',
    '{"a":1e+}',
    '{"a":+1}',
    '{"a":tru}',
    '{"a":truex}',
    '{"a":nul}',
    '{"a":[1,]}',
    '{"a":[,1]}',
    '{"a":"\\x"}',
    '{"a":"\\u12"}',
    '{"a":"\\u12G4"}',
    '{"a":"\\U1234"}',
    '{"a":"\\u00g0"}',
    '{"a":"\\u00Ff\\uABcd"}',
    '{"a":"\t"}',
    '{"a":"\u0000"}',
    '{"a":"\u007f\u2028"}',
    '\u00a0{}',
    '\ufeff{}',
    '{"a":"unterminated}',
    '{"a":"\\"}',
    '{"a":"\\\\"}',
    '',
    '   ',
    '[]',
    '"s"',
    '1',
    'null',
    '{"type":"a","type":1}',
    '{"payload":{"type":"a"},"payload":2}',
    '{"payload":{"type":"a"},"payload":{"id":"b"}}',
    '{"payload":[{"type":"a"}]}',
    '{"payload":{"type":"a"},"x":{"type":"b","call_id":"c"}}',
    '{"payload":{"type":"a"},"x":[{"type":"b"}]}',
    '{"payload":{"output":[]}}',
    '{"payload":{"output":[{"type":"a"},{"type":"b","type":2}]}}',
    '{"payload":{"output":[{"type":"a"},{"text":"b"}]}}',
    '{"payload":{"output":[{"type":"a"},"b"]}}',
    '{"payload":{"output":[{"type":"a"},[{"type":"b"}]]}}',
    '{"payload":{"output":[{"type":"a","x":{"type":1}}]}}',
    '{"payload":{"output":[{"type":"a"}],"output":"s"}}',
    '{"payload":{"output":[{"type":1}]},"payload":{"output":[{"type":"a"}]}}',
    '{"payload":{"output":[{}]}}',
    '{"x":{"payload":{"type":"a"}},"payload":{"x":{"type":"b"}}}',
    '{"typ\\u0065":"a"}',
    '{"type":"\\u0061\\/"}',
    '{"ordinal":-0}',
    '{"ordinal":1e400}',
    '{"ordinal":12345678901234567890}',
  ])('%j', (text) => agrees(engine, Buffer.from(text)));

  it('follows nesting as deep as records go, and leaves deeper nesting to JSON.parse', () => {
    const nested = (depth: number) => Buffer.from(`{"a":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`);
    expect(bare.scan(nested(1024))).toBe(true);
    expect(bare.scan(nested(1025))).toBe(false);
    expect(bare.scan(Buffer.from(`{"a":${'['.repeat(5000)}`))).toBe(false);
  });

  it('refuses to guess when a wanted key is escaped', () => {
    expect(withFields.scan(Buffer.from('{"typ\\u0065":"a"}'))).toBe(false);
    expect(withFields.scan(Buffer.from('{"payload":{"call\\u005fid":"c"}}'))).toBe(false);
    // Escaped keys where no field is wanted are fine.
    expect(withFields.scan(Buffer.from('{"other":{"typ\\u0065":"a"},"payload":{"x":{"\\u0074ype":1}}}'))).toBe(true);
  });
});

describe('the WebAssembly engine', () => {
  const list = new FieldList(['type', 'payload.output']);
  const [TYPE, OUTPUT] = [list.of('type'), list.of('payload.output')];
  const scanner = new JsonScanner(list, undefined, { engine: 'wasm' });
  const deferrals = { maxDepth: 3, longIntegers: true, surrogateEscapes: true };

  it('defers what it is asked to defer, exactly where the JavaScript scan does', () => {
    const [wasm, js] = (['wasm', 'js'] as const).map((engine) => new JsonScanner(['type'], deferrals, { engine })) as [JsonScanner, JsonScanner];
    for (const text of ['{"type":"\\ud800"}', '{"x":"\\uDFFF"}', '{"x":"a\\\\\\uDbcd"}', '{"x":"\\ud83d\\ude00"}', '{"n":1234567890123456789}', '{"n":-1234567890123456789}', '{"a":[[[]]]}']) {
      expect([wasm.scan(Buffer.from(text)), js.scan(Buffer.from(text)), scanner.scan(Buffer.from(text))], text).toEqual([false, false, true]);
    }
    for (const text of ['{"type":"\\\\ud800"}', '{"x":"\\u00d8\\ue000\\uc800"}', '{"n":123456789012345678,"f":1234567890123456789.5,"e":1e400}', '{"a":[[]]}']) {
      expect([wasm.scan(Buffer.from(text)), js.scan(Buffer.from(text))], text).toEqual([true, true]);
    }
  });

  it('grows its memory for a long line and still reads the fields of the next ones', () => {
    const long = Buffer.from(`{"type":"big","payload":{"output":"${'é'.repeat(3 << 20)}"}}`);
    expect(scanner.scan(long)).toBe(true);
    expect([scanner.string(TYPE), scanner.kind(OUTPUT), scanner.ascii]).toEqual(['big', 'string', false]);
    expect(scanner.string(OUTPUT)).toHaveLength(3 << 20);
    expect(scanner.scan(Buffer.from('{"type":"small","payload":{"output":[]}}'))).toBe(true);
    expect([scanner.string(TYPE), scanner.kind(OUTPUT), scanner.ascii]).toEqual(['small', 'array', true]);
  });
});

describe('the WebAssembly engine, line by line over a loaded input', () => {
  const fields = LIST.paths.map((_, ref) => ref);
  const [inKernel, oneByOne] = [new JsonScanner(LIST, undefined, { engine: 'wasm' }), new JsonScanner(LIST, undefined, { engine: 'wasm' })] as const;
  const RESULTS: Record<number, string> = { [UNDECIDED]: 'undecided', [ASCII]: 'ascii', [NON_ASCII]: 'non-ascii', [BLANK]: 'blank' };

  /** What nextLine() reports of every line, the last without a terminator too, with the fields it read. */
  function byKernel(head: Buffer, tail: Buffer): unknown[] {
    const seen: unknown[] = [];
    expect(inKernel.load(head, tail)).toBe(true);
    for (let final = false; ; ) {
      const result = inKernel.nextLine(final);
      if (result === NEED_MORE) {
        if (final) break;
        const rest = Buffer.from(inKernel.rest());
        expect(inKernel.load(rest, Buffer.alloc(0))).toBe(true);
        final = true;
        continue;
      }
      const [start, end, eol] = inKernel.line as unknown as [number, number, number];
      const bytes = Buffer.from(inKernel.input.subarray(start, end));
      seen.push({ bytes: bytes.toString('latin1'), eol, result: RESULTS[result], fields: result === ASCII || result === NON_ASCII ? fields.map((field) => [inKernel.kind(field), inKernel.string(field)]) : [] });
    }
    return seen;
  }

  /** The same, from the lines a LineSplitter cuts, each scanned on its own. */
  function bySplitter(bytes: Buffer): unknown[] {
    const seen: unknown[] = [];
    const visit = (line: RawLine) => {
      const blank = /^[ \t\r]*$/.test(line.bytes.toString('latin1'));
      const object = !blank && oneByOne.scan(line.bytes);
      const result = blank ? 'blank' : object ? (oneByOne.ascii ? 'ascii' : 'non-ascii') : 'undecided';
      seen.push({ bytes: line.bytes.toString('latin1'), eol: ['', '\n', '\r\n'].indexOf(line.eol), result, fields: object ? fields.map((field) => [oneByOne.kind(field), oneByOne.string(field)]) : [] });
    };
    const splitter = new LineSplitter();
    splitter.push(bytes, visit);
    splitter.end(visit);
    return seen;
  }

  const lineText = fc.oneof(recordText, mutated.map((bytes) => bytes.toString('latin1')), fc.constantFrom('', ' ', '\t\r', '\r'));
  const input = fc.tuple(fc.array(fc.tuple(lineText, fc.constantFrom('\n', '\r\n')), { maxLength: 8 }), lineText, fc.nat());

  it('finds, splits and scans the lines a LineSplitter cuts, with the fields a scan of each finds, wherever the input is cut in two', () => {
    fc.assert(
      fc.property(input, ([lines, last, cut]) => {
        const bytes = Buffer.from(lines.map(([text, eol]) => text + eol).join('') + last, 'latin1');
        const at = bytes.length === 0 ? 0 : cut % bytes.length;
        expect(byKernel(bytes.subarray(0, at), bytes.subarray(at))).toEqual(bySplitter(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it('grows its memory for a long line and reads on past it', () => {
    const long = `{"type":"big","payload":{"output":"${'x'.repeat(5 << 20)}"}}`;
    const bytes = Buffer.from(`{"type":"a"}\n${long}\r\n{"type":"b"}`);
    const seen = byKernel(bytes, Buffer.alloc(0)) as { result: string; eol: number; fields: [string, string | undefined][] }[];
    expect(seen.map(({ result, eol, fields: [type] }) => [result, eol, type?.[1]])).toEqual([['ascii', 1, 'a'], ['ascii', 2, 'big'], ['ascii', 0, 'b']]);
  });

  it('tells an ASCII line from one with other bytes by its own bytes only, wherever they fall in a block of 16', () => {
    // The kernel looks for a line's end 16 bytes at a time: the bytes after the line end in the same
    // block (here the next line's é) are not the line's.
    for (let pad = 0; pad < 40; pad += 1) {
      const ascii = `{"type":"${'a'.repeat(pad)}"}`;
      const other = `{"type":"${'a'.repeat(pad % 17)}é"}`;
      const bytes = Buffer.from(`${ascii}\n${other}\n${ascii}\r\n${other}`);
      const seen = byKernel(bytes, Buffer.alloc(0)) as { result: string }[];
      expect(seen.map(({ result }) => result), `pad ${pad}`).toEqual(['ascii', 'non-ascii', 'ascii', 'non-ascii']);
    }
  });
});

describe("the WebAssembly engine's cache of short strings", () => {
  it('gives the string of this line, whatever values filled and refilled its slot, read or not, before', () => {
    const list = new FieldList(['type', 'payload.id']);
    const scanner = new JsonScanner(list, undefined, { engine: 'wasm' });
    // More distinct values than the cache has slots, some of them non-ASCII, of every length it keeps and beyond.
    const pool = Array.from({ length: 3000 }, (_, n) => (n % 7 === 0 ? `é${n}` : `v${n}`.padEnd(n % 60, 'x')));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(pool.length - 1), fc.nat(pool.length - 1), fc.boolean()), { minLength: 200, maxLength: 2000 }), (lines) => {
        for (const [type, id, read] of lines) {
          const [t, i] = [pool[type]!, pool[id]!];
          expect(scanner.scan(Buffer.from(JSON.stringify({ type: t, payload: { id: i } })))).toBe(true);
          if (read) expect([scanner.string(list.of('type')), scanner.string(list.of('payload.id'))]).toEqual([t, i]);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('keeps no value of a field the list calls distinct, which is still read right', () => {
    const list = new FieldList(['type', 'timestamp'], { distinct: ['timestamp'] });
    const [type, timestamp] = [list.of('type'), list.of('timestamp')];
    const kernel = JsonKernel.create(list.tree, list.repeats, { maxDepth: 64, longIntegers: false, surrogates: false })!;
    const scanner = new JsonScanner(list, undefined, { engine: 'wasm' });
    for (let n = 0; n < 3; n += 1) {
      const line = Buffer.from(JSON.stringify({ type: 'event_msg', timestamp: `2026-12-03T11:4${n}:00.000Z` }));
      expect(kernel.scan(line)).toBe(ASCII);
      expect(kernel.cached[list.slotOf[type]!]).toBeGreaterThanOrEqual(0);
      expect(kernel.cached[list.slotOf[timestamp]!]).toBe(-1);
      expect(scanner.scan(line)).toBe(true);
      expect([scanner.string(type), scanner.string(timestamp)]).toEqual(['event_msg', `2026-12-03T11:4${n}:00.000Z`]);
    }
  });
});

describe('FieldList', () => {
  it('takes every field to repeat but the distinct ones, by slot', () => {
    const list = new FieldList(['type', 'payload.id', 'payload.type'], { distinct: ['payload.id'] });
    expect([...list.repeats]).toEqual([1, 1, 0, 1]);
    expect(list.repeats[list.slotOf[list.of('payload.id')]!]).toBe(0);
    expect(() => new FieldList(['type'], { distinct: ['payload.id'] })).toThrow('field payload.id was not asked for');
  });
});
