import { a as printable } from "./unknown-rule-error.js";
import { l as openInputFile, r as runCheck } from "./check-source.js";
import { existsSync, statSync } from "node:fs";
import { readFile, readdir, readlink, stat } from "node:fs/promises";
import { execFile } from "node:child_process";
// dist/repairing/open-writers.js
const O_ACCMODE = 3;
const O_APPEND = 1024;
/** The processes (other than this one) that hold the file `target` (device and inode) open for writing. */
async function findOpenWriters(target, path) {
	if (existsSync("/proc/self/fdinfo")) {
		const { byFile, unchecked } = await scanProc((dev, ino) => dev === target.dev && ino === target.ino);
		return {
			writers: byFile.get(fileKey(target)) ?? [],
			...unchecked !== void 0 && { unchecked }
		};
	}
	if (await hasLsof()) return askLsof(path);
	return {
		writers: [],
		unchecked: `open writers cannot be checked on ${process.platform} (no /proc, no lsof)`
	};
}
const fileKey = (file) => `${file.dev}:${file.ino}`;
/**
* Every file open for writing on this machine, by device and inode, in one scan: for a run over many
* files that only needs to know which of them are open (check). Undefined where /proc is not there.
*/
async function openWritersIndex() {
	if (!existsSync("/proc/self/fdinfo")) return void 0;
	return (await scanProc(() => true)).byFile;
}
/** Linux: every /proc/<pid>/fd entry that `matches`, with its open flags from /proc/<pid>/fdinfo. */
async function scanProc(matches) {
	const pids = (await readdir("/proc")).filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
	const byFile = /* @__PURE__ */ new Map();
	let hidden = 0;
	await Promise.all(pids.map(async (pid) => {
		let fds;
		try {
			fds = await readdir(`/proc/${pid}/fd`);
		} catch (error) {
			if (error.code !== "ENOENT") hidden += 1;
			return;
		}
		for (const fd of fds) {
			const found = await writerHow(pid, fd, matches);
			if (!found) continue;
			const writers = byFile.get(found.key) ?? [];
			if (!writers.some((writer) => writer.pid === Number(pid))) writers.push({
				pid: Number(pid),
				name: await processName(pid),
				how: found.how
			});
			byFile.set(found.key, writers.sort((a, b) => a.pid - b.pid));
		}
	}));
	return {
		byFile,
		...hidden > 0 && { unchecked: `${hidden} process${hidden === 1 ? "" : "es"} of other users could not be inspected for open writers` }
	};
}
async function writerHow(pid, fd, matches) {
	try {
		if (!(await readlink(`/proc/${pid}/fd/${fd}`)).startsWith("/")) return void 0;
		const info = await stat(`/proc/${pid}/fd/${fd}`);
		if (!info.isFile() || !matches(info.dev, info.ino)) return void 0;
		const key = fileKey(info);
		const flags = /^flags:\s*([0-7]+)/m.exec(await readFile(`/proc/${pid}/fdinfo/${fd}`, "utf8"))?.[1];
		if (flags === void 0) return {
			key,
			how: "open (its flags could not be read)"
		};
		const value = parseInt(flags, 8);
		if (value & O_APPEND) return {
			key,
			how: "open for appending"
		};
		return (value & O_ACCMODE) !== 0 ? {
			key,
			how: "open for writing"
		} : void 0;
	} catch {
		return;
	}
}
async function processName(pid) {
	return (await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "a process")).trim();
}
let lsofFound;
function hasLsof() {
	lsofFound ??= new Promise((resolve) => execFile("lsof", ["-v"], (error) => resolve(!error || error.code !== "ENOENT")));
	return lsofFound;
}
/** macOS and the BSDs: `lsof -F pca` lists each process (p), its command (c) and each descriptor's access (a: r, w, u). */
function askLsof(path) {
	return new Promise((resolve) => {
		execFile("lsof", [
			"-w",
			"-n",
			"-P",
			"-F",
			"pca",
			"--",
			path
		], { timeout: 3e4 }, (error, stdout) => {
			if (error && error.code !== 1) {
				resolve({
					writers: [],
					unchecked: `open writers could not be checked (lsof: ${error.message.split("\n")[0]})`
				});
				return;
			}
			resolve({ writers: parseLsof(stdout) });
		});
	});
}
function parseLsof(output) {
	const writers = [];
	let pid = 0;
	let name = "a process";
	for (const field of output.split("\n")) {
		const [tag, value] = [field[0], field.slice(1)];
		if (tag === "p") [pid, name] = [Number(value), "a process"];
		else if (tag === "c") name = value;
		else if (tag === "a" && (value === "w" || value === "u") && pid !== process.pid && !writers.some((writer) => writer.pid === pid)) writers.push({
			pid,
			name,
			how: "open for writing"
		});
	}
	return writers;
}
// dist/repairing/live-guard.js
async function liveEvidence(path, stats, minAgeSeconds, format) {
	const age = Math.max(0, (Date.now() - stats.mtimeMs) / 1e3);
	const found = await writersOf(path, stats, format);
	return {
		age,
		recent: age < minAgeSeconds,
		...found
	};
}
/** Processes holding the file open for writing, and the live owner its format knows of. */
async function writersOf(path, stats, format) {
	const [check, owner] = await Promise.all([findOpenWriters(stats, path), format?.liveSession?.(path).catch(() => void 0)]);
	const writers = [...check.writers];
	if (owner && !writers.some((writer) => writer.pid === owner.pid)) writers.push({
		pid: owner.pid,
		name: owner.name,
		how: owner.evidence
	});
	return {
		writers,
		...check.unchecked !== void 0 && { unchecked: check.unchecked }
	};
}
/** `open for appending by codex (pid 4242)`, for each writer. */
function describeWriters(writers) {
	return writers.map((writer) => `${writer.how} by ${writer.name} (pid ${writer.pid})`).join(", ");
}
/**
* The unanswered calls at the very end of the file: in the last turn, with no turn boundary after them.
* While a tool runs the client writes nothing, so such a call may be running rather than crashed.
*/
function trailingUnanswered(diagnostics, turnBoundaries) {
	const lastBoundary = turnBoundaries?.at(-1) ?? 0;
	return diagnostics.filter((diagnostic) => diagnostic.rule === "missing-output" && diagnostic.line > lastBoundary);
}
/** Why a trailing unanswered call may still be running, or undefined when nothing says so. */
function stillRunningReason(evidence) {
	if (evidence.writers.length > 0) return `the file is ${describeWriters(evidence.writers)}`;
	if (evidence.recent) return `the file was written ${evidence.age.toFixed(1)} s ago`;
}
/**
* For `check`: the unanswered calls at the very end of a file that was just written or is held open for
* writing are reported as possibly still running. One /proc scan serves the whole run, and only files with
* an unanswered call that are fresh or open are looked at again (for their turn boundaries).
*/
async function notePossiblyRunning(reports, options, minAgeSeconds = 10) {
	let index;
	const noted = [];
	for (const report of reports) {
		const info = "diagnostics" in report && report.diagnostics.some((d) => d.rule === "missing-output") && report.path !== "-" ? await stat(report.path).catch(() => void 0) : void 0;
		if (!info?.isFile() || !("diagnostics" in report)) {
			noted.push(report);
			continue;
		}
		index ??= openWritersIndex();
		const age = Math.max(0, (Date.now() - info.mtimeMs) / 1e3);
		const reason = stillRunningReason({
			age,
			recent: age < minAgeSeconds,
			writers: (await index)?.get(fileKey(info)) ?? []
		});
		noted.push(reason ? await withRunningNote(report, reason, options) : report);
	}
	return noted;
}
async function withRunningNote(report, reason, options) {
	try {
		const run = await runCheck(report.path, (await openInputFile(report.path)).chunks, options);
		const trailing = new Set(trailingUnanswered(run.diagnostics, run.facts.history?.turnBoundaries).map((d) => d.line));
		const diagnostics = report.diagnostics.map((d) => d.rule === "missing-output" && trailing.has(d.line) ? {
			...d,
			message: `${d.message} It may still be running: ${reason}.`
		} : d);
		return {
			...report,
			diagnostics
		};
	} catch {
		return report;
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
/**
* The progress line's text, without the terminal codes around it, at most `width` characters. A path too
* long for the line loses its start, never its end: the file name (a rollout's session id) is what tells
* files apart.
*/
function progressText(done, total, path, bytes, elapsedMs, width = Infinity) {
	const seconds = Math.floor(elapsedMs / 1e3);
	const size = bytes !== void 0 ? ` (${formatBytes(bytes)})` : "";
	const head = `session-doctor: file ${done}/${total} · ${seconds}s · `;
	const shown = printable(path);
	const room = width - head.length - size.length;
	if (shown.length <= room) return `${head}${shown}${size}`;
	return `${head}…${shown.slice(shown.length - Math.max(0, room - 1))}${size}`.slice(0, width);
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
		const text = progressText(index, total, path, bytes, now() - started, width);
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
export { notePossiblyRunning as a, writersOf as c, liveEvidence as i, startProgress as n, stillRunningReason as o, describeWriters as r, trailingUnanswered as s, formatBytes as t };
