import { describe, expect, it } from 'vitest';
import { targets, type BenchDataset, type BenchRow } from '../../bench/targets.mjs';

const damaged: BenchDataset = { name: 'realistic 200MB damaged', format: 'codex', size: '200MB', damage: true };
const row = (tool: string, wall: number, extra: Partial<BenchRow> = {}): BenchRow => ({
  tool, dataset: damaged.name, wall, cpu: wall, cpuPerWall: 1, peakRssMiB: 60, ok: true, exitCodes: [1], ...extra,
});
const healthyStartup = { medians: { 'node -e ""': 0.05, 'sd check (small file)': 0.09 }, ok: true, exitCodes: [0] };
const find = (goals: ReturnType<typeof targets>, prefix: string) => goals.find((g) => g.target.startsWith(prefix));

describe('bench targets', () => {
  it('reads each target from the measured ratio when every run exited as expected', () => {
    const goals = targets([row('sd check', 0.3), row('sd fix', 0.4), row('naive', 1.2, { exitCodes: [0] })], [damaged], healthyStartup);
    expect(find(goals, 'check ≥ 3×')).toMatchObject({ value: 4, pass: true, detail: 'naive 1.20 s / sd check 0.30 s' });
    expect(find(goals, 'fix ≤ 1.5×')).toMatchObject({ pass: true, detail: 'fix 0.40 s / check 0.30 s; CPU 0.40 s / 0.30 s = 1.33×' });
    expect(find(goals, 'fix ≤ 1.5×')?.value).toBeCloseTo(4 / 3);
    expect(find(goals, 'start-up')).toMatchObject({ pass: true });
    expect(find(goals, 'start-up')?.value).toBeCloseTo(1.8);
  });

  it("shows beside fix's ratio what copying the file with fsync alone took in the same round, when that run worked", () => {
    const rows = [row('sd check', 0.3), row('sd fix', 0.9), row('naive', 1.2, { exitCodes: [0] })];
    const withFloor = targets([...rows, row('dd conv=fsync', 0.55, { exitCodes: [0] })], [damaged], healthyStartup);
    expect(find(withFloor, 'fix ≤ 1.5×')).toMatchObject({ pass: false, detail: 'fix 0.90 s / check 0.30 s; CPU 0.90 s / 0.30 s = 3.00×; copying the file with fsync alone (dd) 0.55 s' });
    const failedCopy = targets([...rows, row('dd conv=fsync', 0.01, { ok: false, exitCodes: [1] })], [damaged], healthyStartup);
    expect(find(failedCopy, 'fix ≤ 1.5×')?.detail).toBe('fix 0.90 s / check 0.30 s; CPU 0.90 s / 0.30 s = 3.00×');
  });

  it('never calls a target met when a run it reads failed, however fast the failure was', () => {
    const brokenFix = row('sd fix', 0.12, { ok: false, exitCodes: [2] });
    const goals = targets([row('sd check', 0.6), brokenFix, row('naive', 1.1, { exitCodes: [0] })], [damaged], healthyStartup);
    const fix = find(goals, 'fix ≤ 1.5×');
    expect(fix?.pass).toBe(false);
    expect(fix?.detail).toBe('run failed: sd fix on realistic 200MB damaged exited 2');
    expect(find(goals, 'peak RSS')?.pass).toBe(false);
  });

  it('fails a speed target when the baseline it is compared with failed', () => {
    const goals = targets([row('sd check', 0.1), row('naive', 0.05, { ok: false, exitCodes: [1] })], [damaged], healthyStartup);
    expect(find(goals, 'check ≥ 3×')).toMatchObject({ pass: false, detail: 'run failed: naive on realistic 200MB damaged exited 1' });
  });

  it('fails the start-up target when a start-up run exited with an unexpected code', () => {
    const goals = targets([], [], { medians: { 'node -e ""': 0.05, 'sd check (small file)': 0.06 }, ok: false, exitCodes: [2] });
    expect(find(goals, 'start-up')).toMatchObject({ pass: false });
  });

  it('compares the check of a Codex home with forks with that of the same tree without them', () => {
    const tree: BenchDataset = { name: 'tree 5000 files', format: 'codex', tree: true };
    const home: BenchDataset = { name: 'Codex home 5000 files, 1000 forks', format: 'codex', tree: true, home: true };
    const at = (dataset: BenchDataset, tool: string, wall: number, extra: Partial<BenchRow> = {}) => row(tool, wall, { dataset: dataset.name, ...extra });
    const rows = [at(home, 'sd check', 23.9), at(home, 'sd check --jobs 2', 0.5), at(tree, 'sd check', 1), at(tree, 'sd check --jobs 2', 1.1, { cpuPerWall: 1.6 })];
    const goals = targets(rows, [home, tree], healthyStartup);
    expect(find(goals, 'Codex home')).toMatchObject({ value: 23.9, pass: false, detail: 'home 23.90 s / tree 1.00 s' });
    // The tree target reads the tree without forks, whichever comes first.
    expect(find(goals, 'tree:')).toMatchObject({ value: 1.6, pass: true, detail: 'CPU 1.10 s / wall 1.10 s, 60.0 MiB; by default (one thread) 1.00 s, 60.0 MiB' });
  });

  it('holds sized files, and the trees on one thread, to 100 MiB of peak RSS, and shows the RSS of --jobs 2 beside its cores', () => {
    const tree: BenchDataset = { name: 'tree 5000 files', format: 'codex', tree: true };
    const at = (dataset: BenchDataset, tool: string, peakRssMiB: number) => row(tool, 1, { dataset: dataset.name, peakRssMiB, cpuPerWall: 1.5 });
    const rows = [row('sd check', 0.3, { peakRssMiB: 95 }), at(tree, 'sd check', 80), at(tree, 'sd fix --dry-run', 101), at(tree, 'sd check --jobs 2', 107)];
    const goals = targets(rows, [damaged, tree], healthyStartup);
    expect(find(goals, 'peak RSS of check and fix ≤ 100 MiB on every sized file')).toMatchObject({ value: 95, pass: true });
    expect(find(goals, 'peak RSS of check and fix ≤ 100 MiB on the trees')).toMatchObject({ value: 101, pass: false, detail: 'largest: sd fix --dry-run on tree 5000 files' });
    expect(find(goals, 'tree:')?.detail).toContain('wall 1.00 s, 107.0 MiB');
  });

  it('says not measured (neither met nor not met) when a row is missing', () => {
    const goals = targets([row('sd check', 0.3)], [damaged], { medians: {} });
    expect(find(goals, 'check ≥ 3×')).toMatchObject({ value: null, pass: null, detail: 'not measured' });
    expect(find(goals, 'start-up')).toMatchObject({ pass: null });
  });
  it('holds fix --in-place of the damaged Claude Code store to 5× its check, and leaves the cores target to the Codex tree', () => {
    const store: BenchDataset = { name: 'Claude Code store 1000 files, damaged', format: 'claude', tree: true, store: true };
    const at = (tool: string, wall: number, extra: Partial<BenchRow> = {}) => row(tool, wall, { dataset: store.name, ...extra });
    const slow = targets([at('sd check', 4), at('sd fix --in-place', 99), at('sd check --jobs 2', 3, { cpuPerWall: 1.9 })], [store], healthyStartup);
    expect(find(slow, 'Claude Code store')).toMatchObject({ value: 24.75, pass: false, detail: 'fix --in-place 99.00 s / check 4.00 s' });
    expect(find(slow, 'tree:')?.pass).toBeNull();
    const fast = targets([at('sd check', 4), at('sd fix --in-place', 14.8)], [store], healthyStartup);
    expect(find(fast, 'Claude Code store')).toMatchObject({ value: 3.7, pass: true });
    const refused = targets([at('sd check', 4), at('sd fix --in-place', 0.5, { ok: false, exitCodes: [2] })], [store], healthyStartup);
    expect(find(refused, 'Claude Code store')).toMatchObject({ pass: false, detail: 'run failed: sd fix --in-place on Claude Code store 1000 files, damaged exited 2' });
  });
});
