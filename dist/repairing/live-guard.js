import { stat } from 'node:fs/promises';
import { runCheck } from '../checking/check-source.js';
import { mapped, someOf } from '../checking/diagnostic-list.js';
import { formatByName } from '../formats/registry.js';
import { openInputFile } from '../reading/open-input.js';
import { fileKey, findOpenWriters, openWritersIndex } from './open-writers.js';
import { listProcesses } from './processes.js';
/**
 * The first look at a file (before any work on it). With `run` (an object that stands for the run, such as
 * its options), it is the run's look at the machine (runLook): what it finds only decides what is refused
 * early and what is noted, and the last look before a rename (writersOf without one) is made afresh.
 */
export async function liveEvidence(path, stats, minAgeSeconds, format, run) {
    const age = Math.max(0, (Date.now() - stats.mtimeMs) / 1000);
    const found = await writersOf(path, stats, format, run && runLook(run));
    return { age, recent: age < minAgeSeconds, ...found };
}
/** How long a run's look at the machine serves first looks. */
const LOOK_MS = 1000;
const runLooks = new WeakMap();
/**
 * One look at the machine for the first looks of a run, made again once it is a second old: a scan of /proc
 * per file (a machine's thousands of descriptors and every command line) was most of the time of a fix over
 * a store of transcripts.
 */
function runLook(run) {
    const kept = runLooks.get(run);
    if (kept && performance.now() - kept.made < LOOK_MS)
        return kept.look;
    const look = lookAtMachine();
    runLooks.set(run, { made: performance.now(), look });
    return look;
}
/** A look at the machine now: every file open for writing, and the processes. */
export function lookAtMachine() {
    const processes = listProcesses();
    return { index: openWritersIndex(processes), processes };
}
/**
 * Processes holding the file open for writing, and the live owner its format knows of: from `look` when
 * given, else found now (without /proc, open writers are asked of lsof for this file).
 */
export async function writersOf(path, stats, format, look) {
    const fromIndex = (found) => ({ writers: found.byFile.get(fileKey(stats)) ?? [], ...(found.unchecked !== undefined && { unchecked: found.unchecked }) });
    const processes = look?.processes ?? listProcesses();
    const [check, owner] = await Promise.all([
        look?.index ? fromIndex(look.index) : findOpenWriters(stats, path, processes),
        format?.liveSession?.(path, processes).catch(() => undefined),
    ]);
    const writers = [...check.writers];
    if (owner && !writers.some((writer) => writer.pid === owner.pid))
        writers.push({ pid: owner.pid, name: owner.name, how: owner.evidence, owner: true });
    return { writers, ...(check.unchecked !== undefined && { unchecked: check.unchecked }) };
}
/** `open for appending by codex (pid 4242)`, for each writer. */
export function describeWriters(writers) {
    return writers.map((writer) => `${writer.how} by ${writer.name} (pid ${writer.pid})`).join(', ');
}
/**
 * The lines of the unanswered calls at the very end of the file: in the last turn, with no turn boundary
 * after them. While a tool runs the client writes nothing, so such a call may be running rather than crashed.
 */
export function trailingUnanswered(diagnostics, turnBoundaries) {
    const lastBoundary = turnBoundaries?.at(-1) ?? 0;
    const trailing = [];
    for (const diagnostic of diagnostics)
        if (diagnostic.rule === 'missing-output' && diagnostic.line > lastBoundary)
            trailing.push(diagnostic.line);
    return trailing;
}
/** Why a trailing unanswered call may still be running, or undefined when nothing says so. */
export function stillRunningReason(evidence) {
    if (evidence.writers.length > 0)
        return evidence.writers.map((writer) => (writer.owner ? '' : 'the file is ') + describeWriters([writer])).join(', ');
    if (evidence.recent)
        return `the file was written ${evidence.age.toFixed(1)} s ago`;
    return undefined;
}
/**
 * For `check`: the unanswered calls at the very end of a file that was just written, is held open for writing
 * or whose client session is running (its format's probe) are reported as possibly still running. One look
 * at the machine serves the whole run, and only files with an unanswered call that are fresh, open or owned
 * are looked at again (for their turn boundaries).
 */
export async function notePossiblyRunning(reports, options, minAgeSeconds = 10) {
    let look;
    const noted = [];
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
        noted.push(reason ? (await withRunningNote(report, reason, options)) : report);
    }
    return noted;
}
async function withRunningNote(report, reason, options) {
    try {
        const run = await runCheck(report.path, (await openInputFile(report.path)).chunks, options);
        const trailing = new Set(trailingUnanswered(run.diagnostics, run.facts.history?.turnBoundaries));
        const diagnostics = mapped(report.diagnostics, (d) => (d.rule === 'missing-output' && trailing.has(d.line) ? { ...d, message: `${d.message} It may still be running: ${reason}.` } : d));
        return { ...report, diagnostics };
    }
    catch {
        // The file went away or changed meanwhile: the report stands as it was.
        return report;
    }
}
