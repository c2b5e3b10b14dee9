import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bridges } from '../../../src/formats/claude-code/bridge.js';
import type { ClaudeHistory } from '../../../src/formats/claude-code/chain.js';
import type { EntryRole } from '../../../src/formats/claude-code/records.js';

interface Entry {
  readonly role: EntryRole;
  readonly side: boolean;
  readonly time: number;
}

const entryArb = fc.record({
  role: fc.constantFrom<EntryRole>('user', 'assistant', 'attachment', 'system', 'other'),
  side: fc.boolean(),
  // Few distinct times, so that ties are common; NaN for a line without a valid timestamp.
  time: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 12 }).map((n) => n * 1000) }, fc.constant(NaN)),
});

/** What the walk asked before: a scan of every entry. */
function nearestByScan(entries: readonly Entry[], taken: ReadonlySet<number>, e: number) {
  const time = entries[e]!.time;
  if (Number.isNaN(time)) return undefined;
  let best = -1;
  let unique = true;
  entries.forEach((c, index) => {
    if (index === e || taken.has(index) || !c.side || c.role === 'other' || !(c.time < time)) return;
    if (best < 0 || c.time > entries[best]!.time) {
      best = index;
      unique = true;
    } else if (c.time === entries[best]!.time) unique = false;
  });
  return best < 0 ? undefined : { entry: best, unique };
}

const earlierByScan = (entries: readonly Entry[], taken: ReadonlySet<number>, e: number) =>
  entries.slice(0, e).filter((c, index) => !taken.has(index) && c.side && (c.role === 'user' || c.role === 'assistant')).length;

describe('Bridges', () => {
  it('answers as a scan of every entry would, as the walk takes entries in any order', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 60 }), (entries, order) => {
        const history = { count: entries.length, roleOf: (e: number) => entries[e]!.role, timeOf: (e: number) => entries[e]!.time } as unknown as ClaudeHistory;
        const bridges = new Bridges(history, (e) => entries[e]!.side);
        const taken = new Set<number>();
        for (const pick of order) {
          const e = pick % entries.length;
          if (taken.has(e)) continue;
          taken.add(e);
          bridges.take(e);
          expect(bridges.nearestEarlier(e)).toEqual(nearestByScan(entries, taken, e));
          expect(bridges.earlierMessages(e)).toBe(earlierByScan(entries, taken, e));
        }
      }),
      { numRuns: 500 },
    );
  });
});
