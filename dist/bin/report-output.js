import { n as toInputError } from "./input-error.js";
import { createRequire } from "node:module";
import { rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { readdir, unlink, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
var __require = /* #__PURE__ */ (() => createRequire(import.meta.url))();
// dist/version.js
const VERSION = "0.1.0";
// dist/repairing/temp-files.js
/**
* The temp files session-doctor writes beside a session (`.<name>.session-doctor-<pid>-<hex>.tmp`: hidden,
* never scanned), and the files it must remove when it is interrupted. A temp file is only ever renamed
* over its target or removed; one left by a killed run is removed by the next run that writes in that folder.
*/
const TEMP_NAME = /^\..+\.session-doctor-(\d+)-[0-9a-f]{8}\.tmp$/;
/** A fresh temp file name in `folder`, for a file named like `target`. */
function tempPathFor(folder, target) {
	return join(folder, `.${basename(target)}.session-doctor-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
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
/**
* Writes the report to a file or stdout. Sets no exit code and never calls process.exit: a pipe on
* POSIX is written asynchronously, and exiting early truncates long JSON output.
*/
async function writeReport(text, outputFile) {
	if (outputFile !== void 0) {
		await writeFile(outputFile, text).catch((error) => Promise.reject(toInputError(outputFile, error)));
		return;
	}
	if (text === "") return;
	await new Promise((resolve, reject) => {
		process.stdout.write(text, (error) => error ? reject(error) : resolve());
	});
}
/** `session-doctor check | head` closes the pipe early: that is not an error. */
function ignoreClosedPipe() {
	process.stdout.on("error", (error) => {
		if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
		throw error;
	});
}
export { removeStaleTempFiles as a, __commonJSMin as c, removePendingFiles as i, __require as l, writeReport as n, tempPathFor as o, removeOnInterrupt as r, VERSION as s, ignoreClosedPipe as t, __toESM as u };
