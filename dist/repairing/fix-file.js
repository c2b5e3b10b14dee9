import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { abortable, runCheck, withLinkedProblems } from '../checking/check-source.js';
import { asArray, SpilledDiagnostics } from '../checking/diagnostic-list.js';
import { toInputError } from '../reading/input-error.js';
import { isCompressed, openInputFile, readChunks } from '../reading/open-input.js';
import { applyPlan } from './apply-plan.js';
import { outcome } from './fix-outcome.js';
import { lastLooksOf } from './last-looks.js';
import { liveEvidence, stillRunningReason, trailingUnanswered, writersOf } from './live-guard.js';
import { planRepairs } from './plan.js';
import { FixRefusedError, refuseIfChanged, refuseIfWriters, refuseUnsafeReplacement } from './replace-guard.js';
import { UnifiedDiff } from './unified-diff.js';
import { UnmadeRewrite, UnmadeRewrites } from './unmade-rewrites.js';
import { PrefixCopy } from './prefix-copy.js';
import { writeAtomically } from './write-atomically.js';
export { FixRefusedError } from './replace-guard.js';
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
/** Repairs the file; a large one's unchanged start is copied to the destination during its check (prefix-copy.ts). */
async function repairFile(path, options, looks) {
    const target = destination(path, options);
    const copy = PrefixCopy.for(path, target, options);
    try {
        return await repairWithCopy(path, target, options, looks, copy);
    }
    finally {
        await copy?.dispose();
    }
}
async function repairWithCopy(path, target, options, looks, copy) {
    const shownPath = options.displayPath ?? path;
    const { before, run, plan: firstPlan } = await checkAndPlan(path, shownPath, options, copy);
    let plan = firstPlan;
    const guard = await guardFile(path, before, run, plan, options);
    const diffPieces = [];
    let diff;
    // Both passes read into reused buffers: each consumer below is done with a chunk before it asks for the next.
    const original = () => (options.signal ? abortable(readChunks(path, { reuseBuffer: true }), options.signal) : readChunks(path, { reuseBuffer: true }));
    let firstChange;
    const repaired = () => {
        firstChange = undefined;
        return plan ? applyPlan(original(), plan, diff && ((change) => diff.add(change)), (offset) => (firstChange = offset)) : original();
    };
    // The last look for writers, as close to the rename as it can be.
    const lastLook = async () => {
        if (!options.allowOpenWriters)
            refuseIfWriters(path, (await writersOf(path, before, run.facts.format, await looks.look())).writers, guard.runningWarning);
    };
    let written;
    const write = async () => {
        diffPieces.length = 0;
        diff = options.diff ? new UnifiedDiff(shownPath, typeof target === 'string' ? target : shownPath, options.onDiff ?? ((text) => diffPieces.push(text))) : undefined;
        // A copy the caller named is written even when nothing needed repairing: they asked for a file there.
        const nothingToWrite = !plan && (options.inPlace || options.output === undefined);
        if (options.dryRun || nothingToWrite) {
            if (diff && plan)
                await drain(repaired());
        }
        else {
            // The copy made during the check, the first time only: a second write (a rewrite that could not be made) starts afresh.
            const prefix = await copy?.take();
            const chunks = prefix ? prefix.writtenOn(repaired(), () => firstChange) : repaired();
            written = await writeRepaired(path, target, chunks, before, options, lastLook, prefix?.temp);
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
    const { repairs, remaining } = outcome(run.diagnostics, plan, unmade, new Set(guard.running ? guard.trailing : []), guard.running, run.facts.pinned);
    diff?.finish();
    const diffText = diffPieces.join('');
    const { diagnostics: _diagnostics, ...report } = run.report;
    const diagnostics = run.diagnostics;
    return {
        ...report,
        release: releaserOf(diagnostics),
        diagnostics: remaining,
        repairs,
        ...written,
        ...(diffText && { diff: diffText }),
        ...(guard.notes.length > 0 && { notes: guard.notes }),
        ...(options.dryRun && { dryRun: true }),
    };
}
/** The first pass: the check of the file and the plan of its repairs, made again without what would move bytes other files read. */
async function checkAndPlan(path, shownPath, options, copy) {
    const { chunks, stats: before } = await openInputFile(path);
    copy?.opened(before);
    // The diagnostics and their repairs (data) go to temp files when there are many.
    const checked = async (run) => withLinkedProblems(path, run, options);
    const copying = copy && { onRepair: () => copy.repairMade() };
    let run = await checked(await runCheck(shownPath, copy ? copy.following(chunks) : chunks, { ...options, repairs: true, ...copying }));
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
    return { before, run, plan };
}
/**
 * The live-session guard: it looks at the machine only for a file that would be replaced (a healthy file is never
 * refused) or that ends in unanswered calls, and throws FixRefusedError when the file must not be replaced.
 */
async function guardFile(path, before, run, plan, options) {
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
    return { trailing, running, runningWarning, notes };
}
/** Writes the repaired bytes: to a stream, beside a compressed rollout, over the file itself (`lastLook` before the rename), or to a copy. */
async function writeRepaired(path, target, chunks, before, options, lastLook, temp) {
    if (typeof target !== 'string') {
        await pipeTo(chunks, target);
        return { written: '-' };
    }
    const mode = before.mode & 0o7777;
    const sizeHint = before.size;
    if (options.inPlace && isCompressed(path)) {
        // Codex reads rollout-….jsonl before its .zst: the repaired plain rollout goes beside it (never over
        // an existing one), and the compressed original stays as it was, as the backup.
        await writeAtomically(target, chunks, { mode, sizeHint, noClobber: true, beforeRename: () => refuseIfChanged(path, before) });
        return { written: target, backup: path };
    }
    if (options.inPlace) {
        const real = await realpath(path).catch((error) => Promise.reject(toInputError(path, error)));
        const made = await writeAtomically(real, chunks, {
            mode,
            sizeHint,
            owner: { uid: before.uid, gid: before.gid },
            backup: options.backup !== false,
            beforeRename: async (temp) => {
                await refuseIfChanged(path, before);
                if (!options.force && (temp.uid !== before.uid || temp.gid !== before.gid)) {
                    throw new FixRefusedError(path, `its owner ${before.uid}:${before.gid} cannot be kept (the repaired file would belong to ${temp.uid}:${temp.gid}); not replaced (run as its owner or root, or pass --force)`);
                }
                await lastLook();
            },
        }, temp);
        if (made === undefined)
            return { written: path };
        // Name the backup as the file was named, unless the file is a link to another folder.
        return { written: path, backup: real === resolve(path) ? path + made.slice(real.length) : made };
    }
    // A copy made from a file that changed between the two passes would apply the plan to the wrong lines.
    await writeAtomically(target, chunks, { mode, sizeHint, beforeRename: () => refuseIfChanged(path, before) }, temp);
    return { written: target };
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
