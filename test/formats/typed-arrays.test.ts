import { describe, expect, it } from 'vitest';
import { grownArray, grownLength, release } from '../../src/formats/typed-arrays.js';

describe('grownArray', () => {
  it('copies the values to the start of a longer array of the same kind, and empties a large old one', () => {
    const old = Int32Array.from({ length: 40_000 }, (_, k) => k * 3 - 7);
    const grown = grownArray(old, grownLength(old.length));
    expect(grown).toBeInstanceOf(Int32Array);
    expect(grown.length).toBe(60_016);
    expect([grown[0], grown[39_999], grown[40_000]]).toEqual([-7, 39_999 * 3 - 7, 0]);
    // Its memory went with the transfer: the old array reads as empty.
    expect(old.length).toBe(0);
  });

  it('makes the new array with `make`, widening the values', () => {
    const old = Uint32Array.from([1, 2, 0xffff_ffff]);
    const wide = grownArray<Uint32Array | Float64Array>(old, 5, (length) => new Float64Array(length));
    expect(wide).toBeInstanceOf(Float64Array);
    expect([...wide]).toEqual([1, 2, 0xffff_ffff, 0, 0]);
  });

  it('leaves a small old array as it is (V8 keeps it on its heap)', () => {
    const old = Uint8Array.from([1, 2, 3]);
    grownArray(old, 10);
    expect([...old]).toEqual([1, 2, 3]);
  });
});

describe('release', () => {
  it('empties every view of a large array', () => {
    const array = new Float64Array(16_384);
    const view = array.subarray(10, 20);
    release(array);
    expect([array.length, view.length]).toEqual([0, 0]);
  });
});
