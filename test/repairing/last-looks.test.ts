import { describe, expect, it } from 'vitest';
import { lastLooksOf } from '../../src/repairing/last-looks.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the last looks of a run', () => {
  it('a file alone in flight gets a look at once', async () => {
    const looks = lastLooksOf({});
    looks.enter();
    const look = await looks.look();
    expect(look.processes.listed).toBe(process.platform === 'linux');
    looks.leave();
  });

  it('a file that asks waits until every file in flight has asked or is done, and one look serves them all', async () => {
    const looks = lastLooksOf({});
    looks.enter();
    looks.enter();
    looks.enter();
    let first: unknown;
    void looks.look().then((look) => (first = look));
    await settle();
    expect(first).toBeUndefined();
    // One of the others is done without a look (nothing to replace), the last one asks.
    looks.leave();
    await settle();
    expect(first).toBeUndefined();
    const second = await looks.look();
    await settle();
    expect(first).toBe(second);
    looks.leave();
    looks.leave();
  });

  it('a file that asks later gets a look of its own, made after it asked', async () => {
    const looks = lastLooksOf({});
    looks.enter();
    looks.enter();
    const [a, b] = await Promise.all([looks.look(), looks.look()]);
    expect(a).toBe(b);
    looks.leave();
    // One of the two is still in flight (between its look and its rename): a new file waits for it.
    looks.enter();
    let c: unknown;
    void looks.look().then((look) => (c = look));
    await settle();
    expect(c).toBeUndefined();
    looks.leave();
    await settle();
    expect(c).toBeDefined();
    expect(c).not.toBe(a);
    looks.leave();
  });

  it('each run has its own', () => {
    const run = {};
    expect(lastLooksOf(run)).toBe(lastLooksOf(run));
    expect(lastLooksOf({})).not.toBe(lastLooksOf(run));
  });
});
