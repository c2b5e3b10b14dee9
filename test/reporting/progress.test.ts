/** The progress line on stderr (src/cli/progress.ts): only on a terminal, only for long runs, throttled, erased. */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, PROGRESS_DELAY_MS, PROGRESS_INTERVAL_MS, progressText, startProgress } from '../../src/cli/progress.js';
import { BIN } from '../support/cli.js';
import { healthySession } from './support.js';

const CLEAR = '\r\u001b[2K';

function fakeTerminal(isTTY = true) {
  const writes: string[] = [];
  const stream = { isTTY, columns: 60, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

let clock = 0;
beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => vi.useRealTimers());

/** Lets `ms` pass on both the fake timers and the progress clock. */
const pass = (ms: number) => {
  for (let step = 0; step < ms; step += 10) {
    clock += 10;
    vi.advanceTimersByTime(10);
  }
};

describe('progress line', () => {
  it('says nothing for a run shorter than the delay', () => {
    const { stream, writes } = fakeTerminal();
    const progress = startProgress(3, { stream, env: {}, now: () => clock });
    progress.next('a.jsonl');
    pass(PROGRESS_DELAY_MS - 100);
    progress.end();
    expect(writes).toEqual([]);
  });

  it('shows the file count, elapsed time and current file of a long run, at most every interval, and erases itself', () => {
    const { stream, writes } = fakeTerminal();
    const progress = startProgress(2, { stream, env: {}, now: () => clock });
    progress.next('first.jsonl');
    pass(PROGRESS_DELAY_MS);
    expect(writes.length).toBeGreaterThanOrEqual(1);
    expect(writes.at(-1)).toBe(`${CLEAR}session-doctor: file 1/2 · 0s · first.jsonl`);
    const before = writes.length;
    pass(1000);
    expect(writes.length - before).toBeLessThanOrEqual(1000 / PROGRESS_INTERVAL_MS);
    progress.next('second.jsonl');
    pass(PROGRESS_INTERVAL_MS);
    expect(writes.at(-1)).toBe(`${CLEAR}session-doctor: file 2/2 · 1s · second.jsonl`);
    progress.end();
    expect(writes.at(-1)).toBe(CLEAR);
    const count = writes.length;
    pass(1000);
    progress.end();
    expect(writes.length).toBe(count);
  });

  it('fits the line in the terminal', () => {
    const { stream, writes } = fakeTerminal();
    const progress = startProgress(1, { stream, env: {}, now: () => clock, flag: true });
    progress.next(`${'very-long-folder-name/'.repeat(10)}x.jsonl`);
    pass(PROGRESS_INTERVAL_MS);
    expect(writes.at(-1)!.length).toBe(CLEAR.length + 59);
    expect(writes.at(-1)!).toContain('· …');
    expect(writes.at(-1)!.endsWith('/x.jsonl')).toBe(true);
    progress.end();
  });

  it.each([
    ['stderr is not a terminal', false, {}, undefined],
    ['--no-progress', true, {}, false],
    ['TERM=dumb', true, { TERM: 'dumb' }, undefined],
    ['under pre-commit (it runs hooks in a pty)', true, { PRE_COMMIT: '1' }, undefined],
  ] as const)('is silent when %s', (_, isTTY, env, flag) => {
    const { stream, writes } = fakeTerminal(isTTY);
    const progress = startProgress(1000, { stream, env, now: () => clock, ...(flag !== undefined && { flag }) });
    for (let file = 0; file < 50; file += 1) {
      progress.next(`f${file}.jsonl`);
      pass(100);
    }
    progress.end();
    expect(writes).toEqual([]);
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3 * 1024 ** 3 + 1024 ** 3 / 2)).toBe('3.5 GiB');
    expect(progressText(3, 10, 'a.jsonl', 2048, 12_500)).toBe('session-doctor: file 3/10 · 12s · a.jsonl (2.0 KiB)');
  });

  it('shortens a long path from its start, keeping the session id and the size', () => {
    const path = 'sessions/2026/03/04/rollout-2026-03-04T10-00-00-0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.jsonl';
    const text = progressText(1, 2, path, 2048, 0, 100);
    expect(text).toHaveLength(100);
    expect(text).toBe(`session-doctor: file 1/2 · 0s · …${path.slice(path.length - 57)} (2.0 KiB)`);
    expect(text).toContain('0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.jsonl (2.0 KiB)');
  });
});

/**
 * The CLI under a pty (util-linux `script`), `stty cols` setting its width. With --progress each file is drawn
 * as it starts, so what is asserted does not depend on how long the run takes.
 */
function inTerminal(columns: number, args: string): { status: number | null; output: string } | undefined {
  if (spawnSync('script', ['--version'], { encoding: 'utf8' }).status !== 0) return undefined;
  const command = `stty cols ${columns}; ${process.execPath} ${BIN} ${args} 2>&1`;
  const run = spawnSync('script', ['-qefc', command, '/dev/null'], { encoding: 'utf8', env: { PATH: process.env.PATH, TERM: 'xterm' }, timeout: 120_000 });
  return { status: run.status, output: run.stdout };
}

describe('progress in a real terminal', () => {
  it('appears on stderr under a pty, and is erased before the summary', async (context) => {
    vi.useRealTimers();
    const folder = await mkdtemp(join(tmpdir(), 'sd-progress-'));
    try {
      const text = healthySession();
      for (let index = 0; index < 20; index += 1) await writeFile(join(folder, `s${String(index).padStart(3, '0')}.jsonl`), text);
      const run = inTerminal(100, `check --progress ${folder}`);
      if (!run) return context.skip('util-linux `script` is not available to make a pty');
      expect(run.status).toBe(0);
      expect(run.output).toMatch(/\r\u001b\[2Ksession-doctor: file \d+\/20 · \d+s · /);
      // Erased, then the summary.
      expect(run.output).toMatch(/\r\u001b\[2K(\u001b\[\d+m)*✔ 20 files checked, no problems\./);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('keeps the session id of a rollout whose path is wider than the terminal (it loses the path\'s start)', async (context) => {
    vi.useRealTimers();
    const folder = await mkdtemp(join(tmpdir(), 'sd-progress-'));
    try {
      const name = 'rollout-2026-03-04T10-00-00-0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.jsonl';
      const deep = join(folder, 'a-long-folder-name-for-sessions', '2026', '03', '04');
      await mkdir(deep, { recursive: true });
      const text = healthySession();
      await writeFile(join(deep, name), text);
      const run = inTerminal(100, `check --progress --no-config ${join(deep, name)}`);
      if (!run) return context.skip('util-linux `script` is not available to make a pty');
      const lines = [...run.output.matchAll(/\r\u001b\[2K(session-doctor: file [^\r]*)/g)].map((match) => match[1]!);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.length).toBeLessThanOrEqual(99);
        expect(line).toMatch(/^session-doctor: file 1\/1 · \d+s · …/);
        expect(line.endsWith(`0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.jsonl (${formatBytes(Buffer.byteLength(text))})`)).toBe(true);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
