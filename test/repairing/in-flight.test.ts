import { describe, expect, it } from 'vitest';
import { inFlight } from '../../src/repairing/in-flight.js';

/** A task per index that ends when the test says so, and a log of what started and ended. */
function tasks(count: number) {
  const log: string[] = [];
  const ends: (() => void)[] = [];
  const fails: ((error: Error) => void)[] = [];
  const work = (index: number) =>
    new Promise<void>((resolve, reject) => {
      log.push(`start ${index}`);
      ends[index] = () => (log.push(`end ${index}`), resolve());
      fails[index] = reject;
    });
  return { log, ends, fails, work, count };
}

/** Lets the runner go on (each end is seen a few microtasks later). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('inFlight', () => {
  it('starts in order, never more than `files` at once, the next as soon as one ends', async () => {
    const t = tasks(4);
    const run = inFlight(t.count, () => 1, t.work, { files: 2, bytes: 100 });
    await settle();
    expect(t.log).toEqual(['start 0', 'start 1']);
    t.ends[1]!();
    await settle();
    expect(t.log).toEqual(['start 0', 'start 1', 'end 1', 'start 2']);
    t.ends[0]!();
    await settle();
    t.ends[2]!();
    await settle();
    t.ends[3]!();
    await run;
    expect(t.log).toEqual(['start 0', 'start 1', 'end 1', 'start 2', 'end 0', 'start 3', 'end 2', 'end 3']);
  });

  it('keeps the sizes in flight within `bytes`, and runs a larger one alone', async () => {
    const t = tasks(3);
    const sizes = [40, 80, 10];
    const run = inFlight(t.count, (index) => sizes[index]!, t.work, { files: 8, bytes: 100 });
    await settle();
    expect(t.log).toEqual(['start 0']);
    t.ends[0]!();
    await settle();
    // 80 fits alone; 80 + 10 fits too.
    expect(t.log).toEqual(['start 0', 'end 0', 'start 1', 'start 2']);
    t.ends[1]!();
    t.ends[2]!();
    await run;
  });

  it('after a failure starts no more, and throws the first error once those running are done', async () => {
    const t = tasks(4);
    const run = inFlight(t.count, () => 1, t.work, { files: 2, bytes: 100 });
    let thrown: unknown;
    const done = run.catch((error: unknown) => (thrown = error));
    await settle();
    t.fails[0]!(new Error('first'));
    await settle();
    expect(t.log).toEqual(['start 0', 'start 1']);
    expect(thrown).toBeUndefined();
    t.fails[1]!(new Error('second'));
    await done;
    expect((thrown as Error).message).toBe('first');
  });
});
