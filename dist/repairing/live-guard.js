import { stat } from 'node:fs/promises';
import { runCheck } from '../checking/check-source.js';
import { mapped, someOf } from '../checking/diagnostic-list.js';
import { openInputFile } from '../reading/open-input.js';
import { fileKey, findOpenWriters, openWritersIndex } from './open-writers.js';
export async function liveEvidence(path, stats, minAgeSeconds, format) {
    const age = Math.max(0, (Date.now() - stats.mtimeMs) / 1000);
    const found = await writersOf(path, stats, format);
    return { age, recent: age < minAgeSeconds, ...found };
}
/** Processes holding the file open for writing, and the live owner its format knows of. */
export async function writersOf(path, stats, format) {
    const [check, owner] = await Promise.all([findOpenWriters(stats, path), format?.liveSession?.(path).catch(() => undefined)]);
    const writers = [...check.writers];
    if (owner && !writers.some((writer) => writer.pid === owner.pid))
        writers.push({ pid: owner.pid, name: owner.name, how: owner.evidence });
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
        return `the file is ${describeWriters(evidence.writers)}`;
    if (evidence.recent)
        return `the file was written ${evidence.age.toFixed(1)} s ago`;
    return undefined;
}
/**
 * For `check`: the unanswered calls at the very end of a file that was just written or is held open for
 * writing are reported as possibly still running. One /proc scan serves the whole run, and only files with
 * an unanswered call that are fresh or open are looked at again (for their turn boundaries).
 */
export async function notePossiblyRunning(reports, options, minAgeSeconds = 10) {
    let index;
    const noted = [];
    for (const report of reports) {
        const unanswered = 'diagnostics' in report && someOf(report.diagnostics, (d) => d.rule === 'missing-output');
        const info = unanswered && report.path !== '-' ? await stat(report.path).catch(() => undefined) : undefined;
        if (!info?.isFile() || !('diagnostics' in report)) {
            noted.push(report);
            continue;
        }
        // Without /proc no writer is known: an empty index, made once.
        index ??= openWritersIndex() ?? new Map();
        const age = Math.max(0, (Date.now() - info.mtimeMs) / 1000);
        const reason = stillRunningReason({ age, recent: age < minAgeSeconds, writers: index.get(fileKey(info)) ?? [] });
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
