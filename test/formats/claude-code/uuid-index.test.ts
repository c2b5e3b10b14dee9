import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UuidIndex } from '../../../src/formats/claude-code/uuid-index.js';

const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
const canonical = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((parts) => parts.join('-'));
/** Canonical uuids, their uppercase and brace-less neighbours, and strings that are no uuid at all. */
const anyUuid = fc.oneof(
  { weight: 4, arbitrary: canonical },
  canonical.map((uuid) => uuid.toUpperCase()),
  canonical.map((uuid) => uuid.replaceAll('-', '')),
  canonical.map((uuid) => `${uuid.slice(0, 35)}g`),
  canonical.map((uuid) => `${uuid.slice(0, 8)}_${uuid.slice(9)}`),
  fc.string({ maxLength: 40 }),
);

describe('UuidIndex', () => {
  it('finds every uuid added, by exact string, and spells each back as it was written', () => {
    fc.assert(
      fc.property(fc.array(anyUuid, { maxLength: 3000 }), fc.array(anyUuid, { maxLength: 50 }), (uuids, probes) => {
        const index = new UuidIndex();
        const model = new Map<string, number>();
        uuids.forEach((uuid) => {
          if (model.has(uuid)) return expect(index.add(uuid, model.size)).toBe(false);
          expect(index.add(uuid, model.size)).toBe(true);
          model.set(uuid, model.size);
        });
        for (const [uuid, e] of model) {
          expect(index.get(uuid)).toBe(e);
          expect(index.uuidOf(e)).toBe(uuid);
        }
        for (const probe of probes) expect(index.get(probe)).toBe(model.get(probe));
      }),
      { numRuns: 60 },
    );
  });

  it('answers lookups between adds as the chain makes them (a parent a few lines back, a repeated uuid)', () => {
    const step = fc.oneof(fc.record({ add: anyUuid }), fc.record({ again: fc.nat(6) }), fc.record({ back: fc.nat(6) }), fc.record({ probe: anyUuid }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 400 }), (steps) => {
        const index = new UuidIndex();
        const model = new Map<string, number>();
        const written: string[] = [];
        for (const s of steps) {
          if ('back' in s || 'probe' in s) {
            const uuid = 'back' in s ? written[written.length - 1 - s.back] : s.probe;
            if (uuid !== undefined) expect(index.get(uuid)).toBe(model.get(uuid));
            continue;
          }
          const added = 'add' in s ? s.add : written[written.length - 1 - s.again];
          if (added === undefined) continue;
          written.push(added);
          expect(index.add(added, model.size)).toBe(!model.has(added));
          if (!model.has(added)) model.set(added, model.size);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a repeated uuid at its first entry, however many lines came between', () => {
    const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    for (const between of [0, 1, 3, 4, 5, 9]) {
      for (const first of [uuid(1), 'not-a-uuid']) {
        const index = new UuidIndex();
        index.add(first, 0);
        for (let n = 1; n <= between; n += 1) index.add(uuid(100 + n), n);
        expect(index.add(first, between + 1)).toBe(false);
        expect(index.get(first)).toBe(0);
        index.add(uuid(99), between + 1);
        expect(index.get(first)).toBe(0);
      }
    }
  });

  it('tells apart uuids that differ in one digit or only in case, past many rehashes', () => {
    const index = new UuidIndex();
    const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    for (let n = 0; n < 20_000; n += 1) index.add(uuid(n), n);
    const upper = uuid(0xabc).toUpperCase();
    index.add(upper, 20_000);
    for (let n = 0; n < 20_000; n += 1) expect(index.get(uuid(n))).toBe(n);
    expect(index.get(uuid(20_000))).toBeUndefined();
    expect(index.get(upper)).toBe(20_000);
    expect(index.get(uuid(0xabc))).toBe(0xabc);
    expect(index.uuidOf(20_000)).toBe(upper);
  });
});
