import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { abortable, runCheck, withLinkedProblems } from '../checking/check-source.js';
import { asArray, picked, SpilledDiagnostics } from '../checking/diagnostic-list.js';
import { mergeRuns } from '../checking/sorted-runs.js';
import { InputError, toInputError } from '../reading/input-error.js';
import { isCompressed, openInputFile, readChunks } from '../reading/open-input.js';
import { applyPlan } from './apply-plan.js';
import { lastLooksOf } from './last-looks.js';
import { describeWriters, liveEvidence, stillRunningReason, trailingUnanswered, writersOf } from './live-guard.js';
import { isPlanned, movesPinned, planRepairs } from './plan.js';
import { UnifiedDiff } from './unified-diff.js';
import { UnmadeRewrite, UnmadeRewrites } from './unmade-rewrites.js';
import { writeAtomically } from './write-atomically.js';
/** A file fix will not replace: it may be a live session, or it changed during the repair. */
export class FixRefusedError extends InputError {
}
/**
 * Repairs one session file: a first pass checks it and plans the repairs, a second pass streams the
 * original through the plan to the destination. The original is only ever replaced by an atomic rename,
 * and only with `inPlace`.
 */
export async function fixFile(path, options = {}) {
    const fixed = await fixFileLazily(path, options);
    const report = { ...fixed, diagnostics: asArray(fixed.diagnostics), repairs: [...fixed.repairs] };
    fixed.release();
    return report;
}
/**
 * fixFile, its diagnostics and repairs possibly left in temp files until they are read (the CLI's); release()
 * removes those files once they are read.
 */
