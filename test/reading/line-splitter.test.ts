import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter, type RawLine } from '../../src/reading/line-splitter.js';

function split(chunks: Buffer[]): { number: number; offset: number; text: string; eol: string }[] {
  const lines: RawLine[] = [];
  const splitter = new LineSplitter();
  const keep = (line: RawLine) => lines.push({ ...line, bytes: Buffer.from(line.bytes) });
  for (const chunk of chunks) splitter.push(chunk, keep);
  splitter.end(keep);
  return lines.map(({ number, offset, bytes, eol }) => ({ number, offset, text: bytes.toString('latin1'), eol }));
}

describe('LineSplitter', () => {
  it('keeps each line with its number, byte offset and terminator', () => {
    expect(split([Buffer.from('a\r\nbb\n\nccc')])).toEqual([
      { number: 1, offset: 0, text: 'a', eol: '\r\n' },
      { number: 2, offset: 3, text: 'bb', eol: '\n' },
      { number: 3, offset: 6, text: '', eol: '\n' },
      { number: 4, offset: 7, text: 'ccc', eol: '' },
    ]);
  });

  it('counts only LF as a line break: a lone CR stays in the line (unlike readline)', () => {
    expect(split([Buffer.from('{"a":1}\r{"b":2}\n')]).map((line) => line.text)).toEqual(['{"a":1}\r{"b":2}']);
  });

  it('emits nothing for an empty input or after a final newline', () => {
    expect(split([])).toEqual([]);
    expect(split([Buffer.from('x\n')])).toHaveLength(1);
  });

  it('gives the same lines however the bytes are cut into chunks, CR/LF split across chunks included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes.map((b) => [10, 13, 65, 0xc3][b % 4]!))), fc.array(fc.nat(200)), (bytes, cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [...points, bytes.length].map((end, index) => bytes.subarray(index === 0 ? 0 : points[index - 1], end));
        const whole = split([bytes]);
        expect(split(chunks)).toEqual(whole);
        // Reassembling the lines gives back the input, byte for byte.
        expect(Buffer.from(whole.map((line) => line.text + line.eol).join(''), 'latin1').equals(bytes)).toBe(true);
      }),
    );
  });

  it('passes on or drops the lines a skipper names: the same visits for the others, and the passed bytes in order', () => {
    const line = fc.stringMatching(/^[ab\r]{0,12}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), fc.array(fc.nat(150)), fc.func(fc.constantFrom('pass' as const, 'drop' as const, undefined)), (lines, final, cuts, skip) => {
        const bytes = Buffer.from(lines.join('\n') + (final ? '\n' : ''), 'latin1');
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [...points, bytes.length].map((end, index) => bytes.subarray(index === 0 ? 0 : points[index - 1], end));
        const asked: number[] = [];
        const out: string[] = [];
        const seen: RawLine[] = [];
        const splitter = new LineSplitter({
          skip: (n) => (asked.push(n), skip(n)),
          skipped: (piece) => out.push(piece.toString('latin1')),
        });
        const keep = (raw: RawLine) => {
          seen.push({ ...raw, bytes: Buffer.from(raw.bytes) });
          out.push(raw.bytes.toString('latin1') + raw.eol);
        };
        for (const chunk of chunks) splitter.push(Buffer.from(chunk), keep);
        splitter.end(keep);
        const all = split([bytes]);
        // Visited lines are exactly the ones not skipped, with their numbers and offsets; passed and visited bytes come out in order.
        expect(seen.map(({ number, offset, bytes, eol }) => ({ number, offset, text: bytes.toString('latin1'), eol }))).toEqual(all.filter((l) => !skip(l.number)));
        expect(out.join('')).toBe(all.filter((l) => skip(l.number) !== 'drop').map((l) => l.text + l.eol).join(''));
        expect(new Set(asked)).toEqual(new Set(all.map((l) => l.number)));
      }),
    );
  });

  it('hands on a run of passed lines in one piece per chunk, without copying it', () => {
    const chunk = Buffer.from('a\nb\nc\nd\ne\nf\ng');
    const pieces: Buffer[] = [];
    const visited: number[] = [];
    const splitter = new LineSplitter({ skip: (n) => (n === 3 ? undefined : n === 5 ? 'drop' : 'pass'), skipped: (piece) => pieces.push(piece) });
    splitter.push(chunk, (line) => visited.push(line.number));
    splitter.end((line) => visited.push(line.number));
    expect(visited).toEqual([3]);
    expect(pieces.map(String)).toEqual(['a\nb\n', 'd\n', 'f\ng']);
    expect(pieces.every((piece) => piece.buffer === chunk.buffer)).toBe(true);
  });

  it('handles a 32 MiB line fed in small chunks', () => {
    const line = Buffer.alloc(32 << 20, 0x61);
    const chunks: Buffer[] = [];
    for (let offset = 0; offset < line.length; offset += 64 << 10) chunks.push(line.subarray(offset, offset + (64 << 10)));
    chunks.push(Buffer.from('\nz'));
    const lines: RawLine[] = [];
    const splitter = new LineSplitter();
    for (const chunk of chunks) splitter.push(chunk, (l) => lines.push(l));
    splitter.end((l) => lines.push(l));
    expect(lines.map((l) => [l.bytes.length, l.offset, l.eol])).toEqual([
      [32 << 20, 0, '\n'],
      [1, (32 << 20) + 1, ''],
    ]);
  });
});
