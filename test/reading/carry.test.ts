import { describe, expect, it } from 'vitest';
import { Carry } from '../../src/reading/carry.js';

describe('Carry', () => {
  it('keeps the bytes appended, in order, however many pieces and however long', () => {
    const carry = new Carry();
    const pieces = Array.from({ length: 300 }, (_, n) => Buffer.alloc(1000 + n, n % 251));
    for (const piece of pieces) carry.append(piece);
    expect(carry.bytes().equals(Buffer.concat(pieces))).toBe(true);
    expect(carry.length).toBe(pieces.reduce((sum, piece) => sum + piece.length, 0));
  });

  it('copies: changing a piece after it was appended changes nothing', () => {
    const carry = new Carry();
    const piece = Buffer.from('{"type":');
    carry.append(piece);
    piece.fill(0);
    expect(carry.bytes().toString()).toBe('{"type":');
  });

  it('reuses its buffer after clear() for lines of a few MiB, and lets go of one that grew past KEPT_BYTES', () => {
    const carry = new Carry();
    carry.append(Buffer.alloc(1 << 20, 1));
    const kept = carry.bytes().buffer;
    carry.clear();
    expect(carry.length).toBe(0);
    carry.append(Buffer.from('x'));
    expect(carry.bytes().buffer).toBe(kept);
    carry.append(Buffer.alloc(Carry.KEPT_BYTES + 1, 2));
    const huge = carry.bytes();
    carry.clear();
    // What was taken before clear() stays valid; the next line starts in a small buffer.
    expect(huge[huge.length - 1]).toBe(2);
    carry.append(Buffer.from('y'));
    expect(carry.bytes().buffer.byteLength).toBeLessThan(Carry.KEPT_BYTES);
    expect(carry.bytes().toString()).toBe('y');
  });
});
