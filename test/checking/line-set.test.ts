import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSet } from '../../src/checking/line-set.js';

describe('LineSet', () => {
  it('holds exactly the lines added, however far it grows (its first 64 bytes hold lines 0 to 511)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 3_000_000 })), { maxLength: 60 }), (lines) => {
        const set = new LineSet();
        for (const line of lines) set.add(line);
        const added = new Set(lines);
        for (const line of [...lines, ...lines.map((line) => line + 1), 511, 512, 513, 3_000_001]) expect(set.has(line)).toBe(added.has(line));
      }),
    );
  });
});
