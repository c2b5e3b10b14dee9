import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runCheck, withLinkedProblems } from '../checking/check-source.js';
import { InputError, toInputError } from '../reading/input-error.js';
import { isCompressed, openInputFile, readChunks } from '../reading/open-input.js';
import { applyPlan } from './apply-plan.js';
import { movesPinned, planRepairs } from './plan.js';
import { UnifiedDiff } from './unified-diff.js';
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
    const shownPath = options.displayPath ?? path;
    const { chunks, stats: before } = await openInputFile(path);
    if (options.inPlace && isCompressed(path)) {
        throw new FixRefusedError(path, 'a compressed rollout is not replaced in place; write the repaired plain rollout beside it with -o (Codex reads rollout-….jsonl before its .zst)');
    }
    if (options.inPlace && !options.force && !options.dryRun)
        refuseIfLive(path, before.mtimeMs, options.minAgeSeconds ?? 10);
    let run = await withLinkedProblems(path, await runCheck(shownPath, chunks, { ...options, repairs: true }), options);
    let plan = planRepairs(run.diagnostics, run.facts);
    // Other files may read this one by byte offset (Codex forks): plan again, leaving out what would move those bytes.
    const pinnedPrefix = plan && (await run.facts.format?.links?.pinnedPrefix(path, before.size));
    if (pinnedPrefix) {
        run = await withLinkedProblems(path, await runCheck(shownPath, readChunks(path), { ...options, repairs: true, pinnedPrefix }), options);
        plan = planRepairs(run.diagnostics, run.facts);
    }
    const target = destination(path, options);
    const failedRewrites = [];
    const diff = options.diff ? new UnifiedDiff(shownPath, typeof target === 'string' ? target : shownPath) : undefined;
    // Both passes read into reused buffers: each consumer below is done with a chunk before it asks for the next.
    const original = () => readChunks(path, { reuseBuffer: true });
    const repaired = () => (plan ? applyPlan(original(), plan, { failedRewrites }, diff && ((change) => diff.add(change))) : original());
    let written;
    let backup;
    if (options.dryRun || (!plan && typeof target === 'string')) {
        if (diff && plan)
            for await (const _ of repaired())
                ;
    }
    else if (typeof target !== 'string') {
        await pipeTo(repaired(), target);
        written = '-';
    }
    else if (options.inPlace) {
        const real = await realpath(path).catch((error) => Promise.reject(toInputError(path, error)));
        const made = await writeAtomically(real, repaired(), {
            mode: before.mode & 0o7777,
            owner: { uid: before.uid, gid: before.gid },
            backup: options.backup !== false,
            beforeRename: () => refuseIfChanged(path, before),
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
    const { repairs, remaining } = outcome(run.diagnostics, plan, failedRewrites, run.facts.pinned);
    const diffText = diff?.finish();
    return {
        ...run.report,
        diagnostics: remaining,
        repairs,
        ...(written !== undefined && { written }),
        ...(backup !== undefined && { backup }),
        ...(diffText && { diff: diffText }),
    };
}
function destination(path, options) {
    if (options.inPlace)
        return path;
    return options.output ?? `${path}.fixed`;
}
function refuseIfLive(path, mtimeMs, minAgeSeconds) {
    const age = (Date.now() - mtimeMs) / 1000;
    if (age < minAgeSeconds) {
        throw new FixRefusedError(path, `modified ${Math.max(0, age).toFixed(1)} s ago: it may be a live session still being written; not replaced (wait, or pass --force)`);
    }
}
async function refuseIfChanged(path, before) {
    const now = await stat(path).catch((error) => Promise.reject(toInputError(path, error)));
    if (now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ino !== before.ino) {
        throw new FixRefusedError(path, 'changed while it was being repaired (a live session?); left untouched');
    }
}
async function pipeTo(chunks, stream) {
    for await (const chunk of chunks) {
        // The chunk's memory is reused for the next one: the stream gets a copy, which it may keep.
        if (!stream.write(Buffer.from(chunk)))
            await new Promise((resolve) => stream.once('drain', resolve));
    }
}
/** Splits the diagnostics into what the plan repaired and what remains (including failed rewrites). */
function outcome(diagnostics, plan, failedRewrites, pinned) {
    const failed = new Set(failedRewrites);
    const done = new Set((plan?.repaired ?? []).filter((diagnostic) => !failed.has(diagnostic.line) && !diagnostic.repair.edits.some((edit) => edit.op === 'rewrite' && failed.has(edit.line))));
    const repairs = [];
    const remaining = [];
    // The plan may repair more than the check reported (the record that becomes final gets an ordinal).
    const added = (plan?.repaired ?? []).filter((diagnostic) => !diagnostics.includes(diagnostic));
    for (const diagnostic of [...diagnostics, ...added].sort((a, b) => a.line - b.line)) {
        const { repair, ...rest } = diagnostic;
        if (done.has(diagnostic)) {
            repairs.push({ rule: rest.rule, code: rest.code, line: rest.line, action: repair.action, ...(rest.callId !== undefined && { callId: rest.callId }) });
        }
        else {
            const why = repair && movesPinned(repair, pinned) ? ` Not repaired: ${pinned.reason}` : '';
            remaining.push(repair ? { ...rest, message: rest.message + why, fixable: false } : rest);
        }
    }
    return { repairs, remaining };
}