export async function fixFileLazily(path, options = {}) {
    // The options stand for the run: files fixed at once with them share their last looks.
    const looks = lastLooksOf(options);
    looks.enter();
    try {
        return await repairFile(path, options, looks);
    }
    finally {
        looks.leave();
    }
}
async function repairFile(path, options, looks) {
    const shownPath = options.displayPath ?? path;
    const { chunks, stats: before } = await openInputFile(path);
    // The diagnostics and their repairs (data) go to temp files when there are many.
    const checked = async (run) => withLinkedProblems(path, run, options);
    let run = await checked(await runCheck(shownPath, chunks, { ...options, repairs: true }));
    let plan = planRepairs(run.diagnostics, run.facts);
    // Other files may read this one by byte offset (Codex forks): plan again, leaving out what would move those bytes.
    // The options stand for the run: the same object for every file of one fix (the CLI's, the library's).
    const pinnedPrefix = plan && (await run.facts.format?.links?.pinnedPrefix(path, options));
    if (pinnedPrefix) {
        plan?.release?.();
        releaseList(run.diagnostics);
        run = await checked(await runCheck(shownPath, readChunks(path), { ...options, repairs: true, pinnedPrefix }));
        plan = planRepairs(run.diagnostics, run.facts);
    }
    // The live-session guard applies only to a file that would be replaced: a healthy file is never refused.
    const replacing = options.inPlace === true && !options.dryRun && plan !== undefined;
    const trailing = trailingUnanswered(run.diagnostics, run.facts.history?.turnBoundaries);
    const evidence = replacing || trailing.length > 0 ? await liveEvidence(path, before, options.minAgeSeconds ?? 10, run.facts.format, options) : undefined;
    const running = evidence && trailing.length > 0 ? stillRunningReason(evidence) : undefined;
    const lines = trailing.join(', ');
    const runningNote = running && `line ${lines}: the unanswered call may still be running (${running})`;
    const runningWarning = running && `its unanswered call at line ${lines} may still be running`;
    const notes = [...(runningNote ? [runningNote] : []), ...(evidence?.unchecked !== undefined && replacing ? [evidence.unchecked] : [])];
    if (replacing)
        await refuseUnsafeReplacement(path, before, evidence, options, runningWarning);
    const target = destination(path, options);
    const diffPieces = [];
    let diff;
    // Both passes read into reused buffers: each consumer below is done with a chunk before it asks for the next.
    const original = () => (options.signal ? abortable(readChunks(path, { reuseBuffer: true }), options.signal) : readChunks(path, { reuseBuffer: true }));
    const repaired = () => (plan ? applyPlan(original(), plan, diff && ((change) => diff.add(change))) : original());
    let written;
    let backup;
    const write = async () => {
        diffPieces.length = 0;
        diff = options.diff ? new UnifiedDiff(shownPath, typeof target === 'string' ? target : shownPath, options.onDiff ?? ((text) => diffPieces.push(text))) : undefined;
        // A copy the caller named is written even when nothing needed repairing: they asked for a file there.
        const nothingToWrite = !plan && (options.inPlace || options.output === undefined);
        if (options.dryRun || nothingToWrite) {
            if (diff && plan)
                await drain(repaired());
        }
        else if (typeof target !== 'string') {
            await pipeTo(repaired(), target);
            written = '-';
        }
        else if (options.inPlace && isCompressed(path)) {
            // Codex reads rollout-….jsonl before its .zst: the repaired plain rollout goes beside it (never over
            // an existing one), and the compressed original stays as it was, as the backup.
            await writeAtomically(target, repaired(), { mode: before.mode & 0o7777, noClobber: true, beforeRename: () => refuseIfChanged(path, before) });
            written = target;
            backup = path;
        }
        else if (options.inPlace) {
            const real = await realpath(path).catch((error) => Promise.reject(toInputError(path, error)));
            const made = await writeAtomically(real, repaired(), {
                mode: before.mode & 0o7777,
                owner: { uid: before.uid, gid: before.gid },
                backup: options.backup !== false,
                beforeRename: async (temp) => {
                    await refuseIfChanged(path, before);
                    if (!options.force && (temp.uid !== before.uid || temp.gid !== before.gid)) {
                        throw new FixRefusedError(path, `its owner ${before.uid}:${before.gid} cannot be kept (the repaired file would belong to ${temp.uid}:${temp.gid}); not replaced (run as its owner or root, or pass --force)`);
                    }
                    // The last look for writers, as close to the rename as it can be.
                    if (!options.allowOpenWriters)
                        refuseIfWriters(path, (await writersOf(path, before, run.facts.format, await looks.look())).writers, runningWarning);
                },
            });
            // Name the backup as the file was named, unless the file is a link to another folder.
            if (made !== undefined)
                backup = real === resolve(path) ? path + made.slice(real.length) : made;
            written = path;
        }
        else {
            // A copy made from a file that changed between the two passes would apply the plan to the wrong lines.
            await writeAtomically(target, repaired(), { mode: before.mode & 0o7777, beforeRename: () => refuseIfChanged(path, before) });
            written = target;
        }
    };
    const unmade = new UnmadeRewrites();
    const settled = (pass) => unmade.settle(path, pass, () => {
        plan?.release?.();
        plan = planRepairs(run.diagnostics, run.facts, unmade);
    });
    // What cannot be taken back (a stream, a diff given away as it is made) or only reports (a dry run) comes after a
    // silent pass made the plan whole. The same bytes give the same rewrites: only a file changed meanwhile fails then.
    const irrevocable = typeof target !== 'string' || options.onDiff !== undefined || options.dryRun === true;
    if (!irrevocable)
        await settled(write);
    else {
        if (plan?.rewrites)
            await settled(async () => (plan ? drain(applyPlan(original(), plan)) : undefined));
        await write().catch((error) => {
            throw error instanceof UnmadeRewrite ? new FixRefusedError(path, `changed while it was being repaired (${error.message}); what was written of it is incomplete`) : error;
        });
    }
    plan?.release?.();
    const { repairs, remaining } = outcome(run.diagnostics, plan, unmade, new Set(running ? trailing : []), running, run.facts.pinned);
    diff?.finish();
    const diffText = diffPieces.join('');
    const { diagnostics: _diagnostics, ...report } = run.report;
    const diagnostics = run.diagnostics;
    return {
        ...report,
        release: releaserOf(diagnostics),
        diagnostics: remaining,
        repairs,
        ...(written !== undefined && { written }),
        ...(backup !== undefined && { backup }),
        ...(diffText && { diff: diffText }),
        ...(notes.length > 0 && { notes }),
        ...(options.dryRun && { dryRun: true }),
    };
}
/** A compressed rollout's repaired form is plain: `x.jsonl` for `x.jsonl.zst`. */
const plainPathOf = (path) => (isCompressed(path) ? path.slice(0, -'.zst'.length) : path);
/** The copy fix writes by default: `<file>.fixed` (`x.jsonl.fixed` for `x.jsonl.zst`: it is plain). */
export const copyPathFor = (path) => `${plainPathOf(path)}.fixed`;
/** In place: the file itself (a .zst: the plain rollout beside it). Else the copy: `output`, or the default copy. */
function destination(path, options) {
    if (options.inPlace)
        return plainPathOf(path);
    return options.output ?? copyPathFor(path);
}
/**
 * The guard fix applies before replacing a file, for other commands that replace one (restore): open
 * writers and the live owner the file's format knows of, a recent modification (unless `force`), other hard
 * links. The options stand for the run (the same object for every file): its look at the machine serves this
 * first look, as in fix. Throws FixRefusedError.
 */
