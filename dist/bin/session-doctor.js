#!/usr/bin/env node
let node_fs = require("node:fs");
let node_module = require("node:module");
let node_os = require("node:os");
let node_path = require("node:path");
let node_url = require("node:url");
let node_vm = require("node:vm");
let node_v8 = require("node:v8");
// dist/cli/heap-flags.js
/**
* The CLI's V8 heap flags. It is a CLI choice: the library leaves its host's heap alone. The launcher sets
* them before it compiles the CLI, as V8 refuses a code cache made under other flags (src/cli/launch.ts).
*
* - `--semi-space-growth-factor=1` keeps the young generation at its initial 1 MiB semi-spaces instead of
*   letting it grow to 16 MiB: the checker's garbage is short-lived line by line, so the same speed was
*   measured with ~10 MiB less peak RSS on a 1 GB file.
* - `--heap-growing-percent=50` lets the old generation grow to 1.5× what survived the last full GC (at
*   least 8 MiB more) before the next one, instead of up to 4×. A JSON.parse that fails allocates a Script
*   for the error's location straight in the old generation (V8's JsonParser::ReportUnexpectedToken), so a
*   file of a million broken lines piles up old garbage that only a full GC frees: 146 MiB peak RSS on 1M
*   malformed lines before, 96 MiB after, for the same CPU time. A heap that truly grows (a 1 GB file's
*   history) only pays a few more full GCs of a small heap.
*/
function setHeapFlags() {
	(0, node_v8.setFlagsFromString)("--semi-space-growth-factor=1");
	(0, node_v8.setFlagsFromString)("--heap-growing-percent=50");
}
// dist/cli/launch.js
/**
* The command's entry (dist/bin/session-doctor.js): runs the CLI bundle, dist/bin/cli.cjs, from a V8 code
* cache. Compiling the bundle's JavaScript was a third of a short run's time; with the cache V8 skips the
* parsing and the compiling of every function the last run used. Node 20 has no code cache for ES modules,
* hence a CommonJS bundle run through vm.Script (scripts/bundle-cli.mjs builds both files).
*
* The cache is a file per bundle and Node version in $XDG_CACHE_HOME/session-doctor (~/.cache/session-doctor),
* written atomically after a run that had none, or whose cache V8 refused. A cache that cannot be read,
* written or used is only a slower start: the CLI runs the same without it. NODE_DISABLE_COMPILE_CACHE=1
* turns it off, as it does Node's own compile cache.
*/
/** The first line of cli.cjs names its content (scripts/bundle-cli.mjs): `// session-doctor CLI bundle <sha256>`. */
const KEY_LINE = /^\/\/ session-doctor CLI bundle ([0-9a-f]{64})\n/;
/** Where this bundle's cache lives for this Node, or undefined (no key, no home, or turned off). */
function cachePath(key) {
	if (key === void 0 || process.env.NODE_DISABLE_COMPILE_CACHE) return void 0;
	const base = process.env.XDG_CACHE_HOME || (0, node_os.homedir)() && (0, node_path.join)((0, node_os.homedir)(), ".cache");
	return base ? (0, node_path.join)(base, "session-doctor", `cli-${process.version}-${process.arch}-${key.slice(0, 16)}.v8cache`) : void 0;
}
/** The cache's bytes, when the file is there and ours (a file another user planted is not run). */
function readCache(path) {
	try {
		const owner = (0, node_fs.statSync)(path).uid;
		if (process.getuid && owner !== process.getuid()) return void 0;
		return (0, node_fs.readFileSync)(path);
	} catch {
		return;
	}
}
/** Caches written this long ago are removed when another is written (old versions, old Nodes); one still in use is made again. */
const STALE_MS = 2592e6;
/** Writes the cache atomically and removes stale ones; any failure only skips it. */
function writeCache(path, script) {
	try {
		const folder = (0, node_path.dirname)(path);
		(0, node_fs.mkdirSync)(folder, {
			recursive: true,
			mode: 448
		});
		const temp = `${path}.${process.pid}.tmp`;
		(0, node_fs.writeFileSync)(temp, script.createCachedData(), { mode: 384 });
		(0, node_fs.renameSync)(temp, path);
		for (const name of (0, node_fs.readdirSync)(folder)) {
			const other = (0, node_path.join)(folder, name);
			if (name.startsWith("cli-") && other !== path && Date.now() - (0, node_fs.statSync)(other).mtimeMs > STALE_MS) (0, node_fs.rmSync)(other, { force: true });
		}
	} catch {}
}
/** Compiles cli.cjs (from the cache when there is one) and schedules the cache's writing; the cache's bytes are not kept. */
function compileCli(bundle) {
	const source = (0, node_fs.readFileSync)(bundle, "utf8");
	const cache = cachePath(KEY_LINE.exec(source)?.[1]);
	const cachedData = cache === void 0 ? void 0 : readCache(cache);
	const script = new node_vm.Script(source, {
		filename: bundle,
		...cachedData && { cachedData }
	});
	if (cache !== void 0 && (cachedData === void 0 || script.cachedDataRejected)) process.once("exit", () => writeCache(cache, script));
	return () => script.runInThisContext();
}
setHeapFlags();
const bundle = (0, node_url.fileURLToPath)(new URL("./cli.cjs", require("url").pathToFileURL(__filename).href));
const cli = { exports: {} };
compileCli(bundle)()(cli.exports, (0, node_module.createRequire)(bundle), cli, bundle, (0, node_path.dirname)(bundle));
