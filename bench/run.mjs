#!/usr/bin/env node
// Benchmark: session-doctor check/fix against a naive Node baseline, jq and `wc -l`.
// Usage: node bench/run.mjs [--quick] [--runs 3] [--sizes 10MB,200MB,1GB:damaged] [--keep]
// See bench/README.md for what each row means and how time and memory are measured.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseSize, rollout, session, singleLine, writeChunks, writeTree } from './generate.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const OUT = join(BENCH, 'out');
const DATA = join(OUT, 'data');
const CLI = join(ROOT, 'dist/bin/session-doctor.js');
const FIX_OUT = join(OUT, 'fix-output.jsonl');
const TIME_OUT = join(OUT, 'time.txt');
const NODE = process.execPath;
const SEED = 1;

const USAGE = 'usage: node bench/run.mjs [--quick] [--runs 3] [--sizes 10MB,200MB,1GB:damaged] [--keep]';
let opt;
try {
  ({ values: opt } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      sizes: { type: 'string', default: '10MB,200MB,1GB:damaged' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`bench: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (opt.help) {
  console.log(USAGE);
  process.exit(0);
}
const RUNS = Number(opt.runs);
const STARTUP_RUNS = 20;

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const works = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
// GNU time reports the child's peak RSS from wait4(2); without it we poll /proc (see README).
const TIME = works('/usr/bin/time', ['-f', '%M', 'true']) ? '/usr/bin/time' : null;
const JQ = works('jq', ['--version']) ? spawnSync('jq', ['--version'], { encoding: 'utf8' }).stdout.trim() : null;
const HAS_CLI = existsSync(CLI);

// ---- data ---------------------------------------------------------------------------------------

/** Generates `target` with make(tmp) unless an up-to-date copy from an earlier --keep run exists. */
async function ensure(target, make) {
  const generator = statSync(join(BENCH, 'generate.mjs')).mtimeMs;
  if (existsSync(target) && statSync(target).mtimeMs > generator) return console.log(`reusing ${relative(ROOT, target)}`);
  rmSync(target, { recursive: true, force: true });
  const t0 = performance.now();
  await make(`${target}.partial`);
  renameSync(`${target}.partial`, target);
  console.log(`generated ${relative(ROOT, target)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function dataset(name, files, extra = {}) {
  return { name, files, bytes: files.reduce((n, f) => n + statSync(f).size, 0), ...extra };
}

/** Each dataset: a name, `path` (a file, or the tree's folder) and `files` (the .jsonl files in it). */
async function makeDatasets() {
  const sets = [];
  for (const spec of opt.quick ? ['10MB'] : opt.sizes.split(',')) {
    const [size, flag] = spec.split(':');
    const damage = flag === 'damaged';
    const path = join(DATA, `${size}${damage ? '-damaged' : ''}`, basename(session(SEED).path));
    await ensure(path, (tmp) => writeChunks(tmp, rollout({ size: parseSize(size), damage, seed: SEED })));
    sets.push(dataset(`${size}${damage ? ' damaged' : ''}`, [path], { path, size, damage }));
  }
  if (!opt.quick) {
    const path = join(DATA, 'single-line-64MiB.jsonl');
    await ensure(path, (tmp) => writeChunks(tmp, singleLine(parseSize('64MiB'))));
    sets.push(dataset('64MiB 1 line', [path], { path, singleLine: true }));
  }
  const count = opt.quick ? 500 : 5000;
  const dir = join(DATA, `tree-${count}`);
  await ensure(dir, async (tmp) => writeTree(tmp, count, SEED));
  const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
  sets.push(dataset(`tree ${count} files`, files, { path: dir, tree: true }));
  return sets;
}

// ---- measuring ----------------------------------------------------------------------------------

/** Peak RSS fallback: VmHWM of a live process, polled every 5 ms (a lower bound, see README). */
function pollPeak(pid) {
  let peak = 0;
  const read = () => {
    try {
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {} // the process has exited
  };
  const timer = setInterval(read, 5);
  return () => (clearInterval(timer), peak);
}

/**
 * Runs argv once: wall time (s), CPU time user+sys (s), peak RSS (KiB), exit code, output.
 * `bare` skips the GNU time wrapper (≈2 ms) and reports wall time only: used for start-up.
 */
async function measure(argv, bare = false) {
  const timed = TIME && !bare;
  const cmd = timed ? [TIME, '-f', '%U %S %M', '-o', TIME_OUT, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const child = spawn(cmd[0], cmd.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const stopPolling = TIME || bare ? null : pollPeak(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout = (stdout + d).slice(0, 4000)));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr = (stderr + d).slice(0, 4000)));
  const [code] = await once(child, 'close');
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!timed) return { wall, cpu: null, rssKiB: stopPolling?.() ?? null, code, stdout, stderr };
  // GNU time writes "Command exited with non-zero status N" first when the exit code is not 0.
  const [user, sys, rssKiB] = readFileSync(TIME_OUT, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys, rssKiB, code, stdout, stderr };
}

const skipCli = HAS_CLI ? null : 'dist/bin/session-doctor.js not built (npm run build:dist)';
// argv(ds): session-doctor gets the file or the tree's folder; the baselines get the list of files.
const TOOLS = [
  { name: 'sd check', skip: skipCli, exits: [0, 1], argv: (ds) => [NODE, CLI, 'check', '--format', 'json', ds.path] },
  { name: 'sd fix', skip: skipCli, exits: [0, 1], oneFile: true, argv: (ds) => [NODE, CLI, 'fix', '-o', FIX_OUT, ds.path], after: () => rmSync(FIX_OUT, { force: true }) },
  { name: 'naive', exits: [0], argv: (ds) => [NODE, join(BENCH, 'baselines/naive.mjs'), ...ds.files] },
  { name: 'jq', skip: JQ ? null : 'jq not installed', exits: [0], oneFile: true, argv: (ds) => ['jq', '-nRc', '-f', join(BENCH, 'baselines/pairing.jq'), ds.path] },
  { name: 'wc -l', exits: [0], argv: (ds) => ['wc', '-l', ...ds.files] },
];

/** Measures every tool on one dataset, `RUNS` times each, interleaving the tools run by run. */
async function benchDataset(ds) {
  spawnSync('cat', ds.files, { stdio: ['ignore', 'ignore', 'inherit'] }); // warm the page cache
  const tools = TOOLS.filter((t) => !t.skip && !(t.oneFile && ds.tree));
  const runs = new Map(tools.map((t) => [t, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const tool of tools) {
      runs.get(tool).push(await measure(tool.argv(ds)));
      tool.after?.();
    }
  }
  return tools.map((tool) => {
    const rs = runs.get(tool);
    const wall = median(rs.map((r) => r.wall));
    const cpu = TIME ? median(rs.map((r) => r.cpu)) : null;
    const last = rs.at(-1);
    const row = {
      tool: tool.name, dataset: ds.name, bytes: ds.bytes, files: ds.files.length,
      wall, mbps: ds.bytes / 1e6 / wall, peakRssMiB: Math.max(...rs.map((r) => r.rssKiB)) / 1024,
      cpu, cpuPerWall: cpu === null ? null : cpu / wall,
      exitCodes: rs.map((r) => r.code), ok: rs.every((r) => tool.exits.includes(r.code)),
      runs: rs.map(({ wall, cpu, rssKiB, code }) => ({ wall, cpu, rssKiB, code })),
      stdoutHead: last.stdout.slice(0, 1000),
    };
    console.log(fmtRow(row));
    if (!row.ok) console.log(`    unexpected exit code; stderr: ${last.stderr.trim().slice(0, 500)}`);
    return row;
  });
}

/** `node -e ''` against `check` on a small file, STARTUP_RUNS times each (after 2 warm-ups). */
async function benchStartup(smallFile) {
  const cmds = { 'node -e ""': [NODE, '-e', ''] };
  if (HAS_CLI) cmds['sd check (small file)'] = [NODE, CLI, 'check', '--format', 'json', smallFile];
  const walls = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  for (let i = 0; i < STARTUP_RUNS + 2; i++) {
    for (const [name, argv] of Object.entries(cmds)) {
      const { wall } = await measure(argv, true);
      if (i >= 2) walls[name].push(wall);
    }
  }
  const medians = Object.fromEntries(Object.entries(walls).map(([k, v]) => [k, median(v)]));
  for (const [k, v] of Object.entries(medians)) console.log(`  ${k.padEnd(24)} median ${(v * 1000).toFixed(1)} ms over ${STARTUP_RUNS} runs`);
  return { runs: STARTUP_RUNS, smallFileBytes: statSync(smallFile).size, medians, walls };
}

// ---- report -------------------------------------------------------------------------------------

/** A command line as it would be typed in the repo root. */
const show = (argv) => argv.map((a) => (a === NODE ? 'node' : a.startsWith(ROOT) ? relative(ROOT, a) : a)).join(' ');

const COLS = ['dataset', 'tool', 'time s', 'MB/s', 'peak RSS MiB', 'CPU s', 'CPU/wall', 'exit'];
const WIDTHS = [16, 9, 8, 8, 13, 7, 9, 6];
const pad = (cells) => cells.map((c, i) => String(c).padEnd(WIDTHS[i])).join(' ');
function fmtRow(r) {
  return pad([r.dataset, r.tool, r.wall.toFixed(3), r.mbps.toFixed(0), r.peakRssMiB.toFixed(1), r.cpu?.toFixed(2) ?? 'n/a', r.cpuPerWall?.toFixed(2) ?? 'n/a', [...new Set(r.exitCodes)].join('/')]);
}

function targets(rows, datasets, startup) {
  const get = (tool, ds) => ds && rows.find((r) => r.tool === tool && r.dataset === ds.name);
  const mb200 = datasets.find((d) => d.size === '200MB');
  const damaged = datasets.find((d) => d.damage);
  const single = datasets.find((d) => d.singleLine);
  const tree = datasets.find((d) => d.tree);
  const sdRows = rows.filter((r) => r.tool.startsWith('sd ') && !datasets.find((d) => d.name === r.dataset).singleLine);
  const ratio = (a, b) => (a && b ? a.wall / b.wall : null);
  const su = startup.medians;
  const list = [
    ['check on 200MB ≥ 1.6× faster than naive (naive time / check time)', ratio(get('naive', mb200), get('sd check', mb200)), (v) => v >= 1.6],
    ['check on 200MB > 10× faster than jq (jq time / check time)', ratio(get('jq', mb200), get('sd check', mb200)), (v) => v > 10],
    ['peak RSS of check and fix ≤ 100 MiB on every sized file and the tree (max MiB)', sdRows.length ? Math.max(...sdRows.map((r) => r.peakRssMiB)) : null, (v) => v <= 100],
    ['check on the 64 MiB single line < 3 s (s)', get('sd check', single)?.wall, (v) => v < 3],
    ['fix ≤ 2.5× check on the damaged file (fix time / check time)', ratio(get('sd fix', damaged), get('sd check', damaged)), (v) => v <= 2.5],
    ['start-up: check on a small file ≤ 1.5× node -e "" (ratio of medians)', su['sd check (small file)'] && su['sd check (small file)'] / su['node -e ""'], (v) => v <= 1.5],
    ['tree: CPU time / wall time of check > 1 (both cores used)', get('sd check', tree)?.cpuPerWall, (v) => v > 1],
  ];
  return list.map(([target, value, ok]) => ({ target, value: value ?? null, pass: value == null ? null : ok(value) }));
}

// ---- main ---------------------------------------------------------------------------------------

const machine = {
  cpu: os.cpus()[0]?.model, cpus: os.availableParallelism(), memGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
  node: process.version, kernel: os.release(), jq: JQ, loadAverageAtStart: os.loadavg()[0], peakRssMethod: TIME ? 'GNU time %M (wait4 ru_maxrss)' : 'polling /proc/PID/status VmHWM every 5 ms',
};
console.log(`session-doctor bench: ${machine.cpus} × ${machine.cpu}, ${machine.memGiB} GiB, node ${machine.node}, ${JQ ?? 'no jq'}, peak RSS via ${machine.peakRssMethod}`);
for (const t of TOOLS) if (t.skip) console.log(`skipping ${t.name}: ${t.skip}`);
if (machine.loadAverageAtStart > 0.5) console.log(`note: load average ${machine.loadAverageAtStart.toFixed(2)}: something else is running, timings will be noisy`);

rmSync(FIX_OUT, { force: true });
const datasets = await makeDatasets();
const small = join(DATA, 'startup', basename(session(SEED).path));
await ensure(small, (tmp) => writeChunks(tmp, rollout({ size: parseSize('40KB'), seed: SEED })));

console.log(`\n${pad(COLS)}`);
const rows = [];
for (const ds of datasets) rows.push(...(await benchDataset(ds)));
console.log('\nstart-up:');
const startup = await benchStartup(small);

// The two baselines must agree (they implement the same pairing); a mismatch means a bug here.
for (const ds of datasets) {
  const answers = rows.filter((r) => r.dataset === ds.name && (r.tool === 'naive' || r.tool === 'jq')).map((r) => r.stdoutHead.trim());
  if (new Set(answers).size > 1) console.log(`WARNING: naive and jq disagree on ${ds.name}: ${answers.join(' vs ')}`);
}

const goals = targets(rows, datasets, startup);
console.log('\ntargets:');
for (const g of goals) console.log(`  ${g.pass === null ? 'n/a ' : g.pass ? 'PASS' : 'FAIL'}  ${g.target}: ${g.value?.toFixed(2) ?? '(not measured)'}`);

const results = {
  date: new Date().toISOString(), machine, runs: RUNS, options: opt,
  datasets: datasets.map(({ files, path, ...d }) => ({ ...d, path: relative(ROOT, path), files: files.length })),
  commands: Object.fromEntries(TOOLS.map((t) => [t.name, t.skip ? `skipped: ${t.skip}` : show(t.argv({ path: 'FILE', files: ['FILE'] }))])),
  rows, startup, targets: goals,
};
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
rmSync(TIME_OUT, { force: true });
if (!opt.keep) rmSync(DATA, { recursive: true, force: true });
console.log(`\nresults: ${relative(process.cwd(), join(OUT, 'results.json'))}${opt.keep ? ` (data kept in ${relative(process.cwd(), DATA)})` : ''}`);
