import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringTable } from '../../../src/formats/claude-code/string-table.js';

describe('StringTable', () => {
  it('gives each distinct string one number, in order of first sight, and spells it back exactly', () => {
    const strings = fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...'toolu_msg0123456789abcXYZ'), maxLength: 30 }) },
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(strings, { maxLength: 4000 }), (list) => {
        const table = new StringTable();
        const model = new Map<string, number>();
        for (const text of list) {
          if (!model.has(text)) model.set(text, model.size);
          expect(table.intern(text)).toBe(model.get(text));
        }
        expect(table.count).toBe(model.size);
        for (const [text, code] of model) expect(table.stringOf(code)).toBe(text);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps ids apart past many rehashes and buffer growths', () => {
    const table = new StringTable();
    const id = (n: number) => `toolu_${n.toString(36).padStart(24, '0')}`;
    for (let n = 0; n < 50_000; n += 1) expect(table.intern(id(n))).toBe(n);
    for (let n = 0; n < 50_000; n += 7) expect(table.intern(id(n))).toBe(n);
    expect(table.intern('tool\u00e9')).toBe(50_000);
    expect(table.stringOf(49_999)).toBe(id(49_999));
    expect(table.stringOf(50_000)).toBe('tool\u00e9');
    expect(table.count).toBe(50_001);
  });
});
