import { n as printable } from "./diagnostic.js";
import { t as InputError } from "./input-error.js";
import "./common-run.js";
import { fstatSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
// dist/cli/output-is-input.js
/**
* Refuses, before anything is written, a report file or a repaired copy that is one of the inputs: the
* same file (device and inode), whatever path leads to it (links, `..`, another spelling). Writing it
* would replace the session with a report, or with its repair without a backup. stdin counts when it is
* a file (`< rollout.jsonl`).
*/
async function refuseOutputsThatAreInputs(outputs, inputs) {
	if (outputs.length === 0) return;
	const inputsByFile = /* @__PURE__ */ new Map();
	for (const input of inputs) {
		if ("error" in input) continue;
		const info = input.path === "-" ? stdinFile() : await stat(input.path).catch(() => void 0);
		if (info?.isFile()) inputsByFile.set(identity(info), input.path);
	}
	for (const output of outputs) {
		const info = await stat(output).catch(() => void 0);
		const input = info && inputsByFile.get(identity(info));
		if (input !== void 0) {
			const which = input === output ? "one of the inputs" : `the input ${input}`;
			throw new InputError(output, `is ${which}: writing there would overwrite the session; nothing was written`);
		}
	}
}
const identity = (info) => `${info.dev}:${info.ino}`;
function stdinFile() {
	try {
		return fstatSync(0);
	} catch {
		return;
	}
}
const SILENT = {
	next() {},
	end() {}
};
/**
* Whether to show progress: never when --no-progress, when stderr is not a terminal (pipes, files, CI
* logs) or TERM=dumb, or under pre-commit (it captures the hook's output through a pty).
*/
function progressWanted(options) {
	const stream = options.stream ?? process.stderr;
	const env = options.env ?? process.env;
	if (options.flag === false) return false;
	if (stream.isTTY !== true || env.TERM === "dumb") return false;
	if (options.flag === void 0 && env.PRE_COMMIT) return false;
	return true;
}
const BYTE_UNITS = [
	"B",
	"KiB",
	"MiB",
	"GiB",
	"TiB"
];
function formatBytes(bytes) {
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return `${unit === 0 ? value : value.toFixed(1)} ${BYTE_UNITS[unit]}`;
}
/** The progress line's text, without the terminal codes around it. */
function progressText(done, total, path, bytes, elapsedMs) {
	const seconds = Math.floor(elapsedMs / 1e3);
	const size = bytes !== void 0 ? ` (${formatBytes(bytes)})` : "";
	return `session-doctor: file ${done}/${total} · ${seconds}s · ${printable(path)}${size}`;
}
/**
* A one-line progress display on stderr for long runs (many files, or large ones): drawn once the run
* has lasted PROGRESS_DELAY_MS (at once with --progress), redrawn at most every PROGRESS_INTERVAL_MS by
* a timer (so a single huge file still shows time passing), and erased at the end. Silent otherwise.
*/
function startProgress(total, options = {}) {
	if (!progressWanted(options)) return SILENT;
	const stream = options.stream ?? process.stderr;
	const now = options.now ?? Date.now;
	const started = now();
	const delay = options.flag === true ? 0 : 800;
	let index = 0;
	let path = "";
	let bytes;
	let drawn = false;
	let ended = false;
	const draw = () => {
		if (ended || index === 0 || now() - started < delay) return;
		const width = Math.max(20, (stream.columns || 80) - 1);
		let text = progressText(index, total, path, bytes, now() - started);
		if (text.length > width) text = `${text.slice(0, width - 1)}…`;
		stream.write(`\r\u001b[2K${text}`);
		drawn = true;
	};
	const timer = setInterval(draw, 100);
	timer.unref();
	const end = () => {
		if (ended) return;
		ended = true;
		clearInterval(timer);
		process.off("exit", end);
		if (drawn) stream.write("\r\x1B[2K");
	};
	process.once("exit", end);
	return {
		next(nextPath) {
			index += 1;
			path = nextPath;
			try {
				bytes = nextPath === "-" ? void 0 : statSync(nextPath).size;
			} catch {
				bytes = void 0;
			}
		},
		end
	};
}
export { refuseOutputsThatAreInputs as n, startProgress as t };