export async function refuseReplacing(path, before, options, format) {
    await refuseUnsafeReplacement(path, before, await liveEvidence(path, before, options.minAgeSeconds ?? 10, format, options), options, undefined);
}
/** The last look before a rename, made afresh: the file did not change, and (unless allowed) nothing is writing it. */
export async function refuseIfChangedOrOpen(path, before, options, format) {
    await refuseIfChanged(path, before);
    if (!options.allowOpenWriters)
        refuseIfWriters(path, (await writersOf(path, before, format)).writers, undefined);
}
/** The checks made before any work on a file that would be replaced; each throws FixRefusedError. */
async function refuseUnsafeReplacement(path, before, evidence, options, running) {
    // A compressed rollout is never replaced: its repaired plain rollout goes beside it. A writer still matters.
    if (!options.allowOpenWriters)
        refuseIfWriters(path, evidence.writers, running);
    if (options.force)
        return;
    if (evidence.recent) {
        throw new FixRefusedError(path, `modified ${evidence.age.toFixed(1)} s ago: it may be a live session still being written; not replaced (wait, or pass --force)${running ? `; ${running}` : ''}`);
    }
    // Only a file of several links has backups among them (a file of one is never refused for its links).
    if (before.nlink > 1 && before.nlink - (await backupLinks(path, before)) > 1) {
        throw new FixRefusedError(path, `has ${before.nlink} hard links: replacing it would leave the other names with the old bytes; not replaced (pass --force to replace this name only)`);
    }
}
/**
 * The links of `path` that are its own backups (`<file>.bak…` beside it, the same inode): a run killed
 * after making its backup and before the rename leaves one, and the next run must still finish the job.
 */
