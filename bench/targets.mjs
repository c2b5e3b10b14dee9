// Issue 14's targets, read from the bench's rows. Kept apart from run.mjs so that the rule "a failed run
// never makes a target met" is unit-tested (test/bench/targets.test.ts).

/**
 * Each target with its measured value, a detail line and whether it is met (`pass`: true, false, or
 * null when not measured). A target over several datasets is one line per dataset. A target whose
 * measurement includes a run that exited with an unexpected code is NOT met, whatever its time: the
 * time of a run that failed early measures nothing.
 *
 * rows: the bench's rows ({ tool, dataset, wall, cpu, cpuPerWall, peakRssMiB, ok, exitCodes });
 * datasets: { name, format, size, damage, tree, home, store, singleLine }; startup: { medians, ok };
 * options: { quick, noClaude } (noClaude: why the Claude rows were skipped, or null).
 */
export function targets(rows, datasets, startup, { quick = false, noClaude = null } = {}) {
  const get = (tool, ds) => ds && rows.find((r) => r.tool === tool && r.dataset === ds.name);
  const secs = (row) => `${row.wall.toFixed(2)} s`;
  /** The reason a target cannot be met because a run it reads failed, or null. */
  const failed = (...used) => {
    const bad = used.filter((r) => r && !r.ok);
    return bad.length ? `run failed: ${bad.map((r) => `${r.tool} on ${r.dataset} exited ${[...new Set(r.exitCodes)].join('/')}`).join(', ')}` : null;
  };
  /** A goal from its measured value; `pass` is forced false when a run it reads failed. */
  const goal = (target, value, unit, detail, meets, used, why = 'not measured') => {
    const failure = failed(...used);
    if (failure) return { target, value, unit, detail: failure, pass: false };
    return { target, value, unit, detail: value === null ? why : detail, pass: value === null ? null : meets(value) };
  };
  /** `slow` takes at least `min` times as long as `fast`. */
  const faster = (target, ds, slow, fast, min, why) => {
    const [a, b] = [get(slow, ds), get(fast, ds)];
    const value = a && b ? a.wall / b.wall : null;
    return goal(target, value, '×', value === null ? null : `${slow} ${secs(a)} / ${fast} ${secs(b)}`, (v) => v >= min, [a, b], why ?? undefined);
  };
  const list = [];
  const at200 = datasets.filter((d) => d.size === '200MB' || quick);
  for (const ds of at200.filter((d) => d.format === 'codex' && !d.tree && !d.singleLine)) {
    list.push(faster(`check ≥ 3× faster than naive: ${ds.name}`, ds, 'naive', 'sd check', 3));
  }
  for (const ds of at200.filter((d) => d.format === 'claude' && !d.tree)) {
    list.push(faster(`check ≥ 2× faster than naive: ${ds.name}`, ds, 'naive', 'sd check', 2, noClaude));
  }
  for (const ds of datasets.filter((d) => d.damage)) {
    const [fix, check] = [get('sd fix', ds), get('sd check', ds)];
    const value = fix && check ? fix.wall / check.wall : null;
    // The CPU times tell what the disk adds: fix also reads the file again, writes the copy and fsyncs it.
    const cpu = fix?.cpu && check?.cpu ? `; CPU ${fix.cpu.toFixed(2)} s / ${check.cpu.toFixed(2)} s = ${(fix.cpu / check.cpu).toFixed(2)}×` : '';
    // The floor of the write pass in the same round: what the disk alone adds to fix.
    const copy = get('dd conv=fsync', ds);
    const floor = copy?.ok ? `; copying the file with fsync alone (dd) ${secs(copy)}` : '';
    list.push(goal(`fix ≤ 1.5× check: ${ds.name}`, value, '×', value === null ? null : `fix ${secs(fix)} / check ${secs(check)}${cpu}${floor}`, (v) => v <= 1.5, [fix, check]));
  }
  const datasetOf = (r) => datasets.find((d) => d.name === r.dataset);
  const sdRows = rows.filter((r) => r.tool.startsWith('sd ') && !datasetOf(r)?.singleLine);
  const largest = (list) => list.reduce((a, b) => (!a || b.peakRssMiB > a.peakRssMiB ? b : a), null);
  const rssGoal = (target, list) => {
    const worst = largest(list);
    return goal(target, worst?.peakRssMiB ?? null, ' MiB', worst && `largest: ${worst.tool} on ${worst.dataset}`, (v) => v <= 100, list);
  };
  list.push(rssGoal('peak RSS of check and fix ≤ 100 MiB on every sized file', sdRows.filter((r) => !datasetOf(r)?.tree)));
  // Not the issue's (it asks it of sized files): the trees on one thread. --jobs 2 runs two checkers at once (their RSS is in the cores line).
  list.push(rssGoal('peak RSS of check and fix ≤ 100 MiB on the trees, one thread', sdRows.filter((r) => datasetOf(r)?.tree && !r.tool.includes('--jobs'))));
  const single = get('sd check', datasets.find((d) => d.singleLine));
  list.push(goal('check on the 64 MiB single line < 3 s', single?.wall ?? null, ' s', 'wall time', (v) => v < 3, [single]));
  const [node, check] = [startup.medians['node -e ""'], startup.medians['sd check (small file)']];
  const ratio = node && check ? check / node : null;
  const startupRuns = startup.ok === false ? [{ ok: false, tool: 'a start-up run', dataset: 'the small file', exitCodes: startup.exitCodes ?? [] }] : [];
  list.push(goal('start-up: check on a 50 KB session ≤ 2× node -e ""', ratio, '×', ratio && `check ${(check * 1000).toFixed(0)} ms / node ${(node * 1000).toFixed(0)} ms (medians)`, (v) => v <= 2, startupRuns));
  // By default a tree this small is checked on one thread (faster than two); --jobs 2 spreads it over both cores.
  const treeSet = datasets.find((d) => d.tree && !d.home && !d.store);
  const [pool, alone] = [get('sd check --jobs 2', treeSet), get('sd check', treeSet)];
  list.push(
    goal('tree: check uses both cores (CPU time / wall time > 1), with --jobs 2', pool?.cpuPerWall ?? null, '', pool && `CPU ${pool.cpu?.toFixed(2)} s / wall ${secs(pool)}, ${pool.peakRssMiB.toFixed(1)} MiB; by default (one thread) ${alone ? `${secs(alone)}, ${alone.peakRssMiB.toFixed(1)} MiB` : 'not run'}`, (v) => v > 1, [pool, alone]),
  );
  // Not one of the issue's: a guard against looking through the whole home for each fork's parent again.
  const home = get('sd check', datasets.find((d) => d.home));
  const homeRatio = home && alone ? home.wall / alone.wall : null;
  list.push(goal('Codex home with forks: check ≤ 1.5× the same tree without forks', homeRatio, '×', homeRatio && `home ${secs(home)} / tree ${secs(alone)}`, (v) => v <= 1.5, [home, alone]));
  // Not one of the issue's: a guard on a run over many files that each need a rewrite, against reading
  // them (it took 20 times as long); each file's write, fsyncs, backup and rename are a cost check has not.
  const store = datasets.find((d) => d.store);
  const [inPlace, storeCheck] = [get('sd fix --in-place', store), get('sd check', store)];
  const storeRatio = inPlace && storeCheck ? inPlace.wall / storeCheck.wall : null;
  list.push(goal('Claude Code store: fix --in-place ≤ 5× check', storeRatio, '×', storeRatio && `fix --in-place ${secs(inPlace)} / check ${secs(storeCheck)}`, (v) => v <= 5, [inPlace, storeCheck], noClaude ?? undefined));
  return list;
}
