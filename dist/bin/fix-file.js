import { a as withoutBom, c as isCompressed, i as withLinkedProblems, l as openInputFile, o as LineSplitter, r as runCheck, s as READ_CHUNK_BYTES, t as abortable, u as readChunks } from "./check-source.js";
import { n as toInputError, t as InputError } from "./input-error.js";
import { u as LineSet } from "./select-rules.js";
import { c as writersOf, i as liveEvidence, o as stillRunningReason, r as describeWriters, s as trailingUnanswered } from "./progress.js";
import { a as removeStaleTempFiles, o as tempPathFor, r as removeOnInterrupt } from "./report-output.js";
import { constants } from "node:fs";
import { chown, copyFile, link, open as open$1, readdir, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
// dist/repairing/plan.js
/**
* What the plan does to original line `n`: drops it whole (nothing is inserted after it), edits it (its
* bytes are needed), or keeps it byte for byte.
*/
function lineAction(plan, n) {
	if (n >= plan.truncateFrom || plan.removed.has(n) && !plan.insertsAfter.has(n)) return "drop";
	return plan.normalizeLineEndings || plan.removed.has(n) || plan.rewrites.has(n) || plan.insertsAfter.has(n) || plan.endLines.has(n) || n === 1 && plan.stripBom ? "edit" : "keep";
}
/**
* Whether a repair would change or move a byte of the pinned prefix (lines before `firstFreeLine`): an
* insert after the last pinned line starts at or after the pin, and is allowed.
*/
function movesPinned(repair, pinned) {
	if (!pinned) return false;
	const free = pinned.firstFreeLine;
	return repair.edits.some((edit) => {
		switch (edit.op) {
			case "insert-after": return edit.line < free - 1;
			case "strip-bom":
			case "normalize-line-endings": return free > 1;
			default: return edit.line < free;
		}
	});
}
/**
* Collects the repairs of fixable diagnostics into one plan; undefined when there is nothing to do. A repair
* that would move pinned bytes is left out (the caller says why).
*/
function planRepairs(diagnostics, facts) {
	const repaired = diagnostics.filter((diagnostic) => diagnostic.repair && !movesPinned(diagnostic.repair, facts.pinned));
	if (repaired.length === 0) return void 0;
	const removed = new LineSet();
	const rewrites = /* @__PURE__ */ new Map();
	const insertsAfter = /* @__PURE__ */ new Map();
	const endLines = /* @__PURE__ */ new Set();
	let truncateFrom = Infinity;
	let normalizeLineEndings = false;
	let stripBom = false;
	const apply = (edit) => {
		switch (edit.op) {
			case "remove":
				for (let line = edit.line; line <= (edit.through ?? edit.line); line += 1) removed.add(line);
				break;
			case "rewrite":
				append(rewrites, edit.line, edit.apply);
				break;
			case "insert-after":
				append(insertsAfter, edit.line, edit.text);
				break;
			case "end-line":
				endLines.add(edit.line);
				break;
			case "truncate-from":
				truncateFrom = Math.min(truncateFrom, edit.line);
				break;
			case "normalize-line-endings":
				normalizeLineEndings = true;
				break;
			case "strip-bom": stripBom = true;
		}
	};
	for (const diagnostic of repaired) diagnostic.repair.edits.forEach(apply);
	const truncated = (line) => line >= truncateFrom;
	const completion = facts.history?.completePlan?.({
		lines: facts.lines,
		removed: (line) => truncated(line) || removed.has(line),
		truncated,
		insertsAfter,
		diagnostics
	});
	if (completion) {
		completion.edits.filter((edit) => !movesPinned({
			action: "",
			edits: [edit]
		}, facts.pinned)).forEach(apply);
		repaired.push(...completion.repaired.filter((diagnostic) => !movesPinned(diagnostic.repair, facts.pinned)));
	}
	return {
		removed,
		truncateFrom,
		rewrites,
		insertsAfter,
		endLines,
		normalizeLineEndings,
		stripBom,
		repaired
	};
}
function append(map, line, value) {
	const list = map.get(line);
	if (list) list.push(value);
	else map.set(line, [value]);
}
// dist/repairing/apply-plan.js
const LF = Buffer.from("\n");
const CRLF = Buffer.from("\r\n");
const NONE = Buffer.alloc(0);
const NO_LINES = [];
const NO_REWRITES = [];
const SKIP = {
	drop: "drop",
	edit: void 0,
	keep: "pass"
};
/**
* The second pass: streams the original again and yields the repaired bytes. Lines kept as they are go
* out as pieces of the input chunks and dropped lines are skipped, neither assembled nor copied, so a
* 64 MiB line costs no copy and memory stays flat however large the file. Edited lines (all lines when a
* diff is observed) are written into a reused batch buffer. Every yielded buffer is valid only until the
* next one is asked for.
*/
async function* applyPlan(chunks, plan, result, observe) {
	const batch = new Batch();
	/** This chunk's output in order: pieces of the chunk, and where each stretch of the batch ends. */
	const output = [];
	const skip = (n) => observe ? void 0 : SKIP[lineAction(plan, n)];
	const splitter = new LineSplitter({
		skip,
		skipped: (piece) => output.push(piece)
	});
	const visit = (line) => {
		const { bytes, eol, inserted, changed } = changeOf(line, plan, result);
		if (bytes) {
			batch.add(bytes);
			batch.add(eol);
		}
		for (const text of inserted) batch.add(text);
		if (typeof output.at(-1) === "number") output[output.length - 1] = batch.size;
		else output.push(batch.size);
		observe?.({
			line,
			...bytes && { written: Buffer.concat([bytes, eol]) },
			inserted,
			changed
		});
	};
	for await (const chunk of chunks) {
		splitter.push(chunk, visit);
		yield* flush();
	}
	splitter.end(visit);
	yield* flush();
	function* flush() {
		let from = 0;
		for (const item of output) if (typeof item !== "number") yield item;
		else if (item > from) yield batch.bytes(from, from = item);
		output.length = 0;
		batch.clear();
	}
}
function changeOf(line, plan, result) {
	const n = line.number;
	if (n >= plan.truncateFrom) return {
		eol: NONE,
		inserted: NO_LINES,
		changed: true
	};
	const texts = plan.insertsAfter.get(n);
	const inserted = texts ? texts.map((text) => Buffer.from(`${text}\n`)) : NO_LINES;
	if (plan.removed.has(n)) return {
		eol: NONE,
		inserted,
		changed: true
	};
	let bytes = n === 1 && plan.stripBom ? withoutBom(line.bytes) : line.bytes;
	for (const rewrite of plan.rewrites.get(n) ?? NO_REWRITES) bytes = bytes && rewrite(bytes);
	if (!bytes) {
		result.failedRewrites.push(n);
		bytes = line.bytes;
	}
	const terminate = plan.endLines.has(n) || line.eol === "\r\n" && plan.normalizeLineEndings || line.eol === "" && inserted.length > 0;
	const eol = terminate ? LF : line.eol === "\n" ? LF : line.eol === "\r\n" ? CRLF : NONE;
	return {
		bytes,
		eol,
		inserted,
		changed: bytes !== line.bytes || terminate || inserted.length > 0
	};
}
/**
* The touched lines' bytes of one chunk, copied into a buffer reused from chunk to chunk. It grows as
* needed (a chunk's worth, or a long line) and is let go after growing far larger than a chunk.
*/
var Batch = class Batch {
	static LARGEST_KEPT = 4 * READ_CHUNK_BYTES;
	#buffer = NONE;
	size = 0;
	add(bytes) {
		if (this.size + bytes.length > this.#buffer.length) {
			const grown = Buffer.allocUnsafeSlow(Math.max(2 * this.#buffer.length, this.size + bytes.length, 65536));
			this.#buffer.copy(grown, 0, 0, this.size);
			this.#buffer = grown;
		}
		this.size += bytes.copy(this.#buffer, this.size);
	}
	/** Bytes [from, to) of the batch; valid until the next add after clear. */
	bytes(from, to) {
		return this.#buffer.subarray(from, to);
	}
	clear() {
		this.size = 0;
		if (this.#buffer.length > Batch.LARGEST_KEPT) this.#buffer = NONE;
	}
};
// dist/repairing/unified-diff.js
const CONTEXT = 3;
/** A line for the diff, without its newline; a missing final newline gets diff's usual marker. */
function render(bytes) {
	if (bytes.length > 0 && bytes[bytes.length - 1] === 10) return bytes.subarray(0, bytes.length - 1).toString("utf8");
	return `${bytes.toString("utf8")}\n\\ No newline at end of file`;
}
/**
* Builds a unified diff (3 lines of context) from the line changes of the second pass, holding only
* the current hunk and the last few unchanged lines.
*/
var UnifiedDiff = class {
	oldName;
	newName;
	#out = [];
	#recent = [];
	#hunk;
	#newBase = 0;
	#trailing = 0;
	#oldNo = 0;
	#newNo = 0;
	constructor(oldName, newName) {
		this.oldName = oldName;
		this.newName = newName;
	}
	add(change) {
		const original = Buffer.concat([change.line.bytes, Buffer.from(change.line.eol)]);
		this.#oldNo += 1;
		const keptAsIs = change.written?.equals(original) ?? false;
		if (!change.changed) {
			this.#context(render(original));
			return;
		}
		this.#open();
		if (keptAsIs) this.#hunk.push({
			mark: " ",
			text: render(original),
			oldNo: this.#oldNo,
			newNo: ++this.#newNo
		});
		else {
			this.#hunk.push({
				mark: "-",
				text: render(original),
				oldNo: this.#oldNo
			});
			if (change.written) this.#hunk.push({
				mark: "+",
				text: render(change.written),
				newNo: ++this.#newNo
			});
		}
		for (const bytes of change.inserted) this.#hunk.push({
			mark: "+",
			text: render(bytes),
			newNo: ++this.#newNo
		});
		this.#trailing = 0;
	}
	/** The finished diff; empty when nothing changed. */
	finish() {
		this.#close(this.#hunk ?? []);
		if (this.#out.length === 0) return "";
		return `--- ${this.oldName}\n+++ ${this.newName}\n${this.#out.join("")}`;
	}
	#context(text) {
		const entry = {
			mark: " ",
			text,
			oldNo: this.#oldNo,
			newNo: ++this.#newNo
		};
		if (!this.#hunk) {
			this.#recent.push(entry);
			if (this.#recent.length > CONTEXT) this.#recent.shift();
			return;
		}
		this.#hunk.push(entry);
		this.#trailing += 1;
		if (this.#trailing > 6) {
			const after = this.#hunk.splice(this.#hunk.length - (this.#trailing - CONTEXT));
			this.#close(this.#hunk);
			this.#hunk = void 0;
			this.#recent = after.slice(-3);
		}
	}
	#open() {
		if (this.#hunk) return;
		this.#newBase = this.#recent[0]?.newNo !== void 0 ? this.#recent[0].newNo - 1 : this.#newNo;
		this.#hunk = this.#recent;
		this.#recent = [];
	}
	#close(hunk) {
		if (hunk.length === 0) return;
		const oldLines = hunk.filter((entry) => entry.oldNo !== void 0);
		const newLines = hunk.filter((entry) => entry.newNo !== void 0);
		const oldStart = oldLines[0]?.oldNo ?? 0;
		const newStart = newLines[0]?.newNo ?? this.#newBase;
		this.#out.push(`@@ -${oldStart},${oldLines.length} +${newStart},${newLines.length} @@\n`);
		for (const entry of hunk) this.#out.push(`${entry.mark}${entry.text}\n`);
	}
};
// dist/repairing/write-atomically.js
/**
* Writes `chunks` to `target` so that readers see either the old file or the complete new one:
* a temp file in the same folder, fsync, (backup), rename over the target, fsync the folder. On any
* failure before the rename, the temp file and the backup made for it are removed and the target is
* untouched. Returns the backup's path, when one was made.
*/
async function writeAtomically(target, chunks, options = {}) {
	const folder = dirname(target);
	await removeStaleTempFiles(folder);
	const temp = tempPathFor(folder, target);
	const releaseTemp = removeOnInterrupt(temp);
	let backup;
	let renamed = false;
	try {
		const handle = await open$1(temp, "wx", options.mode ?? 420);
		try {
			for await (const chunk of chunks) await writeAll(handle, chunk);
			if (options.mode !== void 0) await handle.chmod(options.mode);
			if (options.owner) await chown(temp, options.owner.uid, options.owner.gid).catch(ignoreWhenNotPermitted);
			await handle.sync();
		} finally {
			await handle.close();
		}
		await pauseForTest("temp-written");
		await options.beforeRename?.(await stat(temp));
		if (options.backup) {
			const path = await makeBackup(target);
			backup = {
				path,
				release: removeOnInterrupt(path)
			};
		}
		await pauseForTest("backup-made");
		backup?.release();
		if (options.noClobber) {
			await link(temp, target);
			renamed = true;
			await unlink(temp);
		} else {
			await rename(temp, target);
			renamed = true;
		}
		await pauseForTest("renamed");
		await syncFolder(folder);
		return backup?.path;
	} catch (error) {
		if (!renamed) {
			await unlink(temp).catch(() => void 0);
			if (backup) await unlink(backup.path).catch(() => void 0);
		}
		throw error instanceof Error && error.name === "AbortError" ? error : toInputError(target, error);
	} finally {
		releaseTemp();
	}
}
/** Test hook (test/hostile crash tests): SESSION_DOCTOR_TEST_PAUSE=<step> stops here until the process is killed. */
async function pauseForTest(step) {
	if (process.env.SESSION_DOCTOR_TEST_PAUSE !== step) return;
	process.stderr.write(`session-doctor: paused at ${step}\n`);
	await new Promise(() => setInterval(() => void 0, 6e4));
}
async function writeAll(handle, chunk) {
	let offset = 0;
	while (offset < chunk.length) {
		const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
		offset += bytesWritten;
	}
}
function ignoreWhenNotPermitted(error) {
	if (error.code !== "EPERM" && error.code !== "EINVAL" && error.code !== "ENOSYS") throw error;
}
/** Makes renames in `folder` durable. Some file systems cannot fsync a folder; the rename is still atomic there. */
async function syncFolder(folder) {
	await syncPath(folder, (error) => error.code === "EINVAL" || error.code === "EISDIR" || error.code === "EPERM");
}
async function syncPath(path, tolerated = () => false) {
	const handle = await open$1(path, "r");
	try {
		await handle.sync().catch((error) => {
			if (!tolerated(error)) throw error;
		});
	} finally {
		await handle.close();
	}
}
/**
* Keeps the original's bytes under the first free name of `<file>.bak`, `<file>.bak.1`, …: an existing
* backup is never overwritten. A hard link costs nothing and keeps the old bytes, because the repaired
* file replaces the original by rename (a new inode). Where links are not possible the file is copied to
* a temp file, fsynced, and only then given its name, so that a backup under its name is always whole
* (the folder is fsynced after the rename that follows).
*/
async function makeBackup(file) {
	for (let index = 0;; index += 1) {
		const candidate = index === 0 ? `${file}.bak` : `${file}.bak.${index}`;
		try {
			await link(file, candidate);
			return candidate;
		} catch (error) {
			const code = error.code;
			if (code === "EEXIST") continue;
			if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP" && code !== "EMLINK") throw toInputError(candidate, error);
		}
		if (await copyBackup(file, candidate)) return candidate;
	}
}
/** Copies `file` to `candidate` through a synced temp file; false when `candidate` exists already. */
async function copyBackup(file, candidate) {
	const temp = tempPathFor(dirname(candidate), candidate);
	const release = removeOnInterrupt(temp);
	try {
		await copyFile(file, temp, constants.COPYFILE_EXCL);
		await syncPath(temp);
		try {
			await link(temp, candidate);
			return true;
		} catch (error) {
			const code = error.code;
			if (code === "EEXIST") return false;
			if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EMLINK") throw error;
		}
		if (await stat(candidate).then(() => true, () => false)) return false;
		await rename(temp, candidate);
		return true;
	} catch (error) {
		throw toInputError(candidate, error);
	} finally {
		await unlink(temp).catch(() => void 0);
		release();
	}
}
// dist/repairing/fix-file.js
/** A file fix will not replace: it may be a live session, or it changed during the repair. */
var FixRefusedError = class extends InputError {};
/**
* Repairs one session file: a first pass checks it and plans the repairs, a second pass streams the
* original through the plan to the destination. The original is only ever replaced by an atomic rename,
* and only with `inPlace`.
*/
async function fixFile(path, options = {}) {
	const shownPath = options.displayPath ?? path;
	const { chunks, stats: before } = await openInputFile(path);
	let run = await withLinkedProblems(path, await runCheck(shownPath, chunks, {
		...options,
		repairs: true
	}), options);
	let plan = planRepairs(run.diagnostics, run.facts);
	const pinnedPrefix = plan && await run.facts.format?.links?.pinnedPrefix(path, before.size);
	if (pinnedPrefix) {
		run = await withLinkedProblems(path, await runCheck(shownPath, readChunks(path), {
			...options,
			repairs: true,
			pinnedPrefix
		}), options);
		plan = planRepairs(run.diagnostics, run.facts);
	}
	const replacing = options.inPlace === true && !options.dryRun && plan !== void 0;
	const trailing = trailingUnanswered(run.diagnostics, run.facts.history?.turnBoundaries);
	const evidence = replacing || trailing.length > 0 ? await liveEvidence(path, before, options.minAgeSeconds ?? 10, run.facts.format) : void 0;
	const running = evidence && trailing.length > 0 ? stillRunningReason(evidence) : void 0;
	const lines = trailing.map((d) => d.line).join(", ");
	const runningNote = running && `line ${lines}: the unanswered call may still be running (${running})`;
	const runningWarning = running && `its unanswered call at line ${lines} may still be running`;
	const notes = [...runningNote ? [runningNote] : [], ...evidence?.unchecked !== void 0 && replacing ? [evidence.unchecked] : []];
	if (replacing) await refuseUnsafeReplacement(path, before, evidence, options, runningWarning);
	const target = destination(path, options);
	const failedRewrites = [];
	const diff = options.diff ? new UnifiedDiff(shownPath, typeof target === "string" ? target : shownPath) : void 0;
	const original = () => options.signal ? abortable(readChunks(path, { reuseBuffer: true }), options.signal) : readChunks(path, { reuseBuffer: true });
	const repaired = () => plan ? applyPlan(original(), plan, { failedRewrites }, diff && ((change) => diff.add(change))) : original();
	let written;
	let backup;
	const nothingToWrite = !plan && (options.inPlace || options.output === void 0);
	if (options.dryRun || nothingToWrite) {
		if (diff && plan) for await (const _ of repaired());
	} else if (typeof target !== "string") {
		await pipeTo(repaired(), target);
		written = "-";
	} else if (options.inPlace && isCompressed(path)) {
		await writeAtomically(target, repaired(), {
			mode: before.mode & 4095,
			noClobber: true,
			beforeRename: () => refuseIfChanged(path, before)
		});
		written = target;
		backup = path;
	} else if (options.inPlace) {
		const real = await realpath(path).catch((error) => Promise.reject(toInputError(path, error)));
		const made = await writeAtomically(real, repaired(), {
			mode: before.mode & 4095,
			owner: {
				uid: before.uid,
				gid: before.gid
			},
			backup: options.backup !== false,
			beforeRename: async (temp) => {
				await refuseIfChanged(path, before);
				if (!options.force && (temp.uid !== before.uid || temp.gid !== before.gid)) throw new FixRefusedError(path, `its owner ${before.uid}:${before.gid} cannot be kept (the repaired file would belong to ${temp.uid}:${temp.gid}); not replaced (run as its owner or root, or pass --force)`);
				if (!options.allowOpenWriters) refuseIfWriters(path, (await writersOf(path, before, run.facts.format)).writers, runningWarning);
			}
		});
		if (made !== void 0) backup = real === resolve(path) ? path + made.slice(real.length) : made;
		written = path;
	} else {
		await writeAtomically(target, repaired(), {
			mode: before.mode & 4095,
			beforeRename: () => refuseIfChanged(path, before)
		});
		written = target;
	}
	const { repairs, remaining } = outcome(run.diagnostics, plan, failedRewrites, new Set(running ? trailing : []), running, run.facts.pinned);
	const diffText = diff?.finish();
	return {
		...run.report,
		diagnostics: remaining,
		repairs,
		...written !== void 0 && { written },
		...backup !== void 0 && { backup },
		...diffText && { diff: diffText },
		...notes.length > 0 && { notes },
		...options.dryRun && { dryRun: true }
	};
}
/** A compressed rollout's repaired form is plain: `x.jsonl` for `x.jsonl.zst`. */
const plainPathOf = (path) => isCompressed(path) ? path.slice(0, -4) : path;
/** The copy fix writes by default: `<file>.fixed` (`x.jsonl.fixed` for `x.jsonl.zst`: it is plain). */
const copyPathFor = (path) => `${plainPathOf(path)}.fixed`;
/** In place: the file itself (a .zst: the plain rollout beside it). Else the copy: `output`, or the default copy. */
function destination(path, options) {
	if (options.inPlace) return plainPathOf(path);
	return options.output ?? copyPathFor(path);
}
/**
* The guard fix applies before replacing a file, for other commands that replace one (restore): open
* writers, a recent modification (unless `force`), other hard links. Throws FixRefusedError.
*/
async function refuseReplacing(path, before, options) {
	await refuseUnsafeReplacement(path, before, await liveEvidence(path, before, options.minAgeSeconds ?? 10, void 0), options, void 0);
}
/** The last look before a rename: the file did not change, and (unless allowed) no process holds it open for writing. */
async function refuseIfChangedOrOpen(path, before, options) {
	await refuseIfChanged(path, before);
	if (!options.allowOpenWriters) refuseIfWriters(path, (await writersOf(path, before, void 0)).writers, void 0);
}
/** The checks made before any work on a file that would be replaced; each throws FixRefusedError. */
async function refuseUnsafeReplacement(path, before, evidence, options, running) {
	if (!options.allowOpenWriters) refuseIfWriters(path, evidence.writers, running);
	if (options.force) return;
	if (evidence.recent) throw new FixRefusedError(path, `modified ${evidence.age.toFixed(1)} s ago: it may be a live session still being written; not replaced (wait, or pass --force)${running ? `; ${running}` : ""}`);
	if (before.nlink - await backupLinks(path, before) > 1) throw new FixRefusedError(path, `has ${before.nlink} hard links: replacing it would leave the other names with the old bytes; not replaced (pass --force to replace this name only)`);
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
		if (!/^\.bak(\.\d+)?$/.test(entry.slice(name.length)) || !entry.startsWith(name)) continue;
		const info = await stat(join(dirname(real), entry)).catch(() => void 0);
		if (info?.ino === before.ino && info.dev === before.dev) count += 1;
	}
	return count;
}
function refuseIfWriters(path, writers, running) {
	if (writers.length === 0) return;
	throw new FixRefusedError(path, `${describeWriters(writers)}: it may still be writing; not replaced (what it writes after a replacement would be lost; --allow-open-writers replaces it anyway)${running ? `; ${running}` : ""}`);
}
async function refuseIfChanged(path, before) {
	const now = await stat(path).catch((error) => Promise.reject(toInputError(path, error)));
	if (now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ino !== before.ino) throw new FixRefusedError(path, "changed while it was being repaired (a live session?); left untouched");
}
async function pipeTo(chunks, stream) {
	for await (const chunk of chunks) if (!stream.write(Buffer.from(chunk))) await new Promise((resolve) => stream.once("drain", resolve));
}
/** Splits the diagnostics into what the plan repaired and what remains (including failed rewrites). */
function outcome(diagnostics, plan, failedRewrites, running, why, pinned) {
	const failed = new Set(failedRewrites);
	const done = new Set((plan?.repaired ?? []).filter((diagnostic) => !failed.has(diagnostic.line) && !diagnostic.repair.edits.some((edit) => edit.op === "rewrite" && failed.has(edit.line))));
	const repairs = [];
	const remaining = [];
	const added = (plan?.repaired ?? []).filter((diagnostic) => !diagnostics.includes(diagnostic));
	for (const diagnostic of [...diagnostics, ...added].sort((a, b) => a.line - b.line)) {
		const { repair, ...rest } = diagnostic;
		if (done.has(diagnostic)) {
			const last = rest.endLine ?? rest.line;
			const otherLines = [...new Set(repair.edits.flatMap((edit) => "line" in edit && (edit.line < rest.line || edit.line > last) && edit.op !== "insert-after" ? [edit.line] : []))];
			repairs.push({
				rule: rest.rule,
				code: rest.code,
				line: rest.line,
				...rest.endLine !== void 0 && { endLine: rest.endLine },
				action: repair.action,
				...rest.callId !== void 0 && { callId: rest.callId },
				...otherLines.length > 0 && { otherLines }
			});
		} else {
			const pinnedNote = repair && movesPinned(repair, pinned) ? ` Not repaired: ${pinned.reason}` : "";
			const runningNote = running.has(diagnostic) ? ` It may still be running: ${why}.` : "";
			const shown = {
				...rest,
				message: rest.message + pinnedNote + runningNote
			};
			remaining.push(repair ? {
				...shown,
				fixable: false
			} : shown);
		}
	}
	return {
		repairs,
		remaining
	};
}
export { syncFolder as a, refuseReplacing as i, fixFile as n, refuseIfChangedOrOpen as r, copyPathFor as t };
