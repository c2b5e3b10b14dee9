import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { runCheck, type CheckOptions, type FileReport } from '../checking/check-source.js';
import type { Diagnostic } from '../checking/diagnostic.js';
import { InputError, toInputError } from '../reading/input-error.js';
import { isCompressed, openInputFile, readChunks } from '../reading/open-input.js';
import { applyPlan } from './apply-plan.js';
import { planRepairs, type RepairPlan } from './plan.js';
import { UnifiedDiff } from './unified-diff.js';
import { writeAtomically } from './write-atomically.js';

/** A file fix will not replace: it may be a live session, or it changed during the repair. */
export class FixRefusedError extends InputError {}

export interface FixOptions extends CheckOptions {
  /** Replace the original (atomically, keeping a backup unless `backup` is false). */
  readonly inPlace?: boolean;
  /** Keep the original's bytes as `<file>.bak` when replacing it. Default true. */
  readonly backup?: boolean;
  /** Where to write the repaired file: a path or a stream. Default `<file>.fixed`. */
  readonly output?: string | Writable;
  /** Report what would change; write nothing. */
  readonly dryRun?: boolean;
  /** Also produce a unified diff of the change. */
  readonly diff?: boolean;
  /** Replace a file even if it was modified within `minAgeSeconds`. */
  readonly force?: boolean;
  /** A file modified more recently than this is taken for a live session. Default 10. */
  readonly minAgeSeconds?: number;
  /** The path to name in reports, when `path` is a temporary copy (stdin). */
  readonly displayPath?: string;
}

export interface RepairDone {
  readonly rule: string;
  readonly code: string;
  readonly line: number;
  readonly action: string;
  readonly callId?: string;
}

export interface FixReport extends FileReport {
  /** What was repaired (or, with dryRun, would be). `diagnostics` holds what remains. */
  readonly repairs: readonly RepairDone[];
  /** Where the repaired file was written; undefined when nothing was written. */
  readonly written?: string;
  readonly backup?: string;
  readonly diff?: string;
}

/**
 * Repairs one session file: a first pass checks it and plans the repairs, a second pass streams the
 * original through the plan to the destination. The original is only ever replaced by an atomic rename,
 * and only with `inPlace`.
 */
export async function fixFile(path: string, options: FixOptions = {}): Promise<FixReport> {
  const shownPath = options.displayPath ?? path;
  const { chunks, stats: before } = await openInputFile(path);
  if (options.inPlace && isCompressed(path)) {
    throw new FixRefusedError(path, 'a compressed rollout is not replaced in place; write the repaired plain rollout beside it with -o (Codex reads rollout-….jsonl before its .zst)');
  }
  if (options.inPlace && !options.force && !options.dryRun) refuseIfLive(path, before.mtimeMs, options.minAgeSeconds ?? 10);

  const run = await runCheck(shownPath, chunks, { ...options, repairs: true });
  const plan = planRepairs(run.diagnostics, run.facts);
  const target = destination(path, options);
  const failedRewrites: number[] = [];
  const diff = options.diff ? new UnifiedDiff(shownPath, typeof target === 'string' ? target : shownPath) : undefined;
  // Both passes read into reused buffers: each consumer below is done with a chunk before it asks for the next.
  const original = () => readChunks(path, { reuseBuffer: true });
  const repaired = () => (plan ? applyPlan(original(), plan, { failedRewrites }, diff && ((change) => diff.add(change))) : original());

  let written: string | undefined;
  let backup: string | undefined;
  if (options.dryRun || (!plan && typeof target === 'string')) {
    if (diff && plan) for await (const _ of repaired());
  } else if (typeof target !== 'string') {
    await pipeTo(repaired(), target);
    written = '-';
  } else if (options.inPlace) {
    const real = await realpath(path).catch((error) => Promise.reject(toInputError(path, error)));
    const made = await writeAtomically(real, repaired(), {
      mode: before.mode & 0o7777,
      owner: { uid: before.uid, gid: before.gid },
      backup: options.backup !== false,
      beforeRename: () => refuseIfChanged(path, before),
    });
    // Name the backup as the file was named, unless the file is a link to another folder.
    if (made !== undefined) backup = real === resolve(path) ? path + made.slice(real.length) : made;
    written = path;
  } else {
    // A copy made from a file that changed between the two passes would apply the plan to the wrong lines.
    await writeAtomically(target, repaired(), { mode: before.mode & 0o7777, beforeRename: () => refuseIfChanged(path, before) });
    written = target;
  }

  const { repairs, remaining } = outcome(run.diagnostics, plan, failedRewrites);
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

function destination(path: string, options: FixOptions): string | Writable {
  if (options.inPlace) return path;
  return options.output ?? `${path}.fixed`;
}

function refuseIfLive(path: string, mtimeMs: number, minAgeSeconds: number): void {
  const age = (Date.now() - mtimeMs) / 1000;
  if (age < minAgeSeconds) {
    throw new FixRefusedError(
      path,
      `modified ${Math.max(0, age).toFixed(1)} s ago: it may be a live session still being written; not replaced (wait, or pass --force)`,
    );
  }
}

async function refuseIfChanged(path: string, before: import('node:fs').Stats): Promise<void> {
  const now = await stat(path).catch((error) => Promise.reject(toInputError(path, error)));
  if (now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ino !== before.ino) {
    throw new FixRefusedError(path, 'changed while it was being repaired (a live session?); left untouched');
  }
}

async function pipeTo(chunks: AsyncIterable<Buffer>, stream: Writable): Promise<void> {
  for await (const chunk of chunks) {
    // The chunk's memory is reused for the next one: the stream gets a copy, which it may keep.
    if (!stream.write(Buffer.from(chunk))) await new Promise<void>((resolve) => stream.once('drain', resolve));
  }
}

/** Splits the diagnostics into what the plan repaired and what remains (including failed rewrites). */
function outcome(diagnostics: readonly Diagnostic[], plan: RepairPlan | undefined, failedRewrites: readonly number[]) {
  const failed = new Set(failedRewrites);
  const done = new Set(
    (plan?.repaired ?? []).filter(
      (diagnostic) => !failed.has(diagnostic.line) && !diagnostic.repair!.edits.some((edit) => edit.op === 'rewrite' && failed.has(edit.line)),
    ),
  );
  const repairs: RepairDone[] = [];
  const remaining: Diagnostic[] = [];
  // The plan may repair more than the check reported (the record that becomes final gets an ordinal).
  const added = (plan?.repaired ?? []).filter((diagnostic) => !diagnostics.includes(diagnostic));
  for (const diagnostic of [...diagnostics, ...added].sort((a, b) => a.line - b.line)) {
    const { repair, ...rest } = diagnostic;
    if (done.has(diagnostic)) {
      repairs.push({ rule: rest.rule, code: rest.code, line: rest.line, action: repair!.action, ...(rest.callId !== undefined && { callId: rest.callId }) });
    } else {
      remaining.push(repair ? { ...rest, fixable: false } : rest);
    }
  }
  return { repairs, remaining };
}
