import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { runCheck, type CheckedFile, type CheckOptions } from '../checking/check-source.js';
import { mapped, someOf, type DiagnosticList } from '../checking/diagnostic-list.js';
import type { FormatAdapter, ProcessTable } from '../formats/format.js';
import { formatByName } from '../formats/registry.js';
import { openInputFile } from '../reading/open-input.js';
import { fileKey, findOpenWriters, openWritersIndex, type OpenWriter, type WriterCheck, type WriterIndex } from './open-writers.js';
import { listProcesses } from './processes.js';

/**
 * The live-session guard: what shows that a client may still be writing a session file. A file recently
 * written, a process holding it open for writing (any format), or a format's own evidence (its
 * LiveSessionProbe). Asked only of files that a fix would replace.
 */
export interface LiveEvidence {
  /** Seconds since the file was last written. */
  readonly age: number;
  /** Written within the --min-age window. */
  readonly recent: boolean;
  readonly writers: readonly OpenWriter[];
  /** Why open writers could not be (fully) checked. */
  readonly unchecked?: string;
}

/**
 * The first look at a file (before any work on it). With `run` (an object that stands for the run, such as
 * its options), it is the run's look at the machine (runLook): what it finds only decides what is refused
 * early and what is noted, and the last look before a rename (writersOf without one) is made afresh.
 */
export async function liveEvidence(path: string, stats: Stats, minAgeSeconds: number, format: FormatAdapter | undefined, run?: object): Promise<LiveEvidence> {
  const age = Math.max(0, (Date.now() - stats.mtimeMs) / 1000);
  const found = await writersOf(path, stats, format, run && runLook(run));
  return { age, recent: age < minAgeSeconds, ...found };
}

/** What one look at the machine found: every file open for writing (undefined without /proc), and the processes. */
export interface MachineLook {
  readonly index: WriterIndex | undefined;
  readonly processes: ProcessTable;
}

/** How long a run's look at the machine serves first looks. */
const LOOK_MS = 1000;
const runLooks = new WeakMap<object, { readonly made: number; readonly look: MachineLook }>();

/**
 * One look at the machine for the first looks of a run, made again once it is a second old: a scan of /proc
 * per file (a machine's thousands of descriptors and every command line) was most of the time of a fix over
 * a store of transcripts.
 */
function runLook(run: object): MachineLook {
  const kept = runLooks.get(run);
  if (kept && performance.now() - kept.made < LOOK_MS) return kept.look;
  const look = lookAtMachine();
  runLooks.set(run, { made: performance.now(), look });
  return look;
}

/** A look at the machine now: every file open for writing, and the processes. */
export function lookAtMachine(): MachineLook {
  const processes = listProcesses();
  return { index: openWritersIndex(processes), processes };
}

/**
 * Processes holding the file open for writing, and the live owner its format knows of: from `look` when
 * given, else found now (without /proc, open writers are asked of lsof for this file).
 */
export async function writersOf(path: string, stats: Stats, format: FormatAdapter | undefined, look?: MachineLook): Promise<{ writers: OpenWriter[]; unchecked?: string }> {
  const fromIndex = (found: WriterIndex): WriterCheck => ({ writers: found.byFile.get(fileKey(stats)) ?? [], ...(found.unchecked !== undefined && { unchecked: found.unchecked }) });
  const processes = look?.processes ?? listProcesses();
  const [check, owner] = await Promise.all([
    look?.index ? fromIndex(look.index) : findOpenWriters(stats, path, processes),
    format?.liveSession?.(path, processes).catch(() => undefined),
  ]);
  const writers = [...check.writers];
  if (owner && !writers.some((writer) => writer.pid === owner.pid)) writers.push({ pid: owner.pid, name: owner.name, how: owner.evidence, owner: true });
  return { writers, ...(check.unchecked !== undefined && { unchecked: check.unchecked }) };
}

/** `open for appending by codex (pid 4242)`, for each writer. */
export function describeWriters(writers: readonly OpenWriter[]): string {
  return writers.map((writer) => `${writer.how} by ${writer.name} (pid ${writer.pid})`).join(', ');
}

/**
 * The lines of the unanswered calls at the very end of the file: in the last turn, with no turn boundary
 * after them. While a tool runs the client writes nothing, so such a call may be running rather than crashed.
 */
export function trailingUnanswered(diagnostics: DiagnosticList, turnBoundaries: readonly number[] | undefined): number[] {
  const lastBoundary = turnBoundaries?.at(-1) ?? 0;
  const trailing: number[] = [];
  for (const diagnostic of diagnostics) if (diagnostic.rule === 'missing-output' && diagnostic.line > lastBoundary) trailing.push(diagnostic.line);
  return trailing;
}

/** Why a trailing unanswered call may still be running, or undefined when nothing says so. */
export function stillRunningReason(evidence: LiveEvidence): string | undefined {
  if (evidence.writers.length > 0) return evidence.writers.map((writer) => (writer.owner ? '' : 'the file is ') + describeWriters([writer])).join(', ');
  if (evidence.recent) return `the file was written ${evidence.age.toFixed(1)} s ago`;
  return undefined;
}

/**
 * For `check`: the unanswered calls at the very end of a file that was just written, is held open for writing
 * or whose client session is running (its format's probe) are reported as possibly still running. One look
 * at the machine serves the whole run, and only files with an unanswered call that are fresh, open or owned
 * are looked at again (for their turn boundaries).
 */
export async function notePossiblyRunning<T extends CheckedFile | { readonly path: string; readonly error: string }>(
  reports: readonly T[],
  options: CheckOptions,
  minAgeSeconds = 10,
): Promise<T[]> {
  let look: MachineLook | undefined;
  const noted: T[] = [];
  for (const report of reports) {
    const unanswered = 'diagnostics' in report && someOf(report.diagnostics, (d) => d.rule === 'missing-output');
    const info = unanswered && report.path !== '-' ? await stat(report.path).catch(() => undefined) : undefined;
    if (!info?.isFile() || !('diagnostics' in report)) {
      noted.push(report);
      continue;
    }
    look ??= lookAtMachine();
    const { writers } = await writersOf(report.path, info, report.format && formatByName(report.format), look);
    const age = Math.max(0, (Date.now() - info.mtimeMs) / 1000);
    const reason = stillRunningReason({ age, recent: age < minAgeSeconds, writers });
    noted.push(reason ? ((await withRunningNote(report as CheckedFile, reason, options)) as T) : report);
  }
  return noted;
}

async function withRunningNote<T extends CheckedFile>(report: T, reason: string, options: CheckOptions): Promise<T> {
  try {
    const run = await runCheck(report.path, (await openInputFile(report.path)).chunks, options);
    const trailing = new Set(trailingUnanswered(run.diagnostics, run.facts.history?.turnBoundaries));
    const diagnostics = mapped(report.diagnostics, (d) => (d.rule === 'missing-output' && trailing.has(d.line) ? { ...d, message: `${d.message} It may still be running: ${reason}.` } : d));
    return { ...report, diagnostics };
  } catch {
    // The file went away or changed meanwhile: the report stands as it was.
    return report;
  }
}
