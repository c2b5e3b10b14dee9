/** CallIds against a Map<string, number>: the same numbers, found and given back exactly, for any strings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallIds } from '../../src/formats/call-ids.js';

const id = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^call_[0-9a-z]{1,6}$/) },
  fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\ud800', '\udfff', '\u0000', '"'), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constant(''),
);

describe('CallIds', () => {
  it('numbers ids as a Map would, and gives them back exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), id), { maxLength: 600 }), (steps) => {
        const ids = new CallIds();
        const model = new Map<string, number>();
        for (const [add, text] of steps) {
          if (add && !model.has(text)) {
            model.set(text, model.size);
            expect(ids.add(text)).toBe(model.size - 1);
          }
          expect(ids.find(text)).toBe(model.get(text) ?? -1);
        }
        expect(ids.size).toBe(model.size);
        for (const [text, number] of model) {
          expect(ids.id(number)).toBe(text);
          expect(ids.find(text)).toBe(number);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds many ids, and long ones', () => {
    const ids = new CallIds();
    for (let k = 0; k < 50_000; k += 1) ids.add(`call_${k.toString(36)}`);
    const long = 'x'.repeat(20_000) + '\ud800';
    expect(ids.add(long)).toBe(50_000);
    expect([ids.find('call_0'), ids.find(`call_${(49_999).toString(36)}`), ids.find('call_'), ids.find(long), ids.find(long.slice(1))]).toEqual([0, 49_999, -1, 50_000, -1]);
    expect(ids.id(50_000)).toBe(long);
  });
});

describe('CallIds.intern (as the Claude Code chain numbers its call and message ids)', () => {
  it('gives each distinct string one number, in order of first sight, and spells it back exactly', () => {
    const strings = fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...'toolu_msg0123456789abcXYZ'), maxLength: 30 }) },
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(strings, { maxLength: 4000 }), (list) => {
        const table = new CallIds();
        const model = new Map<string, number>();
        for (const text of list) {
          if (!model.has(text)) model.set(text, model.size);
          expect(table.intern(text)).toBe(model.get(text));
        }
        expect(table.size).toBe(model.size);
        for (const [text, code] of model) expect(table.id(code)).toBe(text);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps ids apart past many rehashes and buffer growths', () => {
    const table = new CallIds();
    const id = (n: number) => `toolu_${n.toString(36).padStart(24, '0')}`;
    for (let n = 0; n < 50_000; n += 1) expect(table.intern(id(n))).toBe(n);
    for (let n = 0; n < 50_000; n += 7) expect(table.intern(id(n))).toBe(n);
    expect(table.intern('tool\u00e9')).toBe(50_000);
    expect(table.id(49_999)).toBe(id(49_999));
    expect(table.id(50_000)).toBe('tool\u00e9');
    expect(table.size).toBe(50_001);
  });
});
