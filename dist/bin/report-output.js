import { n as toInputError } from "./input-error.js";
import { createRequire } from "node:module";
import { writeFile } from "node:fs/promises";
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
export { __require as a, __commonJSMin as i, writeReport as n, __toESM as o, VERSION as r, ignoreClosedPipe as t };
