import { n as toInputError } from "./input-error.js";
import { createWriteStream, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { readdir, unlink, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
// dist/repairing/temp-files.js
/**
* The temp files session-doctor writes beside a session (`.<name>.session-doctor-<pid>-<hex>.tmp`: hidden,
* never scanned), and the files it must remove when it is interrupted. A temp file is only ever renamed
* over its target or removed; one left by a killed run is removed by the next run that writes in that folder.
*/
const TEMP_NAME = /^\..+\.session-doctor-(\d+)-[0-9a-f]{8}\.tmp$/;
/** The longest part of its target's name a temp name takes: a name is limited to 255 bytes. */
const MAX_TEMP_STEM_BYTES = 180;
/** A fresh temp file name in `folder`, for a file named like `target` (a long name shortened so that it fits). */
function tempPathFor(folder, target) {
	let stem = basename(target);
	while (Buffer.byteLength(stem) > MAX_TEMP_STEM_BYTES) stem = stem.slice(0, -1);
	return join(folder, `.${stem}.session-doctor-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}
/** Paths (files, or folders with `recursive`) to remove if the process is interrupted before it is done with them. */
const pending = /* @__PURE__ */ new Map();
/** Remove `path` if the process is interrupted (SIGINT, SIGTERM, SIGHUP) before `release` is called. */
function removeOnInterrupt(path, options = {}) {
	pending.set(path, { recursive: options.recursive ?? false });
	return () => pending.delete(path);
}
/**
* Removes every path still pending, synchronously: it runs in a signal handler, just before the process
* exits. Unlinking a temp file whose rename is in flight is safe either way: the rename then fails and the
* target keeps its old bytes, or the name is already gone.
*/
function removePendingFiles() {
	for (const [path, { recursive }] of pending) try {
		rmSync(path, {
			force: true,
			recursive
		});
	} catch {}
	pending.clear();
}
const swept = /* @__PURE__ */ new Set();
/** Removes, once per folder and process, the temp files that runs no longer alive left in `folder`. */
async function removeStaleTempFiles(folder) {
	if (swept.has(folder)) return;
	swept.add(folder);
	const names = await readdir(folder).catch(() => []);
	for (const name of names) {
		const pid = TEMP_NAME.exec(name)?.[1];
		if (pid !== void 0 && !isAlive(Number(pid))) await unlink(join(folder, name)).catch(() => void 0);
	}
}
function isAlive(pid) {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code !== "ESRCH";
	}
}
// dist/cli/report-output.js
/** Pieces of a streamed report are written in batches of about this many characters. */
const BATCH = 1 << 20;
/**
* Writes the report to a file or stdout. Sets no exit code and never calls process.exit: a pipe on
* POSIX is written asynchronously, and exiting early truncates long JSON output. A report given in pieces
* is written as it is made, never held whole.
*/
async function writeReport(text, outputFile) {
	if (typeof text !== "string") {
		await writePieces(text, outputFile);
		return;
	}
	if (outputFile !== void 0) {
		await writeFile(outputFile, text).catch((error) => Promise.reject(toInputError(outputFile, error)));
		return;
	}
	if (text === "") return;
	await new Promise((resolve, reject) => {
		process.stdout.write(text, (error) => error ? reject(error) : resolve());
	});
}
async function writePieces(pieces, outputFile) {
	const stream = outputFile === void 0 ? process.stdout : createWriteStream(outputFile);
	const failed = new Promise((_, reject) => stream.once("error", (error) => reject(outputFile === void 0 ? error : toInputError(outputFile, error))));
	failed.catch(() => void 0);
	const write = (chunk) => Promise.race([new Promise((resolve) => stream.write(chunk) ? resolve() : stream.once("drain", resolve)), failed]);
	let batch = "";
	for (const piece of pieces) {
		batch += piece;
		if (batch.length >= BATCH) {
			await write(batch);
			batch = "";
		}
	}
	if (outputFile === void 0) {
		if (batch !== "") await Promise.race([new Promise((resolve, reject) => stream.write(batch, (error) => error ? reject(error) : resolve())), failed]);
		return;
	}
	await Promise.race([new Promise((resolve) => stream.end(batch, resolve)), failed]);
}
/** `session-doctor check | head` closes the pipe early: that is not an error. */
function ignoreClosedPipe() {
	process.stdout.on("error", (error) => {
		if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
		throw error;
	});
}
export { removeStaleTempFiles as a, removePendingFiles as i, writeReport as n, tempPathFor as o, removeOnInterrupt as r, ignoreClosedPipe as t };
