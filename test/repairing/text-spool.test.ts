import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spillPath } from '../../src/checking/sorted-runs.js';
import { TextSpool } from '../../src/repairing/text-spool.js';

const spillFiles = () => readdirSync(dirname(spillPath('probe', 'txt'))).filter((name) => name.startsWith('text-'));

describe('TextSpool', () => {
  it('gives back short text as it was appended, without a temp file', () => {
    const spool = new TextSpool();
    spool.append('@@ -1,1 +1,1 @@\n');
    spool.append('-a\n+b\n');
    expect(spool.length).toBe(22);
    expect(spillFiles()).toEqual([]);
    expect([...spool.drain()].join('')).toBe('@@ -1,1 +1,1 @@\n-a\n+b\n');
    expect(spool.length).toBe(0);
    expect([...spool.drain()]).toEqual([]);
  });

  it('keeps long text in a temp file, and gives it back whole (characters across read boundaries too), removing the file', () => {
    const spool = new TextSpool();
    // Three-byte characters, so that the 1 MiB reads end inside one; more than a MiB of characters, so that
    // the first MiB goes to the file and the rest is still in memory.
    const pieces = Array.from({ length: 4000 }, (_, index) => `+${'€'.repeat(300)} ${index}\n`);
    for (const piece of pieces) spool.append(piece);
    expect(spillFiles()).toHaveLength(1);
    const drained = [...spool.drain()];
    expect(drained.length).toBeGreaterThan(1);
    expect(drained.join('')).toBe(pieces.join(''));
    expect(spillFiles()).toEqual([]);
  });
});
