/**
 * How hard the hostile suite fuzzes. `npm test` runs a bounded number of cases per property so that the
 * whole suite stays well under a minute; `SESSION_DOCTOR_FUZZ_RUNS=N` runs N cases per in-process property
 * (and a tenth of that, at least the default, for the properties that spawn the CLI) for long runs.
 * `SESSION_DOCTOR_FUZZ_SEED=S` replays a failing run that fast-check reported.
 */

function integer(name: string, min: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min}, not "${raw}"`);
  return value;
}

const RUNS = integer('SESSION_DOCTOR_FUZZ_RUNS', 1);
/** fast-check seeds are 32-bit signed integers. */
const SEED = integer('SESSION_DOCTOR_FUZZ_SEED', -(2 ** 31));

/** The seed to replay, if one was given (for fc.sample-based tests). */
export const REPLAY_SEED = SEED;

/** True when a long run was asked for. */
export const LONG_RUN = RUNS !== undefined;

/** Cases for an in-process property. */
export function fuzzRuns(fallback: number): number {
  return RUNS ?? fallback;
}

/** Cases for a property that spawns processes (about 10x as costly). */
export function processRuns(fallback: number): number {
  return RUNS === undefined ? fallback : Math.max(fallback, Math.ceil(RUNS / 10));
}

/** fast-check parameters: the run count, and the seed when one is being replayed. */
export function fcParams(numRuns: number): { numRuns: number; seed?: number } {
  return { numRuns, ...(SEED !== undefined && { seed: SEED }) };
}

/** The time a fuzzing test may take: the suite default, or an hour for a long run. */
export function fuzzTimeout(fallback = 300_000): number {
  return LONG_RUN ? 3_600_000 : fallback;
}
