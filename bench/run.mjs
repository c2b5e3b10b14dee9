#!/usr/bin/env node
// Benchmark: session-doctor check/fix against a naive Node baseline, jq and `wc -l`.
// Usage: node bench/run.mjs [--quick] [--runs 3] [--sizes LIST] [--keep]
// See bench/README.md for what each row means and how time and memory are measured.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { claudeTranscript } from './generate-claude.mjs';
import { parseSize, rollout, session, singleLine, uniformRollout, writeChunks, writeTree } from './generate.mjs';
import { targets } from './targets.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const OUT = join(BENCH, 'out');
const DATA = join(OUT, 'data');
const CLI = join(ROOT, 'dist/bin/session-doctor.js');
const FIX_OUT = join(OUT, 'fix-output.jsonl');
const TIME_OUT = join(OUT, 'time.txt');
const NODE = process.execPath;
const SEED = 1;

const DEFAULT_SIZES = 'bench:10MB,bench:200MB,realistic:200MB:damaged,uniform200:200MB,claude:200MB,bench:1GB:damaged';
const QUICK_SIZES = 'bench:10MB,realistic:10MB:damaged,uniform200:10MB,claude:10MB';
const USAGE = `usage: node bench/run.mjs [--quick] [--runs 3] [--sizes ${DEFAULT_SIZES}] [--keep]`;
let opt;
try {
  ({ values: opt } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      sizes: { type: 'string', default: DEFAULT_SIZES },
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
const DD = works('dd', ['--version']);

// ---- data ---------------------------------------------------------------------------------------

/** Generates `target` with make(tmp) unless an up-to-date copy from an earlier --keep run exists. */
/** The generators' sources, hashed: data made by the same generators is kept (a checkout's file times say nothing). */
const GENERATORS = createHash('sha256')
  .update(['generate.mjs', 'generate-claude.mjs'].map((f) => readFileSync(join(BENCH, f), 'utf8')).join('\0'))
  .digest('hex');

async function ensure(target, make) {
  const stamp = `${target}.generator`;
  if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8') === GENERATORS) return console.log(`reusing ${relative(ROOT, target)}`);
  rmSync(target, { recursive: true, force: true });
  const t0 = performance.now();
  await make(`${target}.partial`);
  renameSync(`${target}.partial`, target);
  writeFileSync(stamp, GENERATORS);
  console.log(`generated ${relative(ROOT, target)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function dataset(name, files, extra = {}) {
  return { name, files, bytes: files.reduce((n, f) => n + statSync(f).size, 0), ...extra };
}

/**
 * The line mixes (bench/README.md, "Datasets"), each with the generator of a file of `size` bytes and its
 * format: the baseline it is measured against depends on the format.
 */
const MIXES = {
  bench: { format: 'codex', make: (size, damage) => rollout({ size, damage, seed: SEED }) },
  realistic: { format: 'codex', make: (size, damage) => rollout({ size, damage, seed: SEED, mix: 'realistic' }) },
  uniform200: { format: 'codex', make: (size) => uniformRollout({ size, seed: SEED }) },
  claude: { format: 'claude', make: (size) => claudeTranscript({ size, seed: SEED }) },
};

/** `[MIX:]SIZE[:damaged]` → { mix, size, damage } (MIX defaults to bench). */
function parseSpec(spec) {
  const parts = spec.split(':');
  const mix = parts[0] in MIXES ? parts.shift() : 'bench';
  const [size, flag] = parts;
  if (!size || (flag !== undefined && flag !== 'damaged') || parts.length > 2) throw new Error(`bad dataset ${spec} (want [MIX:]SIZE[:damaged], MIX one of ${Object.keys(MIXES).join(', ')})`);
  if (flag && MIXES[mix].format !== 'codex') throw new Error(`bad dataset ${spec}: only the Codex mixes can be damaged`);
  return { mix, size, damage: flag === 'damaged' };
}

/** Each dataset: a name, `path` (a file, or the tree's folder) and `files` (the .jsonl files in it). */
async function makeDatasets() {
  const sets = [];
  for (const { mix, size, damage } of (opt.quick ? QUICK_SIZES : opt.sizes).split(',').map(parseSpec)) {
    const { format, make } = MIXES[mix];
    const name = `${mix} ${size}${damage ? ' damaged' : ''}`;
    const file = format === 'claude' ? `${SEED.toString(16).padStart(8, '0')}-c1a0-4de0-8000-000000000000.jsonl` : basename(session(SEED).path);
    const path = join(DATA, name.replaceAll(' ', '-'), file);
    await ensure(path, (tmp) => writeChunks(tmp, make(parseSize(size), damage)));
    sets.push(dataset(name, [path], { path, mix, format, size, damage }));
  }
  if (!opt.quick) {
    const path = join(DATA, 'single-line-64MiB.jsonl');
    await ensure(path, (tmp) => writeChunks(tmp, singleLine(parseSize('64MiB'))));
    sets.push(dataset('64MiB 1 line', [path], { path, format: 'codex', singleLine: true }));
  }
  const count = opt.quick ? 500 : 5000;
  const dir = join(DATA, `tree-${count}`);
  await ensure(dir, async (tmp) => writeTree(tmp, count, SEED));
  const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
  sets.push(dataset(`tree ${count} files`, files, { path: dir, format: 'codex', tree: true }));
  // The same rollouts in a Codex home, every fifth a fork of the one before: a check looks up each fork's parent.
  const home = join(DATA, `home-${count}-forks`);
  await ensure(home, async (tmp) => writeTree(tmp, count, SEED, { forkEvery: 5 }));
  const rollouts = readdirSync(home, { recursive: true }).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(home, f));
  sets.push(dataset(`Codex home ${count} files, ${count / 5} forks`, rollouts, { path: home, format: 'codex', tree: true, home: true }));
  // Claude Code transcripts in 20 project folders, each cut off in its last line: what fix --in-place repairs.
  const stored = count / 5;
  const store = join(DATA, `claude-store-${stored}-damaged`);
  await ensure(store, async (tmp) => writeDamagedStore(tmp, stored));
  const transcripts = readdirSync(store, { recursive: true }).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(store, f));
  sets.push(dataset(`Claude Code store ${stored} files, damaged`, transcripts, { path: store, format: 'claude', tree: true, store: true }));
  return sets;
}

/** `count` transcripts of 80–160 KB under `projects/<20 folders>/`, each without the last 7 bytes of its last line. */
async function writeDamagedStore(dir, count) {
  for (let index = 0; index < count; index += 1) {
    const seed = SEED * 100_000 + index + 1;
    const path = join(dir, 'projects', `-home-dev-project${index % 20}`, `${seed.toString(16).padStart(8, '0')}-c1a0-4de0-8000-000000000000.jsonl`);
    mkdirSync(dirname(path), { recursive: true });
    const text = [...claudeTranscript({ size: 80_000 + ((seed * 7919) % 80_000), seed })].join('');
    writeFileSync(path, text.slice(0, -7));
  }
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
/**
 * After a fix run: its copy removed, and the file system's writes (the copy's blocks, the journal) flushed
 * before the next run, so that they are not done in the background while another tool is timed.
 */
const afterFix = () => {
  rmSync(FIX_OUT, { force: true });
  spawnSync('sync');
};
/** A fresh copy of the store for fix --in-place to repair (ds.work). */
const freshCopy = (ds) => {
  ds.work = `${ds.path}.work`;
  rmSync(ds.work, { recursive: true, force: true });
  cpSync(ds.path, ds.work, { recursive: true });
  spawnSync('sync');
};
const afterInPlace = (ds) => {
  rmSync(ds.work, { recursive: true, force: true });
  spawnSync('sync');
};
// argv(ds): session-doctor gets the file or the tree's folder; the baselines get the list of files.
// `codexOnly`: the row is for Codex rollouts (the tree is Codex too); `sd` rows are skipped on Claude
// transcripts when this build does not read them (claudeSupport below). naive and check run one after
// the other in each round, so that each target's ratio is of runs made under the same conditions.
const TOOLS = [
  { name: 'naive', exits: [0], argv: (ds) => [NODE, join(BENCH, ds.format === 'claude' ? 'baselines/naive-claude.mjs' : 'baselines/naive.mjs'), ...ds.files] },
  { name: 'sd check', skip: skipCli, sd: true, exits: [0, 1], argv: (ds) => [NODE, CLI, 'check', '--format', 'json', ds.path] },
  // A tree this small is checked on one thread by default (faster): the pool's row, on both cores.
  { name: 'sd check --jobs 2', skip: skipCli, sd: true, treeOnly: true, exits: [0, 1], argv: (ds) => [NODE, CLI, 'check', '--format', 'json', '--jobs', '2', ds.path] },
  { name: 'sd fix', skip: skipCli, sd: true, exits: [0, 1], oneFile: true, argv: (ds) => [NODE, CLI, 'fix', '--copy-to', FIX_OUT, ds.path], after: afterFix },
  // A tree's fix holds a report a file until the end: its peak RSS shows whether that stays small (the copies are not written).
  { name: 'sd fix --dry-run', skip: skipCli, sd: true, treeOnly: true, exits: [0, 1], argv: (ds) => [NODE, CLI, 'fix', '--dry-run', ds.path] },
  // The store's transcripts repaired in place, in a fresh copy made before each run (not timed); --min-age 0,
  // as the copy was just made. Measures a run over many files that each need a rewrite: the live-session
  // guard's looks at the machine, the fsyncs and renames.
  { name: 'sd fix --in-place', skip: skipCli, sd: true, storeOnly: true, exits: [0, 1], argv: (ds) => [NODE, CLI, 'fix', '--in-place', '--min-age', '0', ds.work ?? ds.path], before: freshCopy, after: afterInPlace },
  { name: 'jq', skip: JQ ? null : 'jq not installed', codexOnly: true, exits: [0], oneFile: true, argv: (ds) => ['jq', '-nRc', '-f', join(BENCH, 'baselines/pairing.jq'), ds.path] },
  { name: 'wc -l', exits: [0], argv: (ds) => ['wc', '-l', ...ds.files] },
  // What fix's write pass costs at least on this disk, measured in the same round: the file copied and fsynced.
  { name: 'dd conv=fsync', skip: DD ? null : 'dd not installed', damagedOnly: true, exits: [0], argv: (ds) => ['dd', `if=${ds.path}`, `of=${FIX_OUT}`, 'bs=1M', 'conv=fsync', 'status=none'], after: afterFix },
];

/**
 * Whether this build checks Claude Code transcripts as such: the format `check` detects in a small one
 * (300 KB: its first row, the request shape, is some 70 KB). Null when it does: otherwise the reason its
 * rows are skipped.
 */
async function claudeSupport() {
  if (!HAS_CLI) return skipCli;
  const probe = join(DATA, 'claude-probe.jsonl');
  await ensure(probe, (tmp) => writeChunks(tmp, claudeTranscript({ size: 300_000, seed: SEED })));
  const { stdout } = await measure([NODE, CLI, 'check', '--format', 'json', probe], true);
  let format;
  try {
    format = JSON.parse(stdout).files[0].format;
  } catch {
    format = 'no report';
  }
  return String(format).startsWith('claude') ? null : `this build does not read Claude Code transcripts (a transcript is checked as ${format})`;
}

/** Measures every tool on one dataset, `RUNS` times each, interleaving the tools run by run. */
async function benchDataset(ds, noClaude) {
  spawnSync('cat', ds.files, { stdio: ['ignore', 'ignore', 'inherit'] }); // warm the page cache
  const fits = (t) => !(t.oneFile && ds.tree) && !(t.treeOnly && !ds.tree) && !(t.storeOnly && !ds.store) && !(t.damagedOnly && !ds.damage) && !(t.codexOnly && ds.format === 'claude') && !(t.sd && ds.format === 'claude' && noClaude);
  const tools = TOOLS.filter((t) => !t.skip && fits(t));
  const runs = new Map(tools.map((t) => [t, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const tool of tools) {
      tool.before?.(ds);
      runs.get(tool).push(await measure(tool.argv(ds)));
      tool.after?.(ds);
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

/**
 * `node -e ''` against `check` on a small file, STARTUP_RUNS times each (after 2 warm-ups). `ok`: every
 * run exited as expected (check: 0 or 1), so the medians measure runs that did their work.
 */
async function benchStartup(smallFile) {
  const cmds = { 'node -e ""': { argv: [NODE, '-e', ''], exits: [0] } };
  if (HAS_CLI) cmds['sd check (small file)'] = { argv: [NODE, CLI, 'check', '--format', 'json', smallFile], exits: [0, 1] };
  const walls = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  const exitCodes = new Set();
  let ok = true;
  for (let i = 0; i < STARTUP_RUNS + 2; i++) {
    for (const [name, { argv, exits }] of Object.entries(cmds)) {
      const { wall, code, stderr } = await measure(argv, true);
      if (!exits.includes(code)) {
        if (ok) console.log(`    ${name}: unexpected exit code ${code}; stderr: ${stderr.trim().slice(0, 500)}`);
        ok = false;
      }
      if (name !== 'node -e ""') exitCodes.add(code);
      if (i >= 2) walls[name].push(wall);
    }
  }
  const medians = Object.fromEntries(Object.entries(walls).map(([k, v]) => [k, median(v)]));
  for (const [k, v] of Object.entries(medians)) console.log(`  ${k.padEnd(24)} median ${(v * 1000).toFixed(1)} ms over ${STARTUP_RUNS} runs`);
  return { runs: STARTUP_RUNS, smallFileBytes: statSync(smallFile).size, medians, walls, ok, exitCodes: [...exitCodes] };
}

// ---- report -------------------------------------------------------------------------------------

/** A command line as it would be typed in the repo root. */
const show = (argv) => argv.map((a) => (a === NODE ? 'node' : a.startsWith(ROOT) ? relative(ROOT, a) : a)).join(' ');

const COLS = ['dataset', 'tool', 'time s', 'MB/s', 'peak RSS MiB', 'CPU s', 'CPU/wall', 'exit'];
const WIDTHS = [26, 9, 8, 8, 13, 7, 9, 6];
const pad = (cells) => cells.map((c, i) => String(c).padEnd(WIDTHS[i])).join(' ');
function fmtRow(r) {
  return pad([r.dataset, r.tool, r.wall.toFixed(3), r.mbps.toFixed(0), r.peakRssMiB.toFixed(1), r.cpu?.toFixed(2) ?? 'n/a', r.cpuPerWall?.toFixed(2) ?? 'n/a', [...new Set(r.exitCodes)].join('/')]);
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
await ensure(small, (tmp) => writeChunks(tmp, rollout({ size: parseSize('50KB'), seed: SEED })));
const noClaude = datasets.some((d) => d.format === 'claude') ? await claudeSupport() : null;
if (noClaude) console.log(`skipping sd check and sd fix on Claude Code transcripts: ${noClaude}`);

console.log(`\n${pad(COLS)}`);
const rows = [];
for (const ds of datasets) rows.push(...(await benchDataset(ds, noClaude)));
console.log('\nstart-up:');
const startup = await benchStartup(small);

// The two baselines must agree (they implement the same pairing); a mismatch means a bug here.
for (const ds of datasets) {
  const answers = rows.filter((r) => r.dataset === ds.name && (r.tool === 'naive' || r.tool === 'jq')).map((r) => r.stdoutHead.trim());
  if (new Set(answers).size > 1) console.log(`WARNING: naive and jq disagree on ${ds.name}: ${answers.join(' vs ')}`);
}

const goals = targets(rows, datasets, startup, { quick: opt.quick, noClaude });
console.log('\ntargets:');
for (const g of goals) {
  const status = g.pass === null ? 'n/a    ' : g.pass ? 'met    ' : 'NOT MET';
  console.log(`  ${status}  ${g.target}: ${g.value === null ? '-' : `${g.value.toFixed(2)}${g.unit}`} (${g.detail})`);
}

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