async function backupLinks(path, before) {
    const real = await realpath(path);
    const name = basename(real);
    let count = 0;
    for (const entry of await readdir(dirname(real)).catch(() => [])) {
        if (!/^\.bak(\.\d+)?$/.test(entry.slice(name.length)) || !entry.startsWith(name))
            continue;
        const info = await stat(join(dirname(real), entry)).catch(() => undefined);
        if (info?.ino === before.ino && info.dev === before.dev)
            count += 1;
    }
    return count;
}
function refuseIfWriters(path, writers, running) {
    if (writers.length === 0)
        return;
    throw new FixRefusedError(path, `${describeWriters(writers)}: it may still be writing; not replaced (what it writes after a replacement would be lost; --allow-open-writers replaces it anyway)${running ? `; ${running}` : ''}`);
}
async function refuseIfChanged(path, before) {
    const now = await stat(path).catch((error) => Promise.reject(toInputError(path, error)));
    if (now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ino !== before.ino) {
        throw new FixRefusedError(path, 'changed while it was being repaired (a live session?); left untouched');
    }
}
async function drain(chunks) {
    for await (const _ of chunks)
        ;
}
async function pipeTo(chunks, stream) {
    for await (const chunk of chunks) {
        // The chunk's memory is reused for the next one: the stream gets a copy, which it may keep.
        if (!stream.write(Buffer.from(chunk)))
            await new Promise((resolve) => stream.once('drain', resolve));
    }
}
/** Removes a list's temp files, when it has any. */
const releaseList = (list) => (list instanceof SpilledDiagnostics ? list.release() : undefined);
/**
 * release() for a report, made out here: a closure made in fixFileLazily would share its scope with the
 * others made there and keep the file's whole check (its history model, the plan) alive for as long as the
 * report is held (a run of 5,000 files held 40 KB a file until its end).
 */
const releaserOf = (list) => (list instanceof SpilledDiagnostics ? () => list.release() : NOTHING_TO_RELEASE);
const NOTHING_TO_RELEASE = () => { };
/**
 * Splits the diagnostics into what the plan repaired and what remains (including repairs left out for a rewrite that could not be made), read
 * lazily, in line order: the plan's own repairs after the diagnostics of their line.
 */
function outcome(diagnostics, plan, unmade, runningLines, why, pinned) {
    const done = (diagnostic) => plan !== undefined && isPlanned(diagnostic, pinned, unmade);
    // The plan may repair more than the check reported (the record that becomes final gets an ordinal).
    const all = plan && plan.added.length > 0 ? mergeRuns([diagnostics, plan.added], (a, b) => a.line - b.line) : diagnostics;
    // Both lists are counted in one pass (a million on disk take a second to read).
    let repaired;
    const count = () => {
        repaired = 0;
        for (const diagnostic of all)
            if (done(diagnostic))
                repaired += 1;
        return repaired;
    };
    const repairOf = (diagnostic) => {
        if (!done(diagnostic))
            return undefined;
        const { repair, ...rest } = diagnostic;
        const last = rest.endLine ?? rest.line;
        const otherLines = [...new Set(repair.edits.flatMap((edit) => ('line' in edit && (edit.line < rest.line || edit.line > last) && edit.op !== 'insert-after' ? [edit.line] : [])))];
        return {
            rule: rest.rule,
            code: rest.code,
            line: rest.line,
            ...(rest.endLine !== undefined && { endLine: rest.endLine }),
            action: repair.action,
            ...(rest.callId !== undefined && { callId: rest.callId }),
            ...(otherLines.length > 0 && { otherLines }),
        };
    };
    const remainingOf = (diagnostic) => {
        if (done(diagnostic))
            return undefined;
        const { repair, ...rest } = diagnostic;
        const pinnedNote = repair && movesPinned(repair, pinned) ? ` Not repaired: ${pinned.reason}` : '';
        const unmadeLine = repair && unmade.lineIn(repair);
        const unmadeNote = unmadeLine ? ` Not repaired: the rewrite of line ${unmadeLine} it needs could not be made, so none of its edits were.` : '';
        const runningNote = rest.rule === 'missing-output' && runningLines.has(rest.line) ? ` It may still be running: ${why}.` : '';
        const shown = { ...rest, message: rest.message + pinnedNote + unmadeNote + runningNote };
        return repair ? { ...shown, fixable: false } : shown;
    };
    const repairs = picked(all, repairOf, () => repaired ?? count());
    const remaining = picked(all, remainingOf, () => diagnostics.length + (plan?.added.length ?? 0) - (repaired ?? count()));
    // Lists held in memory are made now: lazy ones keep these closures, and with them the plan, some 2 KB
    // a file for as long as the run holds its report.
    if (Array.isArray(diagnostics))
        return { repairs: [...repairs], remaining: [...remaining] };
    return { repairs, remaining };
}
