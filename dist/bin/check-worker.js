let node_worker_threads = require("node:worker_threads");
let node_fs = require("node:fs");
let node_fs_promises = require("node:fs/promises");
let node_module = require("node:module");
let node_buffer = require("node:buffer");
let node_util = require("node:util");
let node_path = require("node:path");
let node_os = require("node:os");
let node_string_decoder = require("node:string_decoder");
// dist/reading/input-error.js
/** A file that cannot be read or written: reported in one line naming the file, exit code 2. */
var InputError = class extends Error {
	path;
	constructor(path, message) {
		super(message);
		this.path = path;
		this.name = "InputError";
	}
};
const REASONS = {
	ENOENT: "no such file or folder",
	EACCES: "permission denied",
	EPERM: "operation not permitted",
	EISDIR: "is a folder, not a file",
	ENOTDIR: "a part of the path is not a folder",
	ELOOP: "too many levels of symbolic links",
	EROFS: "read-only file system",
	ENOSPC: "no space left on the device",
	EDQUOT: "disk quota exceeded",
	EMFILE: "too many open files",
	EIO: "input/output error",
	EAGAIN: "reading it would block (not an ordinary file)",
	ENAMETOOLONG: "file name too long",
	EEXIST: "already exists (not replaced)"
};
/** Turns a Node.js system error into an InputError with a short human reason. */
function toInputError(path, error) {
	if (error instanceof InputError) return error;
	const code = error?.code;
	return new InputError(path, (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error)));
}
// dist/builtins.js
/**
* Built-in modules loaded at their first use rather than at start-up: loading each of these costs 2–5 ms
* of every run (measured in the CLI bundle), and a short check needs none of them: node:crypto makes
* temp names, SARIF fingerprints and placeholder ids; node:worker_threads checks many files or decodes
* zstd; node:child_process asks lsof for open writers.
*/
function lazily(name) {
	let loaded;
	return () => loaded ??= (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)(name);
}
const crypto = lazily("node:crypto");
const workerThreads = lazily("node:worker_threads");
// dist/reading/zstd-decode.js
/**
* fzstd (pure JS) loops forever on some corrupt frames (a damaged FSE table), so it runs in a worker
* thread: a chunk that yields nothing for this long means the decoder is stuck, and the worker is ended.
* A healthy 1 MiB chunk decodes in milliseconds. (SESSION_DOCTOR_ZSTD_STALL_MS shortens it for tests.)
*/
const stallMs = () => Number(process.env.SESSION_DOCTOR_ZSTD_STALL_MS) || 1e4;
/** The worker: an fzstd stream decoder, new for each stream, fed chunk by chunk; its output goes back with each answer. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Decompress } = require(workerData.fzstd);
let out = [];
let decoder;
parentPort.on('message', ({ chunk, final, first }) => {
  if (first) decoder = new Decompress((data) => out.push(data));
  try {
    decoder.push(chunk, final);
    parentPort.postMessage({ chunks: out });
  } catch (error) {
    parentPort.postMessage({ error: error && error.message ? error.message : String(error) });
  }
  out = [];
});
`;
/** Where fzstd is, for the worker: looked up at the first stream (a lookup of package.json files). */
let fzstd;
/** Workers between streams: starting one costs more than decoding a small file. Idle ones keep no process alive. */
const idle = [];
/** Decompresses a zstd stream; a corrupt one fails with "not a valid zstd file (…)", and never hangs. */
async function* decompressZstd(compressed) {
	fzstd ??= (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href).resolve("fzstd");
	const worker = idle.pop() ?? new (workerThreads()).Worker(WORKER_SOURCE, {
		eval: true,
		workerData: { fzstd }
	});
	worker.ref();
	let broken = false;
	let first = true;
	const next = async (chunk, final) => {
		let answer;
		try {
			answer = await decode(worker, chunk, final, first);
		} catch (error) {
			broken = true;
			throw error;
		} finally {
			first = false;
		}
		if (answer.error !== void 0) throw new Error(`not a valid zstd file (${answer.error})`);
		return answer.chunks.map((data) => Buffer.from(data.buffer, data.byteOffset, data.byteLength));
	};
	try {
		for await (const chunk of compressed) yield* await next(chunk, false);
		yield* await next(/* @__PURE__ */ new Uint8Array(0), true);
	} finally {
		if (broken) worker.terminate();
		else {
			worker.unref();
			idle.push(worker);
		}
	}
}
/** Sends one chunk to the worker; rejects when it stalls or dies. */
function decode(worker, chunk, final, first) {
	return new Promise((resolve, reject) => {
		const done = () => {
			clearTimeout(timer);
			worker.off("message", onMessage);
			worker.off("error", onError);
		};
		const onMessage = (answer) => {
			done();
			resolve(answer);
		};
		const onError = (error) => {
			done();
			reject(/* @__PURE__ */ new Error(`not a valid zstd file (${error.message})`));
		};
		const timer = setTimeout(() => {
			done();
			reject(/* @__PURE__ */ new Error("not a valid zstd file (the decoder stopped making progress)"));
		}, stallMs());
		worker.on("message", onMessage);
		worker.on("error", onError);
		worker.postMessage({
			chunk,
			final,
			first
		});
	});
}
// dist/reading/open-input.js
/** 1 MiB reads: measured ~2.5x faster than 64 KiB for the line splitter (cli-conventions §5.2). */
const READ_CHUNK_BYTES = 1 << 20;
/**
* Opens a session file for streaming. Only regular files are accepted: a FIFO or device would
* never end or could not be read twice (fix reads its input twice). The chunks are read into reused
* buffers (see readChunks): each is valid only until the next is asked for.
*/
async function openInputFile(path) {
	let info;
	try {
		info = (0, node_fs.statSync)(path);
	} catch (error) {
		throw toInputError(path, error);
	}
	if (info.isDirectory()) throw new InputError(path, "is a folder, not a file");
	if (!info.isFile()) throw new InputError(path, "not a regular file (FIFOs and devices are not read; use - for stdin)");
	if (info.size === 0 && await isKernelPseudoFile(path)) throw new InputError(path, "a kernel pseudo-file (/proc, /sys, …), not a session file: not read (it may block or be consumed by reading)");
	return {
		stats: info,
		chunks: readChunks(path, { reuseBuffer: true })
	};
}
/**
* File systems whose files only look regular: /proc/kmsg reports size 0 and blocks a read until the kernel
* logs something (and reading it takes the messages from syslog). Magic numbers from linux/magic.h.
*/
const PSEUDO_FILE_SYSTEMS = /* @__PURE__ */ new Set([
	40864,
	1650812274,
	1684170528,
	1953653091,
	1935894131,
	1650812272,
	2613483,
	1667723888,
	3405662737,
	3730735588,
	1634035564
]);
async function isKernelPseudoFile(path) {
	const info = await (0, node_fs_promises.statfs)(path).catch(() => void 0);
	return info !== void 0 && PSEUDO_FILE_SYSTEMS.has(Number(info.type));
}
/** Never block on open or read: a regular file ignores O_NONBLOCK, anything else fails instead of hanging. */
const READ_FLAGS = node_fs.constants.O_RDONLY | (node_fs.constants.O_NONBLOCK ?? 0);
/** Codex's compressed cold rollouts (`rollout-….jsonl.zst`). */
const isCompressed = (path) => path.endsWith(".zst");
/**
* Streams a file's bytes (decompressed, for a .zst file), turning errors into InputErrors that name the file.
* With `reuseBuffer`, a plain file is read into the same few buffers again and again, so each chunk is
* valid only until the next is asked for (the line splitter copies what it keeps): a fresh buffer per
* read would pile up as external memory until a full garbage collection, tens of MiB on a large file.
*/
async function* readChunks(path, options = {}) {
	if (options.reuseBuffer && !isCompressed(path)) {
		yield* readAhead(path);
		return;
	}
	const stream = (0, node_fs.createReadStream)(path, { highWaterMark: READ_CHUNK_BYTES });
	try {
		yield* isCompressed(path) ? decompressZstd(stream) : stream;
	} catch (error) {
		throw toInputError(path, error);
	} finally {
		stream.destroy();
	}
}
/**
* Reads in flight while the consumer works on a chunk of a large file. With one, a disk that is not kept
* busy idles between reads: 1 GB from a cold page cache took 1.8-2.7 s here, with two 0.8-0.9 s (four: no
* faster). A file of a few chunks keeps one, and one buffer less (many are read at once by fix).
*/
const READS_AHEAD = 2;
const READ_AHEAD_FROM_BYTES = 8 * READ_CHUNK_BYTES;
/** Read buffers of finished reads, kept for the next file: a folder of sessions is read without allocating per file. */
const idleBuffers = [];
/** Waits for the readings, whatever their outcome. */
const settle = (readings) => Promise.all(readings.map(({ bytes }) => bytes.then(noop, noop)));
const noop = () => void 0;
/**
* Reads a plain file into a few buffers in turn: the next chunks are read, each at its place in the file,
* while the consumer works on the current one, which stays valid until the consumer asks for the next.
*
* The open, the first read and the close are synchronous calls: on a regular file they return at once,
* and each round trip through the thread pool cost more than the call itself (a folder of 5,000 small
* sessions spent a third of its time waiting on them). A file the first read takes whole (it returned
* less than a buffer) is finished without one; a larger one reads on ahead in the thread pool.
*/
async function* readAhead(path) {
	await eventLoopTurn();
	let fd;
	try {
		fd = (0, node_fs.openSync)(path, READ_FLAGS);
	} catch (error) {
		throw toInputError(path, error);
	}
	const buffers = [];
	const take = () => {
		const buffer = idleBuffers.pop() ?? Buffer.allocUnsafeSlow(1048576);
		buffers.push(buffer);
		return buffer;
	};
	const ahead = [];
	let next = 0;
	/** Starts the read of the bytes after those asked for so far, into `buffer`. */
	const readOn = (buffer) => {
		const position = next;
		next += buffer.length;
		const bytes = new Promise((resolve, reject) => (0, node_fs.read)(fd, buffer, 0, buffer.length, position, (error, bytesRead) => error ? reject(toInputError(path, error)) : resolve(bytesRead)));
		bytes.catch(noop);
		ahead.push({
			buffer,
			position,
			bytes
		});
	};
	try {
		let held = take();
		let bytesRead = readSyncOf(path, fd, held, next);
		while (bytesRead > 0 && bytesRead < held.length) {
			yield held.subarray(0, bytesRead);
			next += bytesRead;
			bytesRead = readSyncOf(path, fd, held, next);
		}
		if (bytesRead === 0) return;
		next += bytesRead;
		const depth = sizeOf(fd) >= READ_AHEAD_FROM_BYTES ? READS_AHEAD : 1;
		for (let k = 0; k < depth; k += 1) readOn(take());
		for (let got = bytesRead;;) {
			yield held.subarray(0, got);
			const reading = ahead.shift();
			got = await reading.bytes;
			if (got === 0) return;
			if (got < reading.buffer.length) {
				const overtaken = ahead.splice(0);
				await settle(overtaken);
				next = reading.position + got;
				for (const { buffer } of overtaken) readOn(buffer);
			}
			readOn(held);
			held = reading.buffer;
		}
	} finally {
		await settle(ahead);
		(0, node_fs.closeSync)(fd);
		for (const buffer of buffers) if (idleBuffers.length <= READS_AHEAD) idleBuffers.push(buffer);
	}
}
/** The file's size now (it may grow); 0 when it cannot be told. */
function sizeOf(fd) {
	try {
		return (0, node_fs.fstatSync)(fd).size;
	} catch {
		return 0;
	}
}
/** When the event loop last had a turn (see eventLoopTurn). */
let lastTurn = 0;
/**
* A turn of the event loop, now and then: files read with synchronous calls never let it run, and a run
* over thousands of them would handle no signal (Ctrl-C), timer or worker message until its end.
*/
async function eventLoopTurn() {
	if (performance.now() - lastTurn < 10) return;
	await new Promise((resolve) => setImmediate(resolve));
	lastTurn = performance.now();
}
function readSyncOf(path, fd, buffer, position) {
	try {
		return (0, node_fs.readSync)(fd, buffer, 0, buffer.length, position);
	} catch (error) {
		throw toInputError(path, error);
	}
}
// dist/formats/typed-arrays.js
/** Half again as many, and a few more: a long file then wastes at most a third of each array. */
const grownLength = (length) => length + (length >> 1) + 16;
/**
* Below this size an array is not released: V8 keeps small typed arrays on its heap (asking for their
* buffer would move them off it), and their copies weigh little.
*/
const RELEASED_BYTES = 65536;
/**
* Gives back the memory of an array that is no longer used. It must own its buffer: every view of that
* buffer is emptied.
*/
function release(array) {
	if (array.byteLength < RELEASED_BYTES) return;
	structuredClone(array.buffer, { transfer: [array.buffer] });
}
/**
* `array`'s values at the start of a new array of `length` elements, made by `make` (by default of the
* same kind); `array` is released.
*/
function grownArray(array, length, make) {
	const bigger = make ? make(length) : new array.constructor(length);
	bigger.set(array);
	release(array);
	return bigger;
}
// dist/checking/line-set.js
/**
* A growable set of line numbers as a bit field: 1 bit per line, so it stays small on huge files. It starts
* at 64 bytes, which V8 keeps on its heap: a larger typed array is allocated and freed outside it, a cost per
* file that a folder of thousands of small sessions felt.
*/
var LineSet = class {
	#bits = /* @__PURE__ */ new Uint8Array(64);
	add(line) {
		const index = line >>> 3;
		if (index >= this.#bits.length) this.#bits = grownArray(this.#bits, Math.max(this.#bits.length * 2, index + 1));
		this.#bits[index] |= 1 << (line & 7);
	}
	has(line) {
		const index = line >>> 3;
		return index < this.#bits.length && (this.#bits[index] & 1 << (line & 7)) !== 0;
	}
};
// dist/formats/call-ids.js
/**
* Ids (call ids, and Claude Code's message ids) numbered 0, 1, 2… in the order they were added, without a string object per id: their UTF-16
* code units sit in one growable arena, found again through an open-addressing hash table of numbers. A
* Map<string, number> keeps each id as a heap string plus its entry, about 70 bytes for a 12-character id
* (more with the garbage collector's headroom); this keeps a byte a character (two once an id has a code
* unit above 255: real call ids are ASCII) plus 20, outside the JavaScript heap. A session of a million
* short lines holds some 200,000 calls. The arrays grow by half again, not by doubling: the old and the
* new one are both held while one is copied, which is the peak of a run with many calls. They start at 64
* bytes, small enough for V8 to keep on its heap: a file with a few calls costs no allocation outside it.
*/
var CallIds = class {
	/** The code units of every id, one after the other: bytes while every unit is below 256. */
	#units = /* @__PURE__ */ new Uint8Array(64);
	#used = 0;
	/** Per id: where its units start, how many there are, and its hash (a rehash and a probe read it, not the units). */
	#starts = /* @__PURE__ */ new Uint32Array(16);
	#lengths = /* @__PURE__ */ new Uint32Array(16);
	#hashes = /* @__PURE__ */ new Uint32Array(16);
	/** Open addressing, linear probing: the id's number + 1, or 0 for a free place. At most half full. */
	#table = /* @__PURE__ */ new Uint32Array(16);
	#size = 0;
	get size() {
		return this.#size;
	}
	/** The number of `id`, or -1 when it was never added. */
	find(id) {
		return this.#find(id, hash$1(id));
	}
	/** The number of `id`, added if it is not there yet. */
	intern(id) {
		const idHash = hash$1(id);
		const number = this.#find(id, idHash);
		return number === -1 ? this.#add(id, idHash) : number;
	}
	/** Adds `id`, which must not be there yet, and returns its number. */
	add(id) {
		return this.#add(id, hash$1(id));
	}
	/** The id a find did not find last, and the free place where it would go: an add of it right after takes it from there. */
	#missed;
	#missedPlace = 0;
	#find(id, idHash) {
		const table = this.#table;
		const mask = table.length - 1;
		for (let place = idHash & mask;; place = place + 1 & mask) {
			const entry = table[place];
			if (entry === 0) {
				this.#missed = id;
				this.#missedPlace = place;
				return -1;
			}
			if (this.#hashes[entry - 1] === idHash && this.#is(entry - 1, id)) return entry - 1;
		}
	}
	#add(id, idHash) {
		const number = this.#size;
		if (number === this.#lengths.length) {
			this.#starts = grownArray(this.#starts, grownLength(number));
			this.#lengths = grownArray(this.#lengths, grownLength(number));
			this.#hashes = grownArray(this.#hashes, grownLength(number));
		}
		if (this.#used + id.length > this.#units.length) this.#units = grownArray(this.#units, Math.max(grownLength(this.#units.length), this.#used + id.length));
		const used = this.#used;
		const units = this.#units;
		let all = 0;
		for (let k = 0; k < id.length; k += 1) {
			const unit = id.charCodeAt(k);
			units[used + k] = unit;
			all |= unit;
		}
		if (all > 255 && units instanceof Uint8Array) {
			const wide = grownArray(units, units.length, (length) => new Uint16Array(length));
			this.#units = wide;
			for (let k = 0; k < id.length; k += 1) wide[used + k] = id.charCodeAt(k);
		}
		this.#starts[number] = used;
		this.#lengths[number] = id.length;
		this.#hashes[number] = idHash;
		this.#used += id.length;
		this.#size += 1;
		if (this.#size * 2 > this.#table.length) this.#rehash(this.#table.length * 2);
		else if (id === this.#missed) this.#table[this.#missedPlace] = number + 1;
		else this.#place(number, idHash);
		this.#missed = void 0;
		return number;
	}
	/** The id numbered `number`. */
	id(number) {
		const start = this.#starts[number];
		const end = start + this.#lengths[number];
		let id = "";
		for (let at = start; at < end; at += 4096) id += String.fromCharCode(...this.#units.subarray(at, Math.min(end, at + 4096)));
		return id;
	}
	#is(number, id) {
		if (this.#lengths[number] !== id.length) return false;
		const units = this.#units;
		const start = this.#starts[number];
		for (let k = 0; k < id.length; k += 1) if (units[start + k] !== id.charCodeAt(k)) return false;
		return true;
	}
	#place(number, idHash) {
		const table = this.#table;
		const mask = table.length - 1;
		let place = idHash & mask;
		while (table[place] !== 0) place = place + 1 & mask;
		table[place] = number + 1;
	}
	#rehash(length) {
		release(this.#table);
		this.#table = new Uint32Array(length);
		for (let number = 0; number < this.#size; number += 1) this.#place(number, this.#hashes[number]);
	}
};
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
/** FNV-1a over the UTF-16 code units. */
function hash$1(id) {
	let h = FNV_OFFSET;
	for (let k = 0; k < id.length; k += 1) h = Math.imul(h ^ id.charCodeAt(k), FNV_PRIME);
	return h >>> 0;
}
// dist/formats/recent-strings.js
/**
* The last few strings a table was asked to remember, each with its number: in a transcript a line's
* parent is most often one of the lines just before it, a tool_result answers a tool_use a line or two
* before, and a Codex output follows its call closely, so most lookups end here, with a comparison of
* strings instead of parsing or hashing one.
*/
var RecentStrings = class {
	#strings = new Array(SIZE).fill(void 0);
	#numbers = new Int32Array(SIZE);
	#next = 0;
	/** The number remembered with this string (the latest, if several), -1 for none. */
	find(text) {
		for (let k = 0, at = this.#next - 1; k < SIZE; k += 1, at -= 1) if (this.#strings[at & SIZE - 1] === text) return this.#numbers[at & SIZE - 1];
		return -1;
	}
	remember(text, number) {
		const at = this.#next++ & SIZE - 1;
		this.#strings[at] = text;
		this.#numbers[at] = number;
	}
};
/** How many are kept (a power of two). */
const SIZE = 4;
// dist/formats/codex/call-store.js
const OUTPUT_KINDS$1 = [
	"function_call_output",
	"custom_tool_call_output",
	"tool_search_output"
];
const STRIDE = 9;
const LINE = 0;
const RUN_START = 1;
const TURN = 2;
/** Bit 0: in a checkpoint; bits 1-2: the expected output kind; bits 3 and up: the call's kind (interned). */
const FLAGS = 3;
/** The tool name, interned, plus one (0: none). */
const NAME = 4;
const OUTPUTS = 5;
const OUTPUT_LINE = 6;
const OUTPUT_TURN = 7;
/** Bits 0-1: the output kind; bit 2: in a checkpoint; bit 3: written before the call. */
const OUTPUT_FLAGS = 8;
const MAX_UINT32 = 4294967295;
/**
* The calls of one history segment, by call id, with their outputs and repeats. Kept as rows of numbers
* in one growable typed array rather than objects: a long session holds tens of thousands of calls, and
* objects per call would each live on the JS heap for the whole run. The common case (one call, one
* output) costs a row and its call id's place in CallIds; the item id and timestamp, which only a
* call left unanswered needs, are dropped at its first output. Records are rebuilt on demand.
* Slots are numbered in the order calls come: a slot is its call id's number in CallIds.
*/
var CallStore = class {
	/**
	* 32-bit rows, 36 bytes a call (a file of a million 200-byte lines holds some 200,000 calls); they
	* widen to 64-bit floats for a line number past 2^32 - 1 (no other value is larger than a line number).
	*/
	#rows = /* @__PURE__ */ new Uint32Array(36);
	#ids = new CallIds();
	/** The calls added last: the output of one of them is the likeliest next. */
	#recent = new RecentStrings();
	/** What only a placeholder for an unanswered call needs, by slot, while the call has no output. */
	#unanswered = /* @__PURE__ */ new Map();
	/** Outputs after the first, and repeated calls: rare, kept as records. */
	#moreOutputs = /* @__PURE__ */ new Map();
	#repeats = /* @__PURE__ */ new Map();
	/** Call kinds and tool names, interned: a session uses a handful. */
	#strings = [];
	#codes = /* @__PURE__ */ new Map();
	slotOf(callId) {
		const recent = this.#recent.find(callId);
		if (recent >= 0) return recent;
		const slot = this.#ids.find(callId);
		return slot < 0 ? void 0 : slot;
	}
	/** How many calls there are: their slots are 0 to size - 1. */
	get size() {
		return this.#ids.size;
	}
	callId(slot) {
		return this.#ids.id(slot);
	}
	/** Adds the first call of its id, with the outputs that came before it; returns its slot. */
	addCall(call, early) {
		const slot = this.#ids.size;
		if ((slot + 1) * STRIDE > this.#rows.length) this.#rows = this.#resized(this.#rows.length + STRIDE * Math.ceil(this.#rows.length / STRIDE / 2), false);
		this.#fit(call.line);
		const { item } = call;
		this.#ids.add(item.callId);
		this.#recent.remember(item.callId, slot);
		if (item.itemId !== void 0 || call.timestamp !== void 0) this.#unanswered.set(slot, {
			itemId: item.itemId,
			timestamp: call.timestamp
		});
		const row = slot * STRIDE;
		const rows = this.#rows;
		rows[row + LINE] = call.line;
		rows[row + RUN_START] = call.runStart;
		rows[row + TURN] = call.turn;
		rows[row + FLAGS] = (call.embedded ? 1 : 0) | OUTPUT_KINDS$1.indexOf(item.expects) << 1 | this.#intern(item.kind) << 3;
		rows[row + NAME] = item.name === void 0 ? 0 : this.#intern(item.name) + 1;
		rows[row + OUTPUTS] = 0;
		for (const output of early) this.addOutput(slot, item.callId, output.line, output.kind, output.embedded, output.turn, true);
		return slot;
	}
	addRepeat(slot, call) {
		const repeats = this.#repeats.get(slot);
		if (repeats) repeats.push(call);
		else this.#repeats.set(slot, [call]);
	}
	addOutput(slot, callId, line, kind, embedded, turn, early) {
		this.#fit(line);
		const row = slot * STRIDE;
		const rows = this.#rows;
		const count = rows[row + OUTPUTS];
		rows[row + OUTPUTS] = count + 1;
		if (count === 0) {
			rows[row + OUTPUT_LINE] = line;
			rows[row + OUTPUT_TURN] = turn;
			rows[row + OUTPUT_FLAGS] = OUTPUT_KINDS$1.indexOf(kind) | (embedded ? 4 : 0) | (early ? 8 : 0);
			if (this.#unanswered.size > 0 && OUTPUT_KINDS$1.indexOf(kind) === (rows[row + FLAGS] >> 1 & 3)) this.#unanswered.delete(slot);
			return;
		}
		const output = {
			line,
			kind,
			callId,
			embedded,
			turn,
			early
		};
		const more = this.#moreOutputs.get(slot);
		if (more) more.push(output);
		else this.#moreOutputs.set(slot, [output]);
	}
	/** A call answered once, by an output of the kind it expects written after it: nothing to report. */
	isSimplyAnswered(slot) {
		const row = slot * STRIDE;
		const rows = this.#rows;
		const flags = rows[row + OUTPUT_FLAGS];
		return rows[row + OUTPUTS] === 1 && !this.#repeats.has(slot) && (flags & 3) === (rows[row + FLAGS] >> 1 & 3) && (flags & 8) === 0;
	}
	call(slot, callId) {
		const row = slot * STRIDE;
		const rows = this.#rows;
		const flags = rows[row + FLAGS];
		const name = rows[row + NAME];
		const { itemId, timestamp } = this.#unanswered.get(slot) ?? {};
		const item = {
			role: "call",
			callId,
			kind: this.#strings[flags >> 3],
			expects: OUTPUT_KINDS$1[flags >> 1 & 3],
			...itemId !== void 0 && { itemId },
			...name > 0 && { name: this.#strings[name - 1] }
		};
		return {
			line: rows[row + LINE],
			item,
			embedded: (flags & 1) === 1,
			runStart: rows[row + RUN_START],
			turn: rows[row + TURN],
			...timestamp !== void 0 && { timestamp }
		};
	}
	/** The call's outputs, in the order they were written (outputs written before the call first). */
	outputs(slot, callId) {
		const row = slot * STRIDE;
		const rows = this.#rows;
		if (rows[row + OUTPUTS] === 0) return [];
		const flags = rows[row + OUTPUT_FLAGS];
		return [{
			line: rows[row + OUTPUT_LINE],
			kind: OUTPUT_KINDS$1[flags & 3],
			callId,
			embedded: (flags & 4) !== 0,
			turn: rows[row + OUTPUT_TURN],
			early: (flags & 8) !== 0
		}, ...this.#moreOutputs.get(slot) ?? []];
	}
	repeats(slot) {
		return this.#repeats.get(slot) ?? [];
	}
	/** Widens the rows, once, when a line number does not fit 32 bits. */
	#fit(line) {
		if (line > MAX_UINT32 && this.#rows instanceof Uint32Array) this.#rows = this.#resized(this.#rows.length, true);
	}
	/** The rows copied into an array of `length` numbers, 64-bit when `wide` or when they already are. */
	#resized(length, wide) {
		const make = wide || this.#rows instanceof Float64Array ? (n) => new Float64Array(n) : (n) => new Uint32Array(n);
		return grownArray(this.#rows, length, make);
	}
	#intern(text) {
		let code = this.#codes.get(text);
		if (code === void 0) {
			code = this.#strings.length;
			this.#strings.push(text);
			this.#codes.set(text, code);
		}
		return code;
	}
};
// dist/formats/codex/history.js
/**
* Pairs calls with outputs the way Codex does when it rebuilds a prompt (normalize.rs): by call id,
* set-based, within the effective history. A compaction checkpoint replaces everything before it,
* so each checkpoint closes a segment whose findings lie outside what the model sees; so do the
* findings in turns a rollback dropped. Memory grows with the number of calls, never with bytes, and
* little per call (see CallStore).
*/
const NO_OUTPUTS = [];
var PairingTracker = class {
	emit;
	options;
	/** Lines of turn boundaries: turn start/end events and the starts of user turns. */
	turnBoundaries = [];
	#calls = new CallStore();
	#orphans = /* @__PURE__ */ new Map();
	#unpairable = [];
	#turn = 0;
	#liveTurns = [];
	#rolledBack = /* @__PURE__ */ new Set();
	#inUserRun = false;
	#runStart = 0;
	#inRun = false;
	constructor(emit, options = { repairs: true }) {
		this.emit = emit;
		this.options = options;
	}
	record(line, info, timestamp) {
		if (info.replacesHistory) {
			this.#finalize(true);
			this.#calls = new CallStore();
			this.#orphans = /* @__PURE__ */ new Map();
			this.#unpairable = [];
			for (const item of info.replacesHistory) this.#item(line, item, true, timestamp);
		}
		if (info.turn) {
			this.#inUserRun = false;
			this.#inRun = false;
			this.turnBoundaries.push(line);
		}
		if (info.rollsBack !== void 0) this.#rollBack(info.rollsBack);
		for (const item of info.items) this.#item(line, item, false, timestamp);
	}
	end() {
		this.#finalize(false);
	}
	#item(line, item, embedded, timestamp) {
		if (item.role === "user-message") {
			this.#inRun = false;
			if (this.#inUserRun) return;
			this.#inUserRun = true;
			this.#turn += 1;
			this.#liveTurns.push(this.#turn);
			if (!embedded) this.turnBoundaries.push(line);
			return;
		}
		this.#inUserRun = false;
		const continuesRun = item.role === "reasoning" || item.role === "call";
		if (continuesRun && !this.#inRun) this.#runStart = line;
		this.#inRun = continuesRun;
		if (item.role === "call") {
			const ts = embedded || !this.options.repairs ? void 0 : timestamp();
			this.#addCall({
				line,
				item,
				embedded,
				runStart: this.#runStart,
				turn: this.#turn,
				timestamp: ts
			});
		} else if (item.role === "output") this.#addOutput(line, item.kind, item.callId, embedded);
		else if (item.role === "unpairable-output") this.#unpairable.push({
			line,
			kind: item.kind,
			embedded,
			turn: this.#turn
		});
	}
	#addCall(call) {
		const existing = this.#calls.slotOf(call.item.callId);
		if (existing !== void 0) {
			this.#calls.addRepeat(existing, call);
			return;
		}
		const early = this.#orphans.size === 0 ? void 0 : this.#orphans.get(call.item.callId);
		if (early) this.#orphans.delete(call.item.callId);
		this.#calls.addCall(call, early ?? NO_OUTPUTS);
	}
	#addOutput(line, kind, callId, embedded) {
		const slot = this.#calls.slotOf(callId);
		if (slot !== void 0) {
			this.#calls.addOutput(slot, callId, line, kind, embedded, this.#turn, false);
			return;
		}
		const output = {
			line,
			kind,
			callId,
			embedded,
			turn: this.#turn,
			early: false
		};
		const waiting = this.#orphans.get(callId);
		if (waiting) waiting.push(output);
		else this.#orphans.set(callId, [output]);
	}
	#rollBack(turns) {
		this.#inUserRun = false;
		this.#inRun = false;
		if (turns === 0) return;
		for (const turn of this.#liveTurns.splice(-turns)) this.#rolledBack.add(turn);
	}
	#finalize(replaced) {
		const outside = (turn) => replaced || this.#rolledBack.has(turn);
		const calls = this.#calls;
		for (let slot = 0; slot < calls.size; slot += 1) {
			if (calls.isSimplyAnswered(slot)) continue;
			const callId = calls.callId(slot);
			const call = calls.call(slot, callId);
			const outputs = calls.outputs(slot, callId);
			const repeats = calls.repeats(slot);
			const ambiguous = repeats.length > 0;
			for (const repeat of repeats) this.emit({
				type: "repeat-call",
				call: repeat,
				first: call,
				outside: outside(repeat.turn)
			});
			if (outputs.length === 0) {
				this.emit({
					type: "unanswered",
					call,
					ambiguous,
					outside: outside(call.turn)
				});
				continue;
			}
			const answer = outputs.find((output) => output.kind === call.item.expects);
			const firstWrong = outputs.find((output) => output.kind !== call.item.expects);
			for (const output of outputs) {
				const common = {
					output,
					call,
					outside: outside(output.turn)
				};
				if (output === answer) {
					if (output.early) this.emit({
						type: "early-output",
						...common
					});
				} else if (output.kind === call.item.expects && answer) this.emit({
					type: "extra-output",
					...common,
					answer,
					ambiguous
				});
				else {
					const resolution = !answer && output === firstWrong ? "retype" : "remove";
					this.emit({
						type: "wrong-kind",
						...common,
						resolution,
						ambiguous
					});
				}
			}
		}
		for (const outputs of this.#orphans.values()) for (const output of outputs) this.emit({
			type: "orphan",
			output,
			outside: outside(output.turn)
		});
		for (const { line, kind, embedded, turn } of this.#unpairable) this.emit({
			type: "unpairable-output",
			line,
			kind,
			embedded,
			outside: outside(turn)
		});
	}
};
// dist/checking/rule.js
const defineRule = (rule) => rule;
// dist/formats/codex/records.js
/** The file's history, when its format is a Codex generation (its rules read the last record from it at the end). */
function codexHistory(context) {
	return codexFormat(context.format()) ? context.history() : void 0;
}
/** The format, when it is a Codex generation. */
function codexFormat(format) {
	return format && "withOrdinal" in format ? format : void 0;
}
const CODEX_WORDS = {
	callKey: "call_id",
	outputKey: "call_id",
	outsideNote: " It is outside the history the model sees (replaced by a later compaction or rolled back).",
	embeddedNote: " It is inside a compaction checkpoint (compacted.replacement_history), which fix does not rewrite."
};
// dist/repairing/edits.js
const REWRITERS = /* @__PURE__ */ new Map();
/**
* Names a line rewriter (`rewrite(bytes, ...args)`: the new bytes, or undefined when the line cannot be
* rewritten) and gives the function that makes its edits. The module that makes an edit defines its
* rewriter, so every rewrite edit there is can be applied (applyRewrite).
*/
function defineRewrite(name, rewrite) {
	if (REWRITERS.has(name)) throw new Error(`two line rewriters are named ${name}`);
	REWRITERS.set(name, (bytes, args) => rewrite(bytes, ...args));
	return (line, ...args) => ({
		op: "rewrite",
		line,
		rewrite: {
			name,
			args
		}
	});
}
// dist/formats/uuid-v5.js
/** RFC 9562 UUID version 5 (SHA-1, name-based). */
function uuidV5(name, namespace) {
	const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
	const hash = crypto().createHash("sha1").update(ns).update(name, "utf8").digest();
	hash[6] = hash[6] & 15 | 80;
	hash[8] = hash[8] & 63 | 128;
	const hex = hash.subarray(0, 16).toString("hex");
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
// dist/formats/verified-replace.js
/**
* Replaces the first occurrence of `from` with `to` (of a pattern's `value` group, when it has one: see
* memberValue), and keeps the result only if, parsed, it differs from the original exactly as `expected`
* says. Textual edits keep every other byte of the line.
*/
function verifiedReplace(line, from, to, expected) {
	const text = line.toString("utf8");
	const match = typeof from === "string" ? {
		index: text.indexOf(from),
		0: from
	} : from.exec(text);
	if (!match || match.index === -1) return void 0;
	const [at, end] = "indices" in match && match.indices?.groups?.value || [match.index, match.index + match[0].length];
	const edited = text.slice(0, at) + to + text.slice(end);
	try {
		if (!(0, node_util.isDeepStrictEqual)(JSON.parse(edited), expected(JSON.parse(text)))) return void 0;
	} catch {
		return;
	}
	return Buffer.from(edited, "utf8");
}
const regExpText = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
* Member `key` with the value whose JSON text is `valueJson` (canonical: an id, a type), however the writer
* spaced the colon: JSON writers differ there (Python's json.dumps writes `"key": value`). verifiedReplace
* replaces only the value (its `value` group), so the spacing is kept. The key comes first in the pattern, not
* in a lookbehind: the engine then skips ahead to it (30 times faster on a 64 MiB line without it).
*/
function memberValue(key, valueJson) {
	return new RegExp(`${regExpText(JSON.stringify(key))}\\s*:\\s*(?<value>${regExpText(valueJson)})`, "d");
}
// dist/formats/codex/repair-lines.js
/** Codex's namespace for the ids of outputs it synthesizes (normalize.rs SYNTHETIC_OUTPUT_ID_NAMESPACE). */
const SYNTHETIC_OUTPUT_ID_NAMESPACE = "90d38d3e-6a5b-4d52-bfe2-2f1e634bfac4";
const ID_PREFIX = {
	function_call_output: "fco",
	custom_tool_call_output: "ctco",
	tool_search_output: "tso"
};
/** The id Codex gives the output it synthesizes for a call with item id `callItemId`. */
function syntheticOutputId(kind, callItemId) {
	const prefix = ID_PREFIX[kind];
	return `${prefix}_${uuidV5(`${prefix}:${callItemId}`, SYNTHETIC_OUTPUT_ID_NAMESPACE)}`;
}
/**
* The output item Codex inserts in memory for an unanswered call, field for field, so that the model
* sees the same history after the fix as before it.
*/
function placeholderItem(call, options) {
	const id = call.itemId === void 0 ? {} : { id: syntheticOutputId(call.expects, call.itemId) };
	if (call.expects === "tool_search_output") return {
		type: call.expects,
		...id,
		call_id: call.callId,
		status: "completed",
		execution: "client",
		tools: []
	};
	return {
		type: call.expects,
		...id,
		call_id: call.callId,
		output: options.text
	};
}
/**
* Rewrites an output item (found by `itemOf` in the record) to another kind. Its id becomes the one Codex
* gives an output of that kind for the call (`callItemId`: UUIDv5, as for the outputs it synthesizes), added
* when the output had none; without the call's item id, only the id's prefix changes.
*/
function retypeOutputLine(line, kind, itemOf, callItemId) {
	const original = itemOf(JSON.parse(line.toString("utf8")));
	const from = original?.type;
	if (typeof from !== "string" || !(from in ID_PREFIX) || from === kind) return void 0;
	if (from === "tool_search_output" || kind === "tool_search_output") return void 0;
	let edited = verifiedReplace(line, memberValue("type", JSON.stringify(from)), JSON.stringify(kind), (record) => {
		const copy = structuredClone(record);
		itemOf(copy).type = kind;
		return copy;
	});
	const oldPrefix = `${ID_PREFIX[from]}_`;
	const withId = (newId) => (record) => {
		const copy = structuredClone(record);
		itemOf(copy).id = newId;
		return copy;
	};
	if (edited && typeof original?.id === "string" && (callItemId !== void 0 || original.id.startsWith(oldPrefix))) {
		const newId = callItemId !== void 0 ? syntheticOutputId(kind, callItemId) : `${ID_PREFIX[kind]}_${original.id.slice(oldPrefix.length)}`;
		edited = verifiedReplace(edited, memberValue("id", JSON.stringify(original.id)), JSON.stringify(newId), withId(newId));
	} else if (edited && original?.id === void 0 && callItemId !== void 0) {
		const newId = syntheticOutputId(kind, callItemId);
		edited = verifiedReplace(edited, memberValue("type", JSON.stringify(kind)), `${JSON.stringify(kind)},"id":${JSON.stringify(newId)}`, withId(newId));
	}
	return edited;
}
const TIMESTAMP_FIRST = /^\{"timestamp":"[^"\\]*",/;
/** Adds `"ordinal":n` where Codex writes it (after the timestamp), or first in the object. */
function withOrdinalLine(line, ordinal) {
	const text = line.toString("utf8");
	const start = text.length - text.trimStart().length;
	const timestamp = TIMESTAMP_FIRST.exec(text.slice(start))?.[0].length;
	const at = timestamp !== void 0 ? start + timestamp : text.startsWith("{", start) ? start + 1 : -1;
	if (at === -1) return void 0;
	const field = `"ordinal":${ordinal}`;
	const separator = text.slice(at).trimStart().startsWith("}") ? "" : ",";
	const edited = text.slice(0, at) + field + separator + text.slice(at);
	try {
		const parsed = JSON.parse(edited);
		if ("ordinal" in JSON.parse(text) || parsed.ordinal !== ordinal) return void 0;
	} catch {
		return;
	}
	return Buffer.from(edited, "utf8");
}
/** The edit that gives a record line `"ordinal":n` (withOrdinalLine). */
const withOrdinalEdit = defineRewrite("codex/with-ordinal", withOrdinalLine);
// dist/formats/codex/rules/final-record-missing-ordinal.js
const rule$1 = defineRule({
	name: "final-record-missing-ordinal",
	code: "SD302",
	severity: "error",
	fixable: true,
	summary: "The last record of a paginated rollout has no ordinal.",
	explanation: "In the paginated history mode (session_meta history_mode \"paginated\", the default of new Codex sessions) Codex numbers the next record from the last record's ordinal, and refuses to resume a file whose final record has none (\"final paginated rollout record … is missing an ordinal\"). Records in the middle may omit it. A hand-appended line or a tool that rewrote the file causes this. fix gives the final record an ordinal one above the highest in the file; every repair keeps this true, so an output inserted at the end carries one too.",
	create(context) {
		return { end() {
			const history = codexHistory(context);
			const last = history?.lastRecord;
			if (!history?.ordinals.paginated || !last || last.info.ordinal !== void 0) return;
			const lastLine = last.line;
			/** The last record fails its schema: fix does not rewrite such a record. */
			const lastInvalid = last.info.invalid !== void 0;
			const next = (history.ordinals.maxOrdinal ?? -1) + 1;
			context.report({
				line: lastLine,
				message: "The final record of this paginated rollout has no ordinal; Codex refuses to resume the file." + (lastInvalid ? " The record is also invalid (see invalid-record), so fix leaves it." : ""),
				fixable: !lastInvalid,
				repair: () => ({
					action: `gave the final record "ordinal":${next}`,
					edits: []
				})
			});
		} };
	}
});
/** The repair of a final record that no diagnostic named: it became final when a repair dropped the lines after it. */
function finalOrdinalRepair(edit, ordinal) {
	return {
		rule: rule$1.name,
		code: rule$1.code,
		severity: rule$1.severity,
		line: edit.line,
		message: "After the repair this is the final record of a paginated rollout, and it has no ordinal; Codex would refuse to resume the file.",
		fixable: true,
		repair: {
			action: `gave the final record "ordinal":${ordinal}`,
			edits: [edit]
		}
	};
}
/**
* Keeps the paginated invariant through any repair: the final record written carries an ordinal above
* every other. An inserted final line gets one; otherwise the last kept record gets one if it has none.
* Mid-file inserts carry none, which Codex accepts, so no existing line has to be renumbered. A final
* record that the rule leaves alone (it is invalid) is not rewritten by another repair either, and a
* record given an ordinal that no diagnostic named is reported too.
*/
function completeFinalOrdinal(draft, format, facts) {
	const next = (facts.maxOrdinal ?? -1) + 1;
	const leftAlone = (line) => draft.diagnosticsAt(line).some((d) => d.rule === rule$1.name && !d.repair);
	const named = (line) => draft.diagnosticsAt(line).some((d) => d.repair && d.rule === rule$1.name);
	for (let line = draft.lines; line > 0; line -= 1) {
		if (draft.truncated(line)) continue;
		const inserts = draft.insertsAfter.get(line);
		if (inserts?.length) {
			const last = inserts.length - 1;
			const numbered = format.withOrdinal(Buffer.from(inserts[last]), next);
			if (numbered) inserts[last] = numbered.toString("utf8");
			return {
				edits: [],
				repaired: []
			};
		}
		if (!draft.removed(line) && facts.recordLines.has(line)) {
			if (!facts.unnumberedLines.has(line) || leftAlone(line)) return {
				edits: [],
				repaired: []
			};
			const edit = withOrdinalEdit(line, next);
			return {
				edits: [edit],
				repaired: named(line) ? [] : [finalOrdinalRepair(edit, next)]
			};
		}
	}
	return {
		edits: [],
		repaired: []
	};
}
// dist/formats/codex/rules/ordinal-reuse.js
const ACTION = "appended an event_msg token_count (no figures) after it, with the next ordinal";
const rule = defineRule({
	name: "ordinal-reuse",
	code: "SD310",
	severity: "warning",
	fixable: true,
	summary: "The last record is of a type Codex does not know: Codex will reuse its ordinal.",
	explanation: "Codex numbers the next record of a paginated rollout from the last record it can read. When the last record is of a type it does not know (a newer record type, or an event_msg subtype it does not know), it skips that record and gives the next one it appends the same ordinal (openai/codex#44417, #44440; reproduced with 0.169.0 and 0.171.0). The duplicate ordinal makes Codex warn while projecting the thread history, and before 0.154.0 it froze the projection and broke thread/fork. fix appends a record Codex knows and that the model never sees (an event_msg token_count without figures), with the next ordinal: no existing line changes or moves.",
	create(context) {
		return { end() {
			const history = codexHistory(context);
			const last = history?.lastRecord;
			if (!history?.ordinals.paginated || !last || last.info.known || last.info.ordinal === void 0) return;
			const { label, ordinal } = last.info;
			const line = last.line;
			context.report({
				line,
				message: `The last record ("${label}", ordinal ${ordinal}) is of a type Codex does not know: Codex skips it on resume and gives the next record it appends the same ordinal ${ordinal}.`,
				repair: () => ({
					action: ACTION,
					edits: []
				})
			});
		} };
	}
});
/** A record Codex knows and that changes nothing it shows the model. */
const NO_OP_EVENT = {
	type: "token_count",
	info: null,
	rate_limits: null
};
/**
* Keeps Codex from reusing an ordinal through any repair: when the final record written is one Codex does
* not know, a known no-op record with the next ordinal is appended after it. A
* record that became final when a repair dropped the lines after it is repaired, and reported, too.
*/
function completeOrdinalReuse(draft, facts) {
	for (let line = draft.lines; line > 0; line -= 1) {
		if (draft.truncated(line)) continue;
		if (draft.insertsAfter.get(line)?.length) break;
		if (draft.removed(line) || !facts.recordLines.has(line)) continue;
		if (!facts.unknown.has(line)) break;
		const ordinal = (facts.maxOrdinal ?? -1) + (facts.unnumberedLines.has(line) ? 2 : 1);
		const timestamp = facts.unknown.get(line) ?? facts.headerTimestamp ?? "1970-01-01T00:00:00.000Z";
		const text = JSON.stringify({
			timestamp,
			ordinal,
			type: "event_msg",
			payload: NO_OP_EVENT
		});
		const repair = {
			action: ACTION,
			edits: [{
				op: "insert-after",
				line,
				text
			}]
		};
		const named = draft.diagnosticsAt(line).some((d) => d.repair && d.rule === rule.name);
		const reported = {
			rule: rule.name,
			code: rule.code,
			severity: rule.severity,
			line,
			message: "After the repair this is the last record, of a type Codex does not know: Codex would reuse its ordinal.",
			fixable: true,
			repair
		};
		return {
			edits: repair.edits,
			repaired: named ? [] : [reported]
		};
	}
	return {
		edits: [],
		repaired: []
	};
}
// dist/formats/codex/codex-history.js
/**
* A rollout's history as Codex rebuilds it: set-based pairing within compaction segments and live turns
* (PairingTracker), plus what the paginated history mode needs of every repair (the final record's
* ordinal).
*/
var CodexHistory = class {
	format;
	#tracker;
	/** Lines that hold a record, and those of them without an ordinal. */
	#recordLines = new LineSet();
	#unnumberedLines = new LineSet();
	#paginated;
	#maxOrdinal;
	/** The last record's line and info, and the last line that adds to the history (items or a compaction). */
	#lastRecordLine = 0;
	#lastRecord;
	#lastItemLine = 0;
	#ended = false;
	/** Records Codex does not know (rare), with their timestamps: one of them may end up last. */
	#unknown = /* @__PURE__ */ new Map();
	#headerTimestamp;
	#forkOrigin;
	constructor(format, emit, options) {
		this.format = format;
		this.#tracker = new PairingTracker(emit, options);
	}
	/** The session this rollout was forked from, named by the session_meta on its first line. */
	get forkOrigin() {
		return this.#forkOrigin;
	}
	get turnBoundaries() {
		return this.#tracker.turnBoundaries;
	}
	record(line, info, timestamp) {
		this.#recordLines.add(line);
		if (info.ordinal === void 0) this.#unnumberedLines.add(line);
		else this.#maxOrdinal = Math.max(this.#maxOrdinal ?? -1, info.ordinal);
		if (info.header && this.#paginated === void 0) {
			this.#paginated = info.header.paginated;
			this.#headerTimestamp = timestamp();
			if (line === 1) this.#forkOrigin = info.header.forkOf;
		}
		this.#lastRecordLine = line;
		this.#lastRecord = info;
		if (!info.known) this.#unknown.set(line, timestamp());
		if (info.items.length > 0 || info.replacesHistory) this.#lastItemLine = line;
		this.#tracker.record(line, info, timestamp);
	}
	end() {
		this.#ended = true;
		this.#tracker.end();
	}
	placeholder(call, options) {
		const expects = call.item.expects;
		const output = { text: options.text ?? "aborted" };
		const text = this.format.renderPlaceholder({
			...call.item,
			expects,
			...call.timestamp !== void 0 && { timestamp: call.timestamp }
		}, output);
		const what = expects === "tool_search_output" ? "an empty" : `an "${output.text}"`;
		if (this.#ended && call.line === this.#lastItemLine && this.#lastRecordLine > call.line) return {
			action: `appended ${what} ${expects} at the end (only events follow the call on line ${call.line})`,
			edits: [{
				op: "insert-after",
				line: this.#lastRecordLine,
				text
			}]
		};
		return {
			action: `inserted ${what} ${expects} after line ${call.line}`,
			edits: [{
				op: "insert-after",
				line: call.line,
				text
			}]
		};
	}
	removeOutput(output, what) {
		return {
			action: `removed ${what} at line ${output.line}`,
			edits: [{
				op: "remove",
				line: output.line
			}]
		};
	}
	/** The file's last record: Codex numbers the next one it appends from it. */
	get lastRecord() {
		return this.#lastRecord && {
			line: this.#lastRecordLine,
			info: this.#lastRecord
		};
	}
	/** What the paginated history mode needs: whether it is on, and which records carry an ordinal. */
	get ordinals() {
		return {
			paginated: this.#paginated ?? false,
			maxOrdinal: this.#maxOrdinal,
			recordLines: this.#recordLines,
			unnumberedLines: this.#unnumberedLines
		};
	}
	completePlan(draft) {
		if (!this.#paginated) return {
			edits: [],
			repaired: []
		};
		const ordinal = completeFinalOrdinal(draft, this.format, this.ordinals);
		const reuse = completeOrdinalReuse(draft, {
			...this.ordinals,
			unknown: this.#unknown,
			headerTimestamp: this.#headerTimestamp
		});
		return {
			edits: [...ordinal.edits, ...reuse.edits],
			repaired: [...ordinal.repaired, ...reuse.repaired]
		};
	}
};
// dist/reading/field-list.js
/**
* The fields a format picks out of each line, by path, and numbered: a question about a field takes its
* number (see ScannedFields), so that reading a field of each of a million lines is an array access and
* not a lookup by path. A path names a field by its keys from the top (`payload.type`); `[]` after a key
* goes through the elements of its array value (`payload.output[].type`).
*/
var FieldList = class {
	paths;
	/** The top-level fields of the tree. */
	tree;
	/** The number of slots. */
	slots;
	/** Per ref: the slot of its field; for a field inside array elements, the slot of the array, else -1. */
	slotOf;
	arrayOf;
	/** Per slot: whether its array's elements are followed (a path went through it with `[]`). */
	followed;
	/** Per slot: whether its string values repeat from line to line (1), or are distinct (0). */
	repeats;
	/** Per ref: the path split at its dots, for reading a parsed value (value-fields.ts). */
	segments;
	constructor(paths, options = {}) {
		this.paths = paths;
		const tree = [];
		const slotOf = [];
		const arrayOf = [];
		const followed = /* @__PURE__ */ new Set();
		let count = 0;
		for (const path of paths) {
			let list = tree;
			let inArray;
			let field;
			for (const segment of path.split(".")) {
				const name = segment.endsWith("[]") ? segment.slice(0, -2) : segment;
				if (name === "" || name.includes("[")) throw new Error(`unsupported field path ${path}`);
				const parent = field;
				field = list.find((candidate) => candidate.name.toString() === name);
				if (!field) list.push(field = {
					name: Buffer.from(name),
					slot: count++,
					children: [],
					elements: []
				});
				if (parent && list === parent.elements) inArray ??= parent.slot;
				if (segment.endsWith("[]")) {
					if (inArray !== void 0) throw new Error(`unsupported field path ${path}`);
					followed.add(field.slot);
					list = field.elements;
				} else list = field.children;
			}
			slotOf.push(field.slot);
			arrayOf.push(inArray ?? -1);
			if (path.endsWith("[]")) throw new Error(`unsupported field path ${path}`);
		}
		this.tree = tree;
		this.slots = count;
		this.slotOf = Int32Array.from(slotOf);
		this.arrayOf = Int32Array.from(arrayOf);
		this.followed = new Uint8Array(count);
		for (const slot of followed) this.followed[slot] = 1;
		this.repeats = new Uint8Array(count).fill(1);
		for (const path of options.distinct ?? []) this.repeats[this.slotOf[this.of(path)]] = 0;
		this.segments = paths.map((path) => path.split("."));
	}
	/** The number of a path asked for. */
	of(path) {
		const ref = this.paths.indexOf(path);
		if (ref < 0) throw new Error(`field ${path} was not asked for`);
		return ref;
	}
};
// dist/reading/value-fields.js
const isObject$1 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/** A key's value in a JSON object (own keys only: JSON.parse makes no other), or undefined. */
const member = (value, key) => isObject$1(value) && Object.hasOwn(value, key) ? value[key] : void 0;
function kindOf(value) {
	if (value === void 0) return "absent";
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	return typeof value;
}
/** The only element of an array of one, else undefined. */
const only = (value) => Array.isArray(value) && value.length === 1 ? value[0] : void 0;
const step = (value, segment) => segment.endsWith("[]") ? only(member(value, segment.slice(0, -2))) : member(value, segment);
/**
* The questions a scan answers (see ScannedFields), asked of a value JSON.parse built, about the fields of
* `list`: so that code judging records from their fields serves both the fast path and the parsed one.
*/
function fieldsOf(value, list) {
	const at = (field) => list.segments[field].reduce(step, value);
	return {
		kind: (field) => kindOf(at(field)),
		string: (field) => {
			const found = at(field);
			return typeof found === "string" ? found : void 0;
		},
		number: (field) => {
			const found = at(field);
			return typeof found === "number" ? found : void 0;
		},
		boolean: (field) => {
			const found = at(field);
			return typeof found === "boolean" ? found : void 0;
		},
		every: (field, kind) => {
			const [array, name] = list.paths[field].split("[].");
			const elements = array.split(".").reduce(step, value);
			return Array.isArray(elements) && elements.every((element) => isObject$1(element) && kindOf(member(element, name)) === kind);
		},
		length: (field) => {
			const found = at(field);
			return Array.isArray(found) ? found.length : void 0;
		}
	};
}
// dist/formats/codex/schemas.js
/**
* The shapes of the Codex records that matter to pairing, resume and repair (codex-rs/protocol/src/models.rs,
* codex-rs/history). Each has a plain guard that decides whether a record fits, and a zod schema that only
* explains why one does not: zod is loaded at the first explanation, as most files need none and loading
* it costs some 40 ms. Every object is loose: unknown fields pass untouched, as Codex ignores them.
* test/formats/codex/schemas.test.ts holds each guard to its schema.
*/
/** The zod schemas, built on first use. */
const zodSchemas = (() => {
	let built;
	const load = () => (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("zod").z;
	return () => built ??= build(load());
})();
function build(z) {
	const callId = z.string().min(1);
	const outputBody = z.union([z.string(), z.array(z.looseObject({ type: z.string() }))], { error: "output must be a string or an array of content items" });
	return {
		sessionMetaPayload: z.looseObject({
			id: z.string().min(1),
			history_mode: z.enum(["legacy", "paginated"]).optional()
		}),
		/** The response items that take part in pairing. */
		pairingItem: z.discriminatedUnion("type", [
			z.looseObject({
				type: z.literal("function_call"),
				name: z.string(),
				arguments: z.string(),
				call_id: callId
			}),
			z.looseObject({
				type: z.literal("custom_tool_call"),
				name: z.string(),
				input: z.string(),
				call_id: callId
			}),
			z.looseObject({
				type: z.literal("local_shell_call"),
				call_id: callId.nullable().optional(),
				action: z.looseObject({ type: z.string() })
			}),
			z.looseObject({
				type: z.literal("tool_search_call"),
				call_id: callId.nullable().optional(),
				execution: z.string().optional()
			}),
			z.looseObject({
				type: z.literal("function_call_output"),
				call_id: callId.nullable().optional(),
				output: outputBody
			}),
			z.looseObject({
				type: z.literal("custom_tool_call_output"),
				call_id: callId,
				output: outputBody
			}),
			z.looseObject({
				type: z.literal("tool_search_output"),
				call_id: callId.nullable().optional(),
				execution: z.string().optional(),
				tools: z.array(z.unknown())
			})
		]),
		compactedPayload: z.looseObject({
			message: z.string().optional(),
			replacement_history: z.array(z.looseObject({ type: z.string() })).optional(),
			replacement_history_metadata: z.array(z.unknown()).optional()
		}).refine((p) => p.replacement_history_metadata === void 0 || p.replacement_history_metadata.length === (p.replacement_history?.length ?? 0), { message: "replacement_history_metadata must have one entry per replacement_history item" }),
		threadRolledBack: z.looseObject({
			type: z.literal("thread_rolled_back"),
			num_turns: z.int().nonnegative()
		})
	};
}
/** Why `value` does not fit the schema; undefined when it does. Only called when the guard says no. */
function explain(schema, value, prefix) {
	const parsed = schema(zodSchemas()).safeParse(value);
	return parsed.success ? void 0 : describeIssue(parsed.error, prefix);
}
/** One-line reason for a schema failure: the first issue, with its path. */
function describeIssue(error, prefix) {
	const issue = error.issues[0];
	if (!issue) return "does not match its schema";
	const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
	return path ? `${path}: ${issue.message}` : issue.message;
}
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/** sessionMetaPayload's guard, for an object payload whose `id` and `history_mode` are these fields. */
function sessionMetaValid(fields, id, historyMode) {
	const mode = fields.kind(historyMode) === "absent" ? "legacy" : fields.string(historyMode);
	return fields.kind(id) === "string" && fields.string(id) !== "" && (mode === "legacy" || mode === "paginated");
}
const META_LIST = new FieldList(["id", "history_mode"]);
const [META_ID, META_HISTORY_MODE] = [META_LIST.of("id"), META_LIST.of("history_mode")];
function sessionMetaIssue(payload) {
	return isObject(payload) && sessionMetaValid(fieldsOf(payload, META_LIST), META_ID, META_HISTORY_MODE) ? void 0 : explain((s) => s.sessionMetaPayload, payload, "payload");
}
function compactedIssue(payload) {
	return isObject(payload) && (payload.message === void 0 || typeof payload.message === "string") && (payload.replacement_history === void 0 || Array.isArray(payload.replacement_history) && payload.replacement_history.every((entry) => isObject(entry) && typeof entry.type === "string")) && (payload.replacement_history_metadata === void 0 || Array.isArray(payload.replacement_history_metadata) && payload.replacement_history_metadata.length === (payload.replacement_history?.length ?? 0)) ? void 0 : explain((s) => s.compactedPayload, payload, "payload");
}
function threadRolledBackIssue(payload) {
	return isObject(payload) && payload.type === "thread_rolled_back" && Number.isSafeInteger(payload.num_turns) && payload.num_turns >= 0 ? void 0 : explain((s) => s.threadRolledBack, payload, "payload");
}
/** A response item's fields, by path within the item. */
const ITEM_PATHS = {
	type: "type",
	role: "role",
	id: "id",
	call_id: "call_id",
	name: "name",
	arguments: "arguments",
	input: "input",
	output: "output",
	/** The `type` of each element of an output array. */
	outputTypes: "output[].type",
	execution: "execution",
	tools: "tools",
	action: "action",
	actionType: "action.type",
	/** The `text` of each element of a message's content array. */
	contentTexts: "content[].text",
	content: "content"
};
/** The item fields whose values differ from item to item (FieldListOptions.distinct). */
const DISTINCT_ITEM_PATHS = [
	ITEM_PATHS.id,
	ITEM_PATHS.arguments,
	ITEM_PATHS.input,
	ITEM_PATHS.output,
	ITEM_PATHS.contentTexts
];
const distinctItemPaths = (prefix) => DISTINCT_ITEM_PATHS.map((path) => `${prefix}${path}`);
/** The paths of an item's fields at `prefix` in the record. */
const itemPaths = (prefix) => Object.values(ITEM_PATHS).map((path) => `${prefix}${path}`);
/** The item's fields in a list that asked for itemPaths(prefix). */
function itemFields(list, prefix) {
	return Object.fromEntries(Object.entries(ITEM_PATHS).map(([key, path]) => [key, list.of(`${prefix}${path}`)]));
}
/** A field that may be absent, else is a string. */
const optionalString = (fields, field) => {
	const kind = fields.kind(field);
	return kind === "absent" || kind === "string";
};
/** outputBody: a string, or an array of objects with a string type. */
const outputBody = (fields, at) => fields.kind(at.output) === "string" || fields.every(at.outputTypes, "string");
/** pairingItem's guard, for an object item of pairing type `type` (its fields scanned or parsed). */
function pairingItemValid(type, fields, at) {
	const callIdKind = fields.kind(at.call_id);
	const callId = callIdKind === "string" && fields.string(at.call_id) !== "";
	const optionalCallId = callId || callIdKind === "absent" || callIdKind === "null";
	switch (type) {
		case "function_call": return fields.kind(at.name) === "string" && fields.kind(at.arguments) === "string" && callId;
		case "custom_tool_call": return fields.kind(at.name) === "string" && fields.kind(at.input) === "string" && callId;
		case "local_shell_call": return optionalCallId && fields.kind(at.action) === "object" && fields.kind(at.actionType) === "string";
		case "tool_search_call": return optionalCallId && optionalString(fields, at.execution);
		case "function_call_output": return optionalCallId && outputBody(fields, at);
		case "custom_tool_call_output": return callId && outputBody(fields, at);
		case "tool_search_output": return optionalCallId && optionalString(fields, at.execution) && fields.kind(at.tools) === "array";
		default: return false;
	}
}
const ITEM_LIST = new FieldList(itemPaths(""));
const ITEM = itemFields(ITEM_LIST, "");
/** Why a parsed object item of pairing type `type` does not fit pairingItem; undefined when it does. */
function pairingItemIssue(type, item, prefix) {
	return pairingItemValid(type, fieldsOf(item, ITEM_LIST), ITEM) ? void 0 : explain((s) => s.pairingItem, item, prefix);
}
// dist/formats/codex/response-items.js
/** Response item types Codex knows (models.rs, all generations). Others deserialize to `Other`. */
const KNOWN_ITEM_TYPES = /* @__PURE__ */ new Set([
	"message",
	"reasoning",
	"function_call",
	"function_call_output",
	"custom_tool_call",
	"custom_tool_call_output",
	"local_shell_call",
	"tool_search_call",
	"tool_search_output",
	"web_search_call",
	"image_generation_call",
	"ghost_snapshot",
	"compaction",
	"compaction_summary",
	"context_compaction",
	"agent_message",
	"additional_tools",
	"configuration_update"
]);
/** Which output kind answers which call kind (Codex normalize.rs). */
const EXPECTED_OUTPUT = {
	function_call: "function_call_output",
	local_shell_call: "function_call_output",
	custom_tool_call: "custom_tool_call_output",
	tool_search_call: "tool_search_output"
};
const OUTPUT_KINDS = /* @__PURE__ */ new Set([
	"function_call_output",
	"custom_tool_call_output",
	"tool_search_output"
]);
/** User messages Codex injects as context: they do not start a user turn. */
const CONTEXTUAL_PREFIXES = [
	"<environment_context>",
	"<user_instructions>",
	"# AGENTS.md",
	"<skills_instructions>"
];
const OTHER = { role: "other" };
const REASONING = { role: "reasoning" };
const USER_MESSAGE$1 = { role: "user-message" };
/** The items of a record holding `item`: records of the shared kinds share one array (items are never changed). */
const [OTHER_ITEMS, REASONING_ITEMS, USER_MESSAGE_ITEMS] = [
	[OTHER],
	[REASONING],
	[USER_MESSAGE$1]
];
const itemsOf = (item) => item === OTHER ? OTHER_ITEMS : item === REASONING ? REASONING_ITEMS : item === USER_MESSAGE$1 ? USER_MESSAGE_ITEMS : [item];
function isResponseItemType(type) {
	return typeof type === "string" && KNOWN_ITEM_TYPES.has(type);
}
const MESSAGE$1 = {};
const itemTypes = /* @__PURE__ */ new Map();
function itemTypeOf(type) {
	let found = itemTypes.get(type);
	if (found === void 0) {
		found = !KNOWN_ITEM_TYPES.has(type) ? { plain: {
			item: OTHER,
			label: type,
			known: false
		} } : type === "reasoning" ? { plain: {
			item: REASONING,
			label: type,
			known: true
		} } : type === "message" ? MESSAGE$1 : type in EXPECTED_OUTPUT ? { expects: EXPECTED_OUTPUT[type] } : OUTPUT_KINDS.has(type) ? {} : { plain: {
			item: OTHER,
			label: type,
			known: true
		} };
		if (itemTypes.size < 256) itemTypes.set(type, found);
	}
	return found;
}
/** Classifies one Responses API item as the checker sees it. Never throws. */
function classifyResponseItem(value, pathPrefix = "payload") {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return {
		item: OTHER,
		label: "item",
		known: true,
		invalid: `${pathPrefix} must be an object`
	};
	const record = value;
	const type = record.type;
	if (typeof type !== "string") return {
		item: OTHER,
		label: "item",
		known: true,
		invalid: `${pathPrefix}.type must be a string`
	};
	const described = itemTypeOf(type);
	if (described.plain) return described.plain;
	if (described === MESSAGE$1) return {
		item: isUserTurnMessage(record) ? USER_MESSAGE$1 : OTHER,
		label: type,
		known: true
	};
	const invalid = pairingItemIssue(type, record, pathPrefix);
	if (invalid !== void 0) return {
		item: OTHER,
		label: type,
		known: true,
		invalid
	};
	return {
		item: pairingRole(type, described.expects, stringOr(record.call_id), stringOr(record.execution), stringOr(record.id), stringOr(record.name)),
		label: type,
		known: true
	};
}
/**
* classifyResponseItem's result for an object item from its scanned fields (found at `at`); undefined
* when it takes the parsed item: a user message (its text decides), an item pairingItem must judge or
* explain, or a type that is not a string.
*/
function classifyScannedItem(fields, at) {
	const type = fields.string(at.type);
	if (type === void 0) return void 0;
	const described = itemTypeOf(type);
	if (described.plain) return described.plain;
	if (described === MESSAGE$1) {
		if (fields.string(at.role) !== "user") return {
			item: OTHER,
			label: type,
			known: true
		};
		const opening = openingText(fields, at);
		return opening === void 0 ? void 0 : {
			item: startsUserTurn(opening) ? USER_MESSAGE$1 : OTHER,
			label: type,
			known: true
		};
	}
	if (!pairingItemValid(type, fields, at)) return void 0;
	const call = described.expects !== void 0;
	return {
		item: pairingRole(type, described.expects, fields.string(at.call_id), fields.string(at.execution), call ? fields.string(at.id) : void 0, call ? fields.string(at.name) : void 0),
		label: type,
		known: true
	};
}
const stringOr = (value) => typeof value === "string" ? value : void 0;
/** The item a pairing type adds (a call when it `expects` an output), from its string fields (undefined: absent or not a string). */
function pairingRole(type, expects, callId, execution, itemId, name) {
	if (execution === "server") return OTHER;
	if (expects) {
		if (callId === void 0) return OTHER;
		return {
			role: "call",
			callId,
			kind: type,
			expects,
			itemId: itemId || void 0,
			name: name || void 0
		};
	}
	const kind = type;
	if (callId !== void 0) return {
		role: "output",
		callId,
		kind
	};
	return kind === "tool_search_output" ? OTHER : {
		role: "unpairable-output",
		kind
	};
}
function isUserTurnMessage(record) {
	if (record.role !== "user") return false;
	const first = Array.isArray(record.content) ? record.content[0] : void 0;
	return startsUserTurn(typeof first?.text === "string" ? first.text : "");
}
/** A user message starts a turn unless its first content text is context Codex injected. */
function startsUserTurn(text) {
	const opening = text.trimStart();
	return !CONTEXTUAL_PREFIXES.some((prefix) => opening.startsWith(prefix));
}
/**
* The text isUserTurnMessage reads, from scanned fields: that of the first content element when it is an
* object with a string text, else ''; undefined when the content array has more than one element (only
* an only element's fields are scanned).
*/
function openingText(fields, at) {
	const elements = fields.length(at.content);
	if (elements === void 0 || elements === 0) return "";
	if (elements > 1) return void 0;
	return fields.string(at.contentTexts) ?? "";
}
// dist/formats/codex/bare-items.js
function classifyBareItem(value) {
	const { item, label, known, invalid } = classifyResponseItem(value, "");
	return {
		label,
		known,
		items: [item],
		...invalid && { invalid }
	};
}
const timestampOf = (value) => {
	const timestamp = value.timestamp;
	return typeof timestamp === "string" ? timestamp : void 0;
};
const itself = (record) => record;
/** A bare item's output line, retyped. */
const retypeBareOutput = defineRewrite("codex/retype-bare-output", (line, kind, callItemId) => retypeOutputLine(line, kind, itself, callItemId ?? void 0));
/** A bare session header: `{"id", "timestamp", "instructions"?, …}` without a `type`. */
function isBareMeta(record) {
	return record.type === void 0 && typeof record.id === "string" && typeof record.timestamp === "string";
}
/**
* The Rust generations before the envelope (≈ May–Sept 2025): a bare SessionMeta first line, then
* bare ResponseItems, `{"record_type":"state"}` snapshots, and the short-lived `record_type`-tagged
* lines. Current Codex cannot resume these (codex-rollout-format §2.5).
*/
const codexLegacy = {
	name: "codex-legacy",
	description: "Codex CLI rollout in the legacy format of 2025 (bare items)",
	words: CODEX_WORDS,
	requiresHeader: false,
	legacy: true,
	matches: (value) => {
		const record = value;
		return typeof record.record_type === "string" || isBareMeta(record);
	},
	classify: (value) => {
		const record = value;
		const tag = record.record_type;
		if (tag === "session_meta" || tag === "prev_session_meta" || tag === void 0 && isBareMeta(record)) return {
			label: "session_meta",
			known: true,
			items: [],
			header: { paginated: false }
		};
		if (tag === "state") return {
			label: "state",
			known: true,
			items: []
		};
		if (tag === "event") return {
			label: "event",
			known: true,
			items: []
		};
		if (tag === void 0 || tag === "response") return classifyBareItem(value);
		return {
			label: String(tag),
			known: false,
			items: []
		};
	},
	timestampOf,
	renderPlaceholder: (call, options) => JSON.stringify(placeholderItem(call, options)),
	retypeOutput: retypeBareOutput,
	withOrdinal: withOrdinalLine,
	createHistory: (emit, options) => new CodexHistory(codexLegacy, emit, options)
};
/** A plain list of Responses API input items, one per line (datasets, exports). */
const responsesItems = {
	name: "responses",
	description: "One OpenAI Responses API item per line",
	words: CODEX_WORDS,
	requiresHeader: false,
	legacy: false,
	matches: (value) => isResponseItemType(value.type) && !("payload" in value),
	classify: classifyBareItem,
	timestampOf,
	renderPlaceholder: (call, options) => JSON.stringify(placeholderItem(call, options)),
	retypeOutput: retypeBareOutput,
	withOrdinal: withOrdinalLine,
	createHistory: (emit, options) => new CodexHistory(responsesItems, emit, options)
};
// dist/formats/codex/event-types.js
/**
* The event_msg payload types Codex writes to a rollout and reads back: the persisted allowlist of
* `should_persist_event_msg` (codex-rs/rollout/src/policy.rs), the wire aliases of the turn events, and
* those seen in files written by 0.169.0 and 0.171.0. Codex skips an event of any other type on resume;
* as the last record it makes Codex reuse that record's ordinal (rule ordinal-reuse).
*/
const KNOWN_EVENT_TYPES = /* @__PURE__ */ new Set([
	"user_message",
	"agent_message",
	"agent_reasoning",
	"agent_reasoning_raw_content",
	"patch_apply_end",
	"token_count",
	"thread_goal_updated",
	"context_compacted",
	"entered_review_mode",
	"exited_review_mode",
	"mcp_tool_call_end",
	"thread_rolled_back",
	"turn_aborted",
	"task_started",
	"turn_started",
	"task_complete",
	"turn_complete",
	"web_search_end",
	"image_generation_end",
	"sub_agent_activity",
	"item_completed",
	"thread_settings_applied"
]);
// dist/formats/codex/json-dialect.js
/**
* What Codex's JSON reader (serde_json) rejects in a rollout line that `JSON.parse` accepts, as measured
* against Codex 0.169.0 and 0.171.0 (test/e2e/codex-json-reader.e2e.test.ts). Codex drops such a line
* without a log line: a call or output in it vanishes from the model's history, a session_meta in it
* makes the session impossible to resume.
* - nesting deeper than 127 levels, anywhere in the line;
* - an integer literal outside [-2^63, 2^64 - 1], anywhere (floats of any size are taken);
* - a lone surrogate escape (`"\ud800"`, `"\udc00\ud800"`) in any string or key, unknown fields included.
*/
const CODEX_JSON_DIALECT = {
	reader: "Codex's JSON reader",
	maxDepth: 127,
	int64: true,
	loneSurrogates: true
};
// dist/formats/codex/forks.js
/**
* Codex forks: `codex exec fork <id>` writes a child rollout that holds none of its parent's items. It
* reads them from the parent's file, from its start up to `session_meta.payload.history_base
* .end_byte_offset`, every time it is resumed. So a parent's bytes before any child's cutoff must never
* move, and a child whose parent is gone or shorter than its cutoff cannot be resumed at all
* ("cutoff byte offset is past the source rollout"). This is the only Codex code that reads other files:
* the folders of the Codex home a rollout lives in (`sessions/`, `archived_sessions/`).
*/
const SESSION_FOLDERS = ["sessions", "archived_sessions"];
/** Plain and compressed: Codex 0.171 compresses rollouts older than 7 days, and reads a fork's parent from its .zst. */
const ROLLOUT_NAME = /^rollout-.*\.jsonl(?:\.zst)?$/;
const SESSION_ID_IN_NAME = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_[^.]*)?\.jsonl(?:\.zst)?$/;
const LF$3 = 10;
/** The session_meta line is a few tens of KiB (base instructions); no first line is read past this. */
const MAX_FIRST_LINE = 4 << 20;
/** A session_meta payload's fields that name its fork origin, by path within the payload. */
const FORK_PATHS = {
	base: "history_base",
	parentId: "history_base.thread_id",
	cutoff: "history_base.end_byte_offset",
	forkedFrom: "forked_from_id"
};
/** The paths of the fork fields at `prefix`. */
const forkPaths = (prefix) => Object.values(FORK_PATHS).map((path) => `${prefix}${path}`);
/** The fork fields in a list that asked for forkPaths(prefix). */
function forkFields(list, prefix) {
	return Object.fromEntries(Object.entries(FORK_PATHS).map(([key, path]) => [key, list.of(`${prefix}${path}`)]));
}
/** The fork origin a session_meta names, if it is a fork: from its scanned fields or, through fieldsOf, its parsed payload. */
function forkOriginOfFields(fields, at) {
	const base = fields.kind(at.base);
	const parentId = base === "object" || base === "array" ? fields.string(at.parentId) : void 0;
	if (parentId !== void 0) {
		const cutoff = fields.number(at.cutoff);
		return {
			parentId,
			...cutoff !== void 0 && Number.isSafeInteger(cutoff) && cutoff >= 0 && { cutoff }
		};
	}
	const forkedFrom = fields.string(at.forkedFrom);
	return forkedFrom === void 0 ? void 0 : { parentId: forkedFrom };
}
const PAYLOAD_FIELDS = new FieldList(forkPaths(""));
const IN_PAYLOAD = forkFields(PAYLOAD_FIELDS, "");
/** The fork origin in a parsed session_meta payload, if it is a fork. */
const forkOriginOf = (payload) => forkOriginOfFields(fieldsOf(payload, PAYLOAD_FIELDS), IN_PAYLOAD);
/** The Codex home a rollout is in: the parent of the nearest `sessions/` or `archived_sessions/` above it. */
function codexHomeOf(path) {
	for (let folder = (0, node_path.dirname)(path);; folder = (0, node_path.dirname)(folder)) {
		if (SESSION_FOLDERS.includes((0, node_path.basename)(folder))) return (0, node_path.dirname)(folder);
		if ((0, node_path.dirname)(folder) === folder) return void 0;
	}
}
/** The session id in a canonical rollout name, if any. */
function sessionIdInName(path) {
	return ROLLOUT_NAME.test((0, node_path.basename)(path)) ? SESSION_ID_IN_NAME.exec((0, node_path.basename)(path))?.[1] : void 0;
}
/**
* The first line of a plain file, parsed as a record; undefined when it is not one. Read with synchronous
* calls: fix reads the first line of every rollout of a Codex home once per run, and a regular file answers
* at once, while a thread-pool round trip per call does not.
*/
function firstRecordOfPlain(path) {
	let fd;
	try {
		fd = (0, node_fs.openSync)(path, "r");
	} catch {
		return;
	}
	try {
		const chunks = [];
		let length = 0;
		for (;;) {
			const chunk = Buffer.alloc(65536);
			const bytesRead = (0, node_fs.readSync)(fd, chunk, 0, chunk.length, length);
			const end = chunk.subarray(0, bytesRead).indexOf(LF$3);
			chunks.push(chunk.subarray(0, end >= 0 ? end : bytesRead));
			length += bytesRead;
			if (end >= 0 || bytesRead === 0 || length > MAX_FIRST_LINE) break;
		}
		return recordOf(Buffer.concat(chunks));
	} catch {
		return;
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
/** The first line of a rollout, plain or compressed (as Codex reads it), parsed as a record; undefined when it is not one. */
async function firstRecord(path) {
	if (!isCompressed(path)) return firstRecordOfPlain(path);
	const chunks = [];
	let length = 0;
	try {
		for await (const chunk of readChunks(path)) {
			const end = chunk.indexOf(LF$3);
			chunks.push(Buffer.from(chunk.subarray(0, end >= 0 ? end : chunk.length)));
			length += chunk.length;
			if (end >= 0 || length > MAX_FIRST_LINE) break;
		}
	} catch {
		return;
	}
	return recordOf(Buffer.concat(chunks));
}
function recordOf(line) {
	try {
		const value = JSON.parse(line.toString("utf8").replace(/^\uFEFF/, ""));
		return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
	} catch {
		return;
	}
}
/**
* How a rollout's bytes as Codex reads them (decompressed, for a .jsonl.zst) stand at `cutoff`: how many
* there are up to it (all of them, when fewer), and the last of those; undefined when it cannot be read.
* Synchronous for a plain file (a stat and a one-byte read, asked of every fork of a home); a compressed
* one is decoded up to the cutoff.
*/
async function prefixAt(path, cutoff) {
	if (!isCompressed(path)) {
		let fd;
		try {
			const bytes = Math.min((0, node_fs.statSync)(path).size, cutoff);
			fd = (0, node_fs.openSync)(path, READ_FLAGS);
			const byte = Buffer.alloc(1);
			return {
				bytes,
				last: bytes > 0 && (0, node_fs.readSync)(fd, byte, 0, 1, bytes - 1) === 1 ? byte[0] : void 0
			};
		} catch {
			return;
		} finally {
			if (fd !== void 0) (0, node_fs.closeSync)(fd);
		}
	}
	let bytes = 0;
	let last;
	try {
		for await (const chunk of readChunks(path)) {
			const taken = Math.min(chunk.length, cutoff - bytes);
			if (taken > 0) last = chunk[taken - 1];
			bytes += taken;
			if (bytes >= cutoff) break;
		}
	} catch {
		return;
	}
	return {
		bytes,
		last
	};
}
/** The fork origin of a rollout file, from its first record (a session_meta). */
async function forkOriginOfFile(path) {
	const record = await firstRecord(path);
	const payload = record?.type === "session_meta" ? record.payload : void 0;
	return typeof payload === "object" && payload !== null ? forkOriginOf(payload) : void 0;
}
/**
* A listing younger than this is listed again: file times move in coarse ticks, so a rollout written in the
* tick the folder was listed in could leave its mtime as it was.
*/
const SETTLED_MS = 2e3;
/**
* The rollouts under a folder, from the run's listings where a folder's mtime says nothing was added or
* removed since (a Codex home is looked at for every rollout fix repairs in it). Synchronous calls: a
* folder's stat and listing answer at once.
*/
function rolloutsUnder(folder, into, listings) {
	let mtimeMs;
	try {
		mtimeMs = (0, node_fs.statSync)(folder).mtimeMs;
	} catch {
		return;
	}
	let listing = listings.get(folder);
	if (listing?.mtimeMs !== mtimeMs || Date.now() - mtimeMs < SETTLED_MS) {
		let entries;
		try {
			entries = (0, node_fs.readdirSync)(folder, { withFileTypes: true });
		} catch {
			return;
		}
		const folders = [];
		const rollouts = [];
		for (const entry of entries) if (entry.isDirectory()) folders.push((0, node_path.join)(folder, entry.name));
		else if (entry.isFile() && ROLLOUT_NAME.test(entry.name)) rollouts.push((0, node_path.join)(folder, entry.name));
		listings.set(folder, listing = {
			mtimeMs,
			folders,
			rollouts
		});
	}
	for (const rollout of listing.rollouts) into.push(rollout);
	for (const sub of listing.folders) rolloutsUnder(sub, into, listings);
}
/** Every rollout of a Codex home, live and archived. */
function rolloutsOf(home, listings) {
	const paths = [];
	for (const folder of SESSION_FOLDERS) rolloutsUnder((0, node_path.join)(home, folder), paths, listings);
	return paths;
}
/**
* What each run looked at. A fix of many rollouts in one Codex home asks for the forks of each, and
* reading every other rollout's first line again for each (a home of 5,000, 200 of them damaged: a
* million reads, two minutes) cost far more than the repairs; a check of its forks looked for each one's
* parent through the whole home (1,000 forks: 24 s instead of 1). A rollout's first line never changes
* (Codex writes it once), so a run reads it once; a folder is listed again when its mtime moved, so that a
* fork written meanwhile is found.
*/
const memories = /* @__PURE__ */ new WeakMap();
function memoryOf(run) {
	let memory = memories.get(run);
	if (!memory) memories.set(run, memory = {
		listings: /* @__PURE__ */ new Map(),
		rollouts: /* @__PURE__ */ new Map(),
		sessions: /* @__PURE__ */ new Map()
	});
	return memory;
}
/** What the run knows of a rollout, its session id (from its name) at least. */
function knownRollout(memory, path) {
	let known = memory.rollouts.get(path);
	if (!known) memory.rollouts.set(path, known = { sessionId: sessionIdInName(path) });
	return known;
}
/**
* The forks of a rollout in its Codex home: rollouts (plain or compressed) whose session_meta names this
* session as the one they were forked from. `run` stands for the run (the same object for every file of
* one fix).
*/
async function forksOf(path, sessionId, run) {
	const home = codexHomeOf(path);
	if (!home) return [];
	const memory = memoryOf(run);
	const forks = [];
	for (const candidate of rolloutsOf(home, memory.listings)) {
		const known = knownRollout(memory, candidate);
		if (known.sessionId === sessionId) continue;
		if (known.origin === void 0) known.origin = await forkOriginOfFile(candidate) ?? null;
		if (known.origin?.parentId === sessionId) forks.push({
			path: candidate,
			...known.origin.cutoff !== void 0 && { cutoff: known.origin.cutoff }
		});
	}
	return forks;
}
/**
* The parent rollout of a fork, found by the session id in its name, in the fork's Codex home: the first
* such rollout, live before archived, and a plain one before a compressed one (Codex reads
* rollout-….jsonl before its .zst). The run's index of the home is trusted while the rollout it names is
* still there (and, for a .zst, no plain one was written beside it), and made again otherwise (a parent
* archived, or not found).
*/
function parentOf(forkPath, parentId, run) {
	const home = codexHomeOf(forkPath);
	if (!home) return void 0;
	const memory = memoryOf(run);
	const indexed = memory.sessions.get(home)?.get(parentId);
	if (indexed !== void 0 && isFile(indexed) && !(isCompressed(indexed) && isFile(plainOf(indexed)))) return indexed;
	const index = /* @__PURE__ */ new Map();
	for (const rollout of rolloutsOf(home, memory.listings)) {
		const { sessionId } = knownRollout(memory, rollout);
		if (sessionId === void 0) continue;
		const first = index.get(sessionId);
		if (first === void 0 || isCompressed(first) && !isCompressed(rollout)) index.set(sessionId, rollout);
	}
	memory.sessions.set(home, index);
	return index.get(parentId);
}
const plainOf = (path) => path.slice(0, -4);
function isFile(path) {
	try {
		return (0, node_fs.statSync)(path).isFile();
	} catch {
		return false;
	}
}
// dist/checking/diagnostic.js
const SEVERITY_RANK = {
	error: 2,
	warning: 1,
	info: 0
};
/**
* A message quotes text from the file (types, tool names, call ids); its control characters (a line break,
* a terminal escape) would break one-line reports or drive the terminal, and its invisible format characters
* (bidirectional overrides and isolates, zero-width characters, the BOM) would make `call_\u202egnp.exe`
* read as `call_exe.png`: all are written as escapes.
*/
function printable(text) {
	if (isPlainAscii(text)) return text;
	return text.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, (char) => char < " " ? JSON.stringify(char).slice(1, -1) : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/** Only printable ASCII (the usual message): nothing to escape, and a loop is far cheaper than the regular expression. */
function isPlainAscii(text) {
	for (let index = 0; index < text.length; index += 1) {
		const code = text.charCodeAt(index);
		if (code < 32 || code > 126) return false;
	}
	return true;
}
/** `1 file`, `2 files`; `words` for an irregular plural. */
const plural = (count, word, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;
// dist/formats/codex/rules/fork-parent-missing.js
/**
* Its check reads other files (the fork's parent), so it runs at the edges, in src/formats/codex/links.ts
* (FileLinks.check): the per-file hooks are empty.
*/
var fork_parent_missing_default = defineRule({
	name: "fork-parent-missing",
	code: "SD309",
	severity: "error",
	fixable: false,
	summary: "A fork's parent rollout is missing, or no longer holds what the fork reads.",
	explanation: "`codex exec fork` writes a child rollout that holds none of its parent's items: on every resume it reads them from the parent's file, from its start up to session_meta.payload.history_base.end_byte_offset (of the decompressed bytes, when Codex has compressed the parent to .jsonl.zst; a plain rollout beside it is read first). If the parent is gone from the Codex home (sessions/, archived_sessions/) or shorter than that offset, Codex cannot resume the fork (\"cutoff byte offset is past the source rollout\"); if the byte before the offset no longer ends a line, the parent was edited before it and the fork silently sees a different history. fix cannot repair this: restore the parent from its backup. session-doctor itself never moves a byte of a parent before any fork's offset.",
	create: () => ({})
});
// dist/formats/codex/links.js
const LF$2 = 10;
/** How Codex rollouts depend on each other: a fork reads its parent's file up to a byte offset. */
const codexLinks = {
	rule: fork_parent_missing_default.name,
	async check(path, history, run) {
		const origin = history instanceof CodexHistory ? history.forkOrigin : void 0;
		if (!origin) return [];
		const parent = parentOf(path, origin.parentId, run);
		if (!parent) {
			const where = codexHomeOf(path);
			return [{
				line: 1,
				message: `This rollout is a fork of session ${origin.parentId}, whose rollout is not in ${where ? `this Codex home (${where}: sessions/, archived_sessions/)` : "a Codex home"}. The fork holds none of its parent's history and reads it from that file: Codex cannot resume it.`
			}];
		}
		if (origin.cutoff === void 0 || origin.cutoff === 0) return [];
		const prefix = await prefixAt(parent, origin.cutoff);
		if (prefix === void 0) return [];
		if (prefix.bytes < origin.cutoff) return [{
			line: 1,
			message: `This fork reads its parent ${(0, node_path.basename)(parent)} up to byte ${origin.cutoff}, but the parent now has ${plural(prefix.bytes, "byte")} (truncated or rewritten): Codex cannot resume the fork ("cutoff byte offset is past the source rollout").`
		}];
		if (prefix.last !== LF$2) return [{
			line: 1,
			message: `This fork reads its parent ${(0, node_path.basename)(parent)} up to byte ${origin.cutoff}, which no longer ends a line: the parent was edited before that offset, so the fork's history now ends in the middle of a record and has lost or gained records without a word from Codex.`
		}];
		return [];
	},
	async pinnedPrefix(path, run) {
		const record = await firstRecord(path);
		const payload = record?.type === "session_meta" ? record.payload : void 0;
		const sessionId = typeof payload?.id === "string" ? payload.id : void 0;
		if (!sessionId) return void 0;
		const forks = await forksOf(path, sessionId, run);
		if (forks.length === 0) return void 0;
		const whole = forks.some((fork) => fork.cutoff === void 0) ? (await prefixAt(path, Number.POSITIVE_INFINITY))?.bytes : void 0;
		const bytes = Math.max(...forks.map((fork) => fork.cutoff ?? whole ?? Number.MAX_SAFE_INTEGER));
		const names = forks.map((fork) => (0, node_path.basename)(fork.path)).join(", ");
		const one = forks.length === 1;
		return {
			bytes,
			reason: `${names} ${one ? "is a fork" : "are forks"} of this session and read${one ? "s" : ""} this file up to byte ${bytes}; this repair would move bytes before that offset, and the fork${one ? "" : "s"} would silently lose the records pushed past it. Left as it is (Codex repairs it in memory on resume); the fork is unaffected.`
		};
	}
};
// dist/formats/codex/envelope.js
/** Top-level `type`s of the current envelope, all generations (codex-rollout-format §2.1). */
const KNOWN_TYPES$1 = /* @__PURE__ */ new Set([
	"session_meta",
	"response_item",
	"compacted",
	"turn_context",
	"event_msg",
	"inter_agent_communication",
	"inter_agent_communication_metadata",
	"world_state",
	"token_usage_record",
	"retained_context",
	"security_risk_score",
	"realtime_item",
	"rollout_reference"
]);
/** A type of the current envelope's records. */
function isCodexEnvelopeType(type) {
	return typeof type === "string" && KNOWN_TYPES$1.has(type);
}
const TURN_STARTS = /* @__PURE__ */ new Set(["task_started", "turn_started"]);
const TURN_ENDS = /* @__PURE__ */ new Set([
	"task_complete",
	"turn_complete",
	"turn_aborted"
]);
const BAD_ORDINAL = "ordinal must be a non-negative integer";
const NOTHING_MORE = {};
const NEEDS_TIMESTAMP_AND_PAYLOAD = { invalid: "a record needs a string timestamp and an object payload" };
function ordinalOf(ordinal) {
	if (ordinal === void 0) return void 0;
	return typeof ordinal === "number" && Number.isSafeInteger(ordinal) && ordinal >= 0 ? ordinal : null;
}
/**
* Every info this format makes has the same properties in the same order, absent ones undefined: one
* object shape keeps the property reads of the checker and the rules fast on hundreds of thousands of
* records. A reason in `more` replaces an invalid ordinal's.
*/
function info$1(base, label, known, items, more = NOTHING_MORE) {
	return {
		label,
		known,
		items,
		ordinal: base ?? void 0,
		invalid: more.invalid || (base === null ? BAD_ORDINAL : void 0),
		header: more.header,
		replacesHistory: more.replacesHistory,
		rollsBack: more.rollsBack,
		turn: more.turn
	};
}
/**
* Makes `prefix/type` labels once per type: a file repeats a handful of types hundreds of thousands of
* times. Bounded, as a file may hold any number of distinct types.
*/
function labeller(prefix) {
	const made = /* @__PURE__ */ new Map();
	return (type) => {
		let label = made.get(type);
		if (label === void 0) {
			label = `${prefix}${type}`;
			if (made.size < 256) made.set(type, label);
		}
		return label;
	};
}
const itemLabel = labeller("response_item/");
function classifyEnvelope(value) {
	const record = value;
	const type = record.type;
	const payload = record.payload;
	const base = ordinalOf(record.ordinal);
	if (typeof type !== "string") return info$1(base, "record", false, []);
	if (!KNOWN_TYPES$1.has(type)) return info$1(base, type, false, []);
	if (typeof record.timestamp !== "string" || typeof payload !== "object" || payload === null) return info$1(base, type, true, [], NEEDS_TIMESTAMP_AND_PAYLOAD);
	switch (type) {
		case "session_meta": return info$1(base, type, true, [], {
			header: {
				paginated: payload.history_mode === "paginated",
				...typeof payload.id === "string" && { sessionId: payload.id },
				forkOf: forkOriginOf(payload)
			},
			invalid: sessionMetaIssue(payload)
		});
		case "response_item": {
			const { item, label, known, invalid } = classifyResponseItem(payload);
			return info$1(base, itemLabel(label), known, itemsOf(item), invalid === void 0 ? NOTHING_MORE : { invalid });
		}
		case "compacted": return classifyCompacted(payload, base);
		case "event_msg": return classifyEvent(payload, base);
		default: return classifyOtherType(type, base);
	}
}
function classifyCompacted(payload, base) {
	const invalid = compactedIssue(payload);
	if (invalid !== void 0) return info$1(base, "compacted", true, [], { invalid });
	const history = payload.replacement_history;
	if (!history) return info$1(base, "compacted", true, []);
	const replaced = [];
	let itemInvalid;
	history.forEach((entry, index) => {
		const classified = classifyResponseItem(entry, `payload.replacement_history.${index}`);
		replaced.push(classified.item);
		itemInvalid ??= classified.invalid;
	});
	return info$1(base, "compacted", true, [], {
		replacesHistory: replaced,
		invalid: itemInvalid
	});
}
function classifyEvent(payload, base) {
	const event = typeof payload.type === "string" ? payload.type : "unknown";
	if (event === "thread_rolled_back") {
		const label = `event_msg/${event}`;
		const invalid = threadRolledBackIssue(payload);
		if (invalid !== void 0) return info$1(base, label, true, [], { invalid });
		return info$1(base, label, true, [], { rollsBack: payload.num_turns });
	}
	return classifyOtherEvent(event, base);
}
const TURN_START = { turn: "start" };
const TURN_END = { turn: "end" };
const eventTypes = /* @__PURE__ */ new Map();
/** Every event but a rollback: its type is all that matters. */
function classifyOtherEvent(event, base) {
	let type = eventTypes.get(event);
	if (type === void 0) {
		const label = `event_msg/${event}`;
		type = TURN_STARTS.has(event) ? {
			label,
			known: true,
			items: [],
			more: TURN_START
		} : TURN_ENDS.has(event) ? {
			label,
			known: true,
			items: [],
			more: TURN_END
		} : event === "user_message" ? {
			label,
			known: true,
			items: [{ role: "user-message" }],
			more: NOTHING_MORE
		} : {
			label,
			known: KNOWN_EVENT_TYPES.has(event),
			items: [],
			more: NOTHING_MORE
		};
		if (eventTypes.size < 256) eventTypes.set(event, type);
	}
	return info$1(base, type.label, type.known, type.items, type.more);
}
/** The known types whose payload does not matter. */
function classifyOtherType(type, base) {
	return info$1(base, type, true, type === "inter_agent_communication" ? [{ role: "user-message" }] : []);
}
const FIELDS$1 = new FieldList([
	"type",
	"ordinal",
	"timestamp",
	"payload",
	"payload.history_mode",
	...itemPaths("payload."),
	...forkPaths("payload.")
], { distinct: ["timestamp", ...distinctItemPaths("payload.")] });
const [TYPE$1, ORDINAL, TIMESTAMP$1, PAYLOAD$1, HISTORY_MODE] = [
	"type",
	"ordinal",
	"timestamp",
	"payload",
	"payload.history_mode"
].map((path) => FIELDS$1.of(path));
const PAYLOAD_ITEM = itemFields(FIELDS$1, "payload.");
const PAYLOAD_FORK = forkFields(FIELDS$1, "payload.");
/**
* classifyEnvelope's twin for scanned fields (the checker's fast path): the same result, or undefined
* for the records whose schema or content needs the parsed value (compacted, rollbacks, an invalid
* session_meta, and the items classifyScannedItem leaves to the parser).
*/
function classifyScannedEnvelope(fields) {
	const ordinalKind = fields.kind(ORDINAL);
	const base = ordinalOf(ordinalKind === "absent" ? void 0 : ordinalKind === "number" ? fields.number(ORDINAL) : null);
	const type = fields.string(TYPE$1);
	if (type === void 0) return info$1(base, "record", false, []);
	if (!KNOWN_TYPES$1.has(type)) return info$1(base, type, false, []);
	const payload = fields.kind(PAYLOAD$1);
	if (fields.kind(TIMESTAMP$1) !== "string" || payload !== "object" && payload !== "array") return info$1(base, type, true, [], NEEDS_TIMESTAMP_AND_PAYLOAD);
	switch (type) {
		case "response_item": {
			const classified = payload === "object" ? classifyScannedItem(fields, PAYLOAD_ITEM) : void 0;
			if (!classified) return void 0;
			return info$1(base, itemLabel(classified.label), classified.known, itemsOf(classified.item), classified.invalid === void 0 ? NOTHING_MORE : { invalid: classified.invalid });
		}
		case "session_meta": {
			if (payload !== "object" || !sessionMetaValid(fields, PAYLOAD_ITEM.id, HISTORY_MODE)) return void 0;
			const id = fields.string(PAYLOAD_ITEM.id);
			return info$1(base, type, true, [], { header: {
				paginated: fields.string(HISTORY_MODE) === "paginated",
				...id !== void 0 && { sessionId: id },
				forkOf: forkOriginOfFields(fields, PAYLOAD_FORK)
			} });
		}
		case "compacted": return;
		case "event_msg": {
			const event = fields.string(PAYLOAD_ITEM.type) ?? "unknown";
			return event === "thread_rolled_back" ? void 0 : classifyOtherEvent(event, base);
		}
		default: return classifyOtherType(type, base);
	}
}
const envelopeScan = {
	fields: FIELDS$1,
	classify: classifyScannedEnvelope,
	matches: (fields) => fields.kind(TYPE$1) === "string" && fields.kind(PAYLOAD$1) !== "absent" && fields.kind(TIMESTAMP$1) !== "absent",
	timestampOf: (fields) => fields.string(TIMESTAMP$1)
};
const payloadOf = (record) => record.payload;
/** The current envelope: `{"timestamp","ordinal"?,"type","payload"}` per line (Sept 2025 on). */
const codexEnvelope = {
	name: "codex",
	description: "Codex CLI rollout, current envelope ({timestamp, ordinal?, type, payload})",
	words: CODEX_WORDS,
	requiresHeader: true,
	legacy: false,
	matches: (value) => {
		const record = value;
		return typeof record.type === "string" && "payload" in record && "timestamp" in record;
	},
	classify: classifyEnvelope,
	timestampOf: (value) => {
		const timestamp = value.timestamp;
		return typeof timestamp === "string" ? timestamp : void 0;
	},
	scan: envelopeScan,
	dialect: CODEX_JSON_DIALECT,
	links: codexLinks,
	renderPlaceholder: (call, options) => JSON.stringify({
		timestamp: call.timestamp ?? (/* @__PURE__ */ new Date()).toISOString(),
		type: "response_item",
		payload: placeholderItem(call, options)
	}),
	retypeOutput: defineRewrite("codex/retype-output", (line, kind, callItemId) => retypeOutputLine(line, kind, payloadOf, callItemId ?? void 0)),
	withOrdinal: withOrdinalLine,
	createHistory: (emit, options) => new CodexHistory(codexEnvelope, emit, options)
};
// dist/formats/json-spans.js
/**
* Where values sit in the text of a JSON document that JSON.parse accepts, so that a repair can cut or
* replace one value's bytes and keep every other byte, however the writer spaced the document.
*/
const isSpace = (char) => char === " " || char === "\n" || char === "\r" || char === "	";
function skipSpace(text, at) {
	while (isSpace(text[at])) at += 1;
	return at;
}
/** The index just past the string whose opening quote is at `at`. */
function stringEnd(text, at) {
	for (let i = at + 1; i < text.length; i += 1) if (text[i] === "\\") i += 1;
	else if (text[i] === "\"") return i + 1;
	return text.length;
}
/** The index just past the value that starts at `at` (no space before it). */
function valueEnd(text, at) {
	const first = text[at];
	if (first === "\"") return stringEnd(text, at);
	if (first !== "{" && first !== "[") {
		let i = at;
		while (i < text.length && !isSpace(text[i]) && text[i] !== "," && text[i] !== "}" && text[i] !== "]") i += 1;
		return i;
	}
	let depth = 0;
	for (let i = at; i < text.length; i += 1) {
		const char = text[i];
		if (char === "\"") i = stringEnd(text, i) - 1;
		else if (char === "{" || char === "[") depth += 1;
		else if ((char === "}" || char === "]") && --depth === 0) return i + 1;
	}
	return text.length;
}
/** The spans of the members' values of the object at `at`, by key: of a key written twice, the last (as JSON.parse keeps it). */
function memberSpans(text, at) {
	const members = /* @__PURE__ */ new Map();
	let i = skipSpace(text, at + 1);
	while (text[i] === "\"") {
		const keyEnd = stringEnd(text, i);
		const key = JSON.parse(text.slice(i, keyEnd));
		const start = skipSpace(text, skipSpace(text, keyEnd) + 1);
		const end = valueEnd(text, start);
		members.set(key, {
			start,
			end
		});
		i = skipSpace(text, end);
		if (text[i] === ",") i = skipSpace(text, i + 1);
	}
	return members;
}
/** The spans of the elements of the array at `at`, in order. */
function elementSpans(text, at) {
	const elements = [];
	let i = skipSpace(text, at + 1);
	while (i < text.length && text[i] !== "]") {
		const end = valueEnd(text, i);
		elements.push({
			start: i,
			end
		});
		i = skipSpace(text, end);
		if (text[i] === ",") i = skipSpace(text, i + 1);
	}
	return elements;
}
/** The span of the value at `path` (object keys) in the JSON text `text`; undefined when a step is missing or not an object. */
function valueSpan(text, path) {
	let span = {
		start: skipSpace(text, 0),
		end: text.length
	};
	for (const key of path) {
		if (text[span.start] !== "{") return void 0;
		const member = memberSpans(text, span.start).get(key);
		if (!member) return void 0;
		span = member;
	}
	return span;
}
// dist/formats/claude-code/relink.js
/**
* Points a line's parentUuid at another entry (or makes it a root), keeping every other byte. A line that
* already points there is kept (two repairs that take out one line both re-link its children).
*/
function relinkParent(line, from, to) {
	const relinked = verifiedReplace(line, memberValue("parentUuid", JSON.stringify(from)), JSON.stringify(to), (entry) => ({
		...entry,
		parentUuid: to
	}));
	if (relinked || from === to) return relinked;
	return parsed(line.toString("utf8"))?.parentUuid === to ? line : void 0;
}
/** Re-parents a tool_result line onto its tool_use's line: parentUuid, and sourceToolAssistantUUID when it has one. */
function reparentResult(line, from, to) {
	const relinked = relinkParent(line, from, to);
	if (!relinked) return void 0;
	const source = JSON.parse(relinked.toString("utf8")).sourceToolAssistantUUID;
	if (typeof source !== "string" || source === to) return relinked;
	return verifiedReplace(relinked, memberValue("sourceToolAssistantUUID", JSON.stringify(source)), JSON.stringify(to), (original) => ({
		...original,
		sourceToolAssistantUUID: to
	}));
}
/**
* Takes a tool_result block out of a user line that holds other blocks too: the last one that answers
* `toolUseId` (of two answers on one line, the later is the extra one). The block's own bytes are cut out
* with the comma and spaces between it and its neighbour, however the line is spaced; verified, else the
* line is written again from its parsed value (key order kept).
*/
function withoutResultBlock(line, toolUseId) {
	const text = line.toString("utf8");
	const entry = JSON.parse(text);
	const message = entry.message;
	if (!message || !Array.isArray(message.content)) return void 0;
	const content = message.content;
	const index = content.findLastIndex((block) => block?.type === "tool_result" && block.tool_use_id === toolUseId);
	if (index < 0) return void 0;
	content.splice(index, 1);
	const array = valueSpan(text, ["message", "content"]);
	const blocks = array && text[array.start] === "[" ? elementSpans(text, array.start) : [];
	if (blocks.length === content.length + 1) {
		const from = index > 0 ? blocks[index - 1].end : blocks[index].start;
		const to = index > 0 || blocks.length === 1 ? blocks[index].end : blocks[index + 1].start;
		const edited = text.slice(0, from) + text.slice(to);
		if ((0, node_util.isDeepStrictEqual)(parsed(edited), entry)) return Buffer.from(edited, "utf8");
	}
	return Buffer.from(JSON.stringify(entry), "utf8");
}
/**
* Gives the first content block whose `key` (a tool_use's id, a tool_result's tool_use_id) is `from` the id
* `to`, verified. Only the first: of two answers on one line the later is the extra one, which its removal
* takes out (withoutResultBlock), before or after this.
*/
function renameToolId(line, key, from, to) {
	return verifiedReplace(line, memberValue(key, JSON.stringify(from)), JSON.stringify(to), (original) => {
		const entry = original;
		const message = entry.message;
		if (!message || !Array.isArray(message.content)) return void 0;
		const content = [...message.content];
		const index = content.findIndex((block) => block?.[key] === from);
		if (index < 0) return void 0;
		content[index] = {
			...content[index],
			[key]: to
		};
		return {
			...entry,
			message: {
				...message,
				content
			}
		};
	});
}
function parsed(text) {
	try {
		return JSON.parse(text);
	} catch {
		return;
	}
}
/** The edits that make these rewrites of a line. */
const relinkParentEdit = defineRewrite("claude-code/relink-parent", relinkParent);
const reparentResultEdit = defineRewrite("claude-code/reparent-result", reparentResult);
const withoutResultBlockEdit = defineRewrite("claude-code/without-result-block", withoutResultBlock);
const renameToolIdEdit = defineRewrite("claude-code/rename-tool-id", renameToolId);
// dist/formats/claude-code/findings.js
/**
* Whether fix re-parents a not-adjacent result onto its tool_use line: it does not hang off it already, its
* line holds no other block, it does not hang off a later-turn result (heldBy), and it sits in the call's turn
* or its children can be re-linked (moved from a later turn without them, it would take the turns between off
* the conversation).
*/
function isMovable(finding) {
	return finding.parentUuid !== finding.callUuid && finding.blocks === 1 && finding.heldBy === void 0 && (!finding.laterTurn || finding.children !== void 0);
}
/** The rewrite that re-parents a not-adjacent result's line onto its tool_use's line. */
const moveEdit = (finding) => reparentResultEdit(finding.output.line, finding.parentUuid, finding.callUuid);
/** The rewrites of a not-adjacent result's move: its line, and the lines after it (re-linked to `children.to`). */
function moveEdits(finding) {
	const children = finding.children;
	return [moveEdit(finding), ...(children?.lines ?? []).map((line) => relinkParentEdit(line, children.uuid, children.to))];
}
/** The re-links the removals below a moved later-turn result make (children.removed), which its move needs. */
function removedRelinks(finding) {
	const children = finding.children;
	return (children?.removed ?? []).map(({ line, from }) => relinkParentEdit(line, from, children.to));
}
function isClaudeFinding(finding, kind) {
	return finding.type === "format" && finding.kind === kind;
}
/** session-doctor's namespace for the uuids of the result lines it writes: the same call always gets the same line. */
const PLACEHOLDER_NAMESPACE = "2f6d4a8e-4b0c-5c1e-9a3d-7e5f1b2c3d4e";
/**
* The user line that answers an unanswered tool_use as 2.1.332's own repair does: a tool_result with
* the interrupted text and is_error, toolDenialKind "interrupted", hanging off the tool_use's line
* (parentUuid and sourceToolAssistantUUID), with that line's envelope, 1 ms after its timestamp: never
* the same instant, so a missing parent later on still has one nearest earlier entry to bridge to.
*/
function placeholderLine(toolUseLineUuid, toolUseId, envelope, text) {
	const { timestamp, isSidechain, ...rest } = envelope;
	return JSON.stringify({
		parentUuid: toolUseLineUuid,
		isSidechain: isSidechain === true,
		type: "user",
		message: {
			role: "user",
			content: [{
				tool_use_id: toolUseId,
				type: "tool_result",
				content: text,
				is_error: true
			}]
		},
		uuid: placeholderUuid(toolUseId, envelope),
		timestamp: new Date((typeof timestamp === "string" ? Date.parse(timestamp) || 0 : 0) + 1).toISOString(),
		toolDenialKind: "interrupted",
		sourceToolAssistantUUID: toolUseLineUuid,
		...rest
	});
}
/** The uuid of the placeholder line for a call: the same for the same session and call id. */
function placeholderUuid(toolUseId, envelope) {
	return uuidV5(`${typeof envelope.sessionId === "string" ? envelope.sessionId : ""}/${toolUseId}`, PLACEHOLDER_NAMESPACE);
}
// dist/checking/rules/describe.js
/** The words of the file's format: pairing findings come only once its first record set the format. */
function wordsOf(context) {
	return context.format().words;
}
/** `function_call "exec_command" (call_id call_1)` */
function describeCall(call, words) {
	const name = call.item.name ? ` "${call.item.name}"` : "";
	return `${call.item.kind}${name} (${words.callKey} ${call.item.callId})`;
}
function describeOutput(output, words) {
	return `${output.kind} (${words.outputKey} ${output.callId})`;
}
// dist/checking/rules/remove-line.js
/** The repair removeLine made last, and what it removes: a run of them joins without reading their text. */
let lastRepair;
let lastWhat = "";
/** The repair that drops one line; its bytes stay in the original file or its backup. */
function removeLine(line, what) {
	const repair = {
		action: `removed ${what} at line ${line}`,
		edits: [{
			op: "remove",
			line
		}]
	};
	lastRepair = repair;
	lastWhat = what;
	return repair;
}
/** What `repair` removes (removeLine's `what`), when it is the repair removeLine made last; else undefined. */
const removedByLast = (repair) => repair === lastRepair ? lastWhat : void 0;
/** The repair that takes an output out, as its format does it (re-linking what hangs off its line). */
function removeOutput(context, output, what) {
	return context.history()?.removeOutput(output, what);
}
// dist/checking/rules/duplicate-output.js
var duplicate_output_default = defineRule({
	name: "duplicate-output",
	code: "SD104",
	severity: "error",
	fixable: true,
	fixSafety: "unsafe",
	summary: "A call is answered more than once.",
	explanation: "A second output of the right kind for a call that already has one. Codex sends both copies to the model on resume, and strict consumers (the API, dataset builders) reject or double-count them. Reported at the later copy; fix keeps the first output and removes the later one: an unsafe fix, applied only with --unsafe-fixes, as the model then sees one answer where Codex showed it two. In a Claude Code transcript it is a second tool_result for one tool_use, in its own line or as a second block of one line. The API rejects it; 2.1.332 strips it from every request in memory (ensureToolResultPairing in its debug log). fix takes out the later block, or its whole line when it holds nothing else, and re-links the lines that hang off a removed line to its parent (unsafe, as above).",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "extra-output") return;
			const { output, call, answer, outside, ambiguous } = finding;
			const words = wordsOf(context);
			const inCheckpoint = output.embedded;
			const repair = inCheckpoint || ambiguous ? void 0 : removeOutput(context, output, `the duplicate ${output.kind}`);
			context.report({
				line: output.line,
				message: `${describeCall(call, words)} at line ${call.line} is already answered at line ${answer.line}; this ${output.kind} is a second answer.${outside ? words.outsideNote : ""}${inCheckpoint ? words.embeddedNote : ""}${ambiguous ? ` Its ${words.callKey} is used by more than one call.` : ""}`,
				callId: output.callId,
				outsideHistory: outside,
				fixable: repair !== void 0,
				applicability: "unsafe",
				repair: () => repair
			});
		} };
	}
});
// dist/checking/rules/orphan-output.js
var orphan_output_default = defineRule({
	name: "orphan-output",
	code: "SD102",
	severity: "error",
	fixable: true,
	fixSafety: "unsafe",
	summary: "A tool output answers no call.",
	explanation: "An output item whose call_id matches no call anywhere in the history. Codex drops it from every request it builds (logging \"Orphan … output for call id\") and the Responses API rejects it (\"No tool call found for function call output\"). Orphans come from lost call lines, hand edits, or merged sessions. fix removes the line (an unsafe fix, applied only with --unsafe-fixes: the output is real content, perhaps of a call whose line was lost); its bytes stay in the original (or the .bak backup with --in-place). In a Claude Code transcript it is a tool_result whose tool_use_id names no tool_use of the conversation Claude Code rebuilds. The API rejects it (\"unexpected tool_use_id found in tool_result blocks\"); 2.1.332 strips it from every request in memory (ensureToolResultPairing in its debug log). fix takes out that block, or the whole line when it holds nothing else, and re-links the lines that hang off a removed line to its parent, so the chain stays whole (unsafe, as above); a result among them that tool-result-not-adjacent moves onto its tool_use goes there instead, in the same fix. On a dead branch it is a warning fix leaves.",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "orphan") return;
			const { output, outside } = finding;
			const words = wordsOf(context);
			const repair = output.embedded ? void 0 : removeOutput(context, output, `the orphan ${output.kind}`);
			context.report({
				line: output.line,
				message: `${describeOutput(output, words)} answers no call.${outside ? words.outsideNote : ""}${output.embedded ? words.embeddedNote : ""}`,
				callId: output.callId,
				outsideHistory: outside,
				fixable: repair !== void 0,
				applicability: "unsafe",
				repair: () => repair
			});
		} };
	}
});
// dist/formats/claude-code/removals.js
/** The rule whose fix takes out the result block of each finding. */
const REMOVING_RULE = {
	orphan: orphan_output_default.name,
	"extra-output": duplicate_output_default.name
};
/**
* The result blocks a fix takes out (those reported as orphans or second answers by a rule that runs), and the chain as that
* leaves it: a block goes alone while its line keeps another, the last ones take the line, and a line goes
* only when no child of it is of a type this tool does not know (it could not be re-linked). Repairs that
* depend on other results (a rename) are decided on the file as the removals leave it, so that a second
* fix finds nothing the first could have done.
*/
var PlannedRemovals = class {
	h;
	/** Per result line: the ids of its removable blocks, one per block. */
	#ids = /* @__PURE__ */ new Map();
	/** Per id: how many of its blocks are taken out; counted when first asked (after every block is added). */
	#removedById;
	/** topRemoved's answers, by line. */
	#tops = /* @__PURE__ */ new Map();
	constructor(h) {
		this.h = h;
	}
	add(e, id) {
		const ids = this.#ids.get(e);
		if (ids) ids.push(id);
		else this.#ids.set(e, [id]);
	}
	/** Whether the removals on line e take its whole line (never an empty message). */
	takeLine(e) {
		const ids = this.#ids.get(e);
		return ids !== void 0 && this.h.blocksOf(e) <= ids.length;
	}
	/** Whether line e is removed whole. */
	goes(e) {
		return this.takeLine(e) && this.h.childrenOf(e).every((child) => this.h.known(child));
	}
	/** The last of line e and the ancestors that go with it, up the chain: its parent is what e's children get. */
	topRemoved(e) {
		const walked = [];
		let at = e;
		while (!this.#tops.has(at) && walked.length < this.h.count && this.h.parentOf(at) >= 0 && this.goes(this.h.parentOf(at))) {
			walked.push(at);
			at = this.h.parentOf(at);
		}
		const top = this.#tops.get(at) ?? at;
		for (const line of walked) this.#tops.set(line, top);
		return top;
	}
	/** The children of line e once the removed lines below it are gone (their children re-linked up to e), in no set order. */
	keptChildren(e) {
		const kept = [];
		const pending = this.h.childrenOf(e);
		for (let child = pending.pop(), steps = 0; child !== void 0 && steps < this.h.count; child = pending.pop(), steps += 1) if (this.goes(child)) for (const grandchild of this.h.childrenOf(child)) pending.push(grandchild);
		else kept.push(child);
		return kept;
	}
	/** How many of line e's result blocks answer this id once the removals are made. */
	keptAnswers(e, id) {
		const answers = this.h.tools.answering(e, id);
		return answers > 0 && this.#takesOut(e) ? answers - count(this.#ids.get(e), id) : answers;
	}
	/** How many result blocks of this id the file keeps. */
	keptResults(id) {
		if (!this.#removedById) {
			this.#removedById = /* @__PURE__ */ new Map();
			for (const [e, ids] of this.#ids) if (this.#takesOut(e)) for (const removed of ids) this.#removedById.set(removed, (this.#removedById.get(removed) ?? 0) + 1);
		}
		return this.h.tools.resultCount(id) - (this.#removedById.get(id) ?? 0);
	}
	/** Whether line e's removable blocks are taken out: alone, or with the line when it can go. */
	#takesOut(e) {
		return this.#ids.has(e) && (!this.takeLine(e) || this.goes(e));
	}
};
function count(ids, id) {
	let n = 0;
	for (const each of ids) if (each === id) n += 1;
	return n;
}
// dist/formats/claude-code/bridge.js
/**
* What the walk up the chain asks at a missing parent, answered in logarithmic time however many breaks
* the chain has (a scan of every entry per break made a file of bridged breaks quadratic): the entry the
* client bridges to (the latest one before it in time that the walk has not taken, on the same side, of
* a chain role; the first in the file among equal times), and how many messages before the break the
* walk has not reached. Built at the first break; the walk tells it each entry it takes.
*/
var Bridges = class {
	h;
	sameSide;
	/** Candidates for a bridge, by time, and among equal times by entry, descending. */
	#byTime;
	/** Each entry's place in #byTime, -1 for none. */
	#place;
	/** Per place: itself while its entry is free, else a place below it (union-find, to skip taken entries). */
	#free;
	/** Per entry: the messages before it (same side, user or assistant). */
	#messagesBefore;
	/** A Fenwick tree over entries of the messages the walk has taken. */
	#taken;
	constructor(h, sameSide) {
		this.h = h;
		this.sameSide = sameSide;
		const candidates = [];
		this.#messagesBefore = new Int32Array(h.count + 1);
		for (let e = 0; e < h.count; e += 1) {
			const role = h.roleOf(e);
			const side = sameSide(e);
			if (side && role !== "other" && !Number.isNaN(h.timeOf(e))) candidates.push(e);
			this.#messagesBefore[e + 1] = this.#messagesBefore[e] + (side && (role === "user" || role === "assistant") ? 1 : 0);
		}
		candidates.sort((a, b) => h.timeOf(a) - h.timeOf(b) || b - a);
		this.#byTime = Int32Array.from(candidates);
		this.#place = new Int32Array(h.count).fill(-1);
		this.#byTime.forEach((e, place) => this.#place[e] = place);
		this.#free = Int32Array.from(this.#byTime, (_, place) => place);
		this.#taken = new Int32Array(h.count + 1);
	}
	/** The walk took entry e. */
	take(e) {
		const place = this.#place[e];
		if (place >= 0) this.#free[place] = place - 1;
		const role = this.h.roleOf(e);
		if (this.sameSide(e) && (role === "user" || role === "assistant")) for (let i = e + 1; i <= this.h.count; i += i & -i) this.#taken[i] += 1;
	}
	/** The entry a missing parent of e is bridged to, if any; not unique when another free entry has its time. */
	nearestEarlier(e) {
		const h = this.h;
		const time = h.timeOf(e);
		if (Number.isNaN(time)) return void 0;
		let low = 0;
		let high = this.#byTime.length;
		while (low < high) {
			const middle = low + high >>> 1;
			if (h.timeOf(this.#byTime[middle]) < time) low = middle + 1;
			else high = middle;
		}
		const best = this.#freeAtOrBelow(low - 1);
		if (best < 0) return void 0;
		const next = this.#freeAtOrBelow(best - 1);
		const entry = this.#byTime[best];
		return {
			entry,
			unique: next < 0 || h.timeOf(this.#byTime[next]) !== h.timeOf(entry)
		};
	}
	/** The messages before e that the walk has not taken: the history the client drops at a break there. */
	earlierMessages(e) {
		let taken = 0;
		for (let i = e; i > 0; i -= i & -i) taken += this.#taken[i];
		return this.#messagesBefore[e] - taken;
	}
	#freeAtOrBelow(place) {
		let root = place;
		while (root >= 0 && this.#free[root] !== root) root = this.#free[root];
		for (let at = place; at > root && this.#free[at] !== root;) {
			const below = this.#free[at];
			this.#free[at] = root;
			at = below;
		}
		return root;
	}
};
// dist/formats/claude-code/int-list.js
/** A growable list of 32-bit integers. */
var IntList = class {
	#values = /* @__PURE__ */ new Int32Array(1024);
	length = 0;
	push(value) {
		if (this.length === this.#values.length) this.#values = grownArray(this.#values, grownLength(this.#values.length));
		this.#values[this.length] = value;
		return this.length++;
	}
	at(index) {
		return this.#values[index];
	}
	set(index, value) {
		this.#values[index] = value;
	}
	/** The values, as a view of the list's own array: valid until the next push (growing releases the array). */
	values() {
		return this.#values.subarray(0, this.length);
	}
};
// dist/formats/claude-code/pairing.js
/**
* The messages the client sends, from the conversation's entries: consecutive user lines (attachments
* too) merge, and so do assistant lines of one message.id, also when tool_result lines sit between them
* (2.1.332 runs a tool while the message still streams and writes its result before the message's next
* tool_use line: it sends one assistant message and one user message of all the results, observed).
* Message g holds members[start[g] .. start[g + 1]).
*/
var Messages = class {
	count;
	start;
	members;
	assistant;
	constructor(h, path) {
		this.members = new Int32Array(path.length);
		this.start = new Int32Array(path.length + 1);
		this.assistant = new Uint8Array(path.length);
		let n = 0;
		let g = 0;
		/** The last message is a user message of tool_result lines only. */
		let resultsOnly = false;
		for (const e of path) {
			const role = h.roleOf(e);
			if (role === "system" || role === "other") continue;
			const isAssistant = role === "assistant";
			const last = g - 1;
			const sameMessage = (group) => h.messageOf(e) >= 0 && h.messageOf(e) === h.messageOf(this.members[this.start[group]]);
			const merges = last >= 0 && (isAssistant ? this.assistant[last] === 1 && sameMessage(last) : this.assistant[last] === 0);
			if (isAssistant && resultsOnly && last >= 1 && sameMessage(last - 1)) continue;
			const resultLine = role === "user" && !h.isPrompt(e) && h.tools.results.first(e) >= 0;
			resultsOnly = !isAssistant && resultLine && (merges ? resultsOnly : true);
			if (!merges) {
				this.start[g] = n;
				this.assistant[g] = isAssistant ? 1 : 0;
				g += 1;
			}
			this.members[n++] = e;
		}
		this.start[g] = n;
		this.count = g;
	}
};
/** The tool_use entries of each message.id, in file order: entries[start[m] .. start[m + 1]). */
var CallsByMessage = class {
	entries;
	start;
	constructor(h) {
		const start = this.start = new Int32Array(h.messageCount + 1);
		const callEntries = h.callEntries();
		for (let k = 0; k < callEntries.length; k += 1) {
			const message = h.messageOf(callEntries[k]);
			if (message >= 0) start[message + 1] += 1;
		}
		for (let m = 0; m < h.messageCount; m += 1) start[m + 1] += start[m];
		const entries = this.entries = new Int32Array(start[h.messageCount]);
		const next = start.slice(0, h.messageCount);
		for (let k = 0; k < callEntries.length; k += 1) {
			const message = h.messageOf(callEntries[k]);
			if (message >= 0) entries[next[message]++] = callEntries[k];
		}
	}
};
/**
* Pairs the calls and results of the conversation as the client sends it: each tool_use must be answered
* in the very next user message. Result lines that hang off a tool_use line join the user message after
* it (one is made if none follows). Ids are numbers here (ToolItems' codes) and every table is a typed
* array, so that a long conversation costs a few numbers per entry and per call.
*/
var Pairing = class {
	h;
	messages;
	onPath;
	callsByMessage;
	behindCut;
	emit;
	#tools;
	/** The calls on the conversation, in message order: each call's block (in tools.calls). */
	#callBlock = new IntList();
	/** Message g's calls are #callBlock[#firstCall[g] .. #firstCall[g + 1]). */
	#firstCall;
	/** Per id: the first call on the conversation, -1 for none. */
	#callOfCode;
	/** The result entries gathered into the user message after message g: #gathered[#firstGathered[g] .. #firstGathered[g + 1]). */
	#firstGathered = /* @__PURE__ */ new Int32Array(0);
	#gathered = /* @__PURE__ */ new Int32Array(0);
	/** Per id: answered on the conversation. */
	#answered;
	/** Per call (index in #callBlock): answered in the user message right after its own. */
	#callAnswered = /* @__PURE__ */ new Uint8Array(0);
	/** Per id: the first later call of it answered in the message after its own, -1 for none. */
	#repeatAnswered;
	/**
	* Per id: its result blocks the first call cannot have: answers of later calls in the message after theirs,
	* and second answers, which fix takes out. Counted per block: one line may hold an answer and a second answer.
	*/
	#notForFirst;
	/** Per entry: a result line already reported. */
	#reported;
	/** Per id, the result entries that name it, built when first asked: #resultEntries[#firstResult[code] .. #firstResult[code + 1]). */
	#firstResult;
	#resultEntries = /* @__PURE__ */ new Int32Array(0);
	constructor(h, messages, onPath, callsByMessage, behindCut, emit) {
		this.h = h;
		this.messages = messages;
		this.onPath = onPath;
		this.callsByMessage = callsByMessage;
		this.behindCut = behindCut;
		this.emit = emit;
		this.#tools = h.tools;
		this.#firstCall = new Int32Array(messages.count + 1);
		this.#callOfCode = new Int32Array(this.#tools.codeCount).fill(-1);
		this.#answered = new Uint8Array(this.#tools.codeCount);
		this.#repeatAnswered = new Int32Array(this.#tools.codeCount).fill(-1);
		this.#notForFirst = new Int32Array(this.#tools.codeCount);
		this.#reported = new Uint8Array(h.count);
	}
	run() {
		const callMessageOfEntry = this.#collectCalls();
		this.#gather(callMessageOfEntry);
		const misplaced = this.#pairAdjacent();
		this.#resolveMisplaced(misplaced);
		this.#answerOrReport();
	}
	/**
	* Every call of each assistant message, in order; returns the message each tool_use entry was taken into.
	* The client merges every line of one message.id into the first message that has it: a later message
	* with the same id (lines that are not consecutive) brings no calls of its own. (Giving each such message
	* all of them made a file of n such messages report n² repeated ids.)
	*/
	#collectCalls() {
		const { h, messages } = this;
		const calls = this.#tools.calls;
		const messageOf = new Int32Array(h.count).fill(-1);
		const collected = new Uint8Array(h.messageCount);
		for (let g = 0; g < messages.count; g += 1) {
			this.#firstCall[g] = this.#callBlock.length;
			if (messages.assistant[g] === 0) continue;
			const message = h.messageOf(messages.members[messages.start[g]]);
			if (message >= 0 && collected[message]) continue;
			let lines = messages.members;
			let from = messages.start[g];
			let to = messages.start[g + 1];
			if (message >= 0) {
				collected[message] = 1;
				lines = this.callsByMessage.entries;
				from = this.callsByMessage.start[message];
				to = this.callsByMessage.start[message + 1];
			}
			for (let k = from; k < to; k += 1) {
				const e = lines[k];
				const first = calls.first(e);
				if (first < 0) continue;
				this.onPath[e] = 1;
				messageOf[e] = g;
				for (let at = first, end = calls.end(first); at < end; at += 1) {
					const index = this.#callBlock.push(at);
					const code = calls.codeAt(at);
					if (this.#callOfCode[code] < 0) this.#callOfCode[code] = index;
				}
			}
		}
		this.#firstCall[messages.count] = this.#callBlock.length;
		this.#callAnswered = new Uint8Array(this.#callBlock.length);
		return messageOf;
	}
	/** Result lines off the conversation that hang off one of its tool_use lines join the user message after it. */
	#gather(callMessageOfEntry) {
		const { h, messages } = this;
		const pairs = new IntList();
		const counts = new Int32Array(messages.count + 1);
		const resultEntries = this.#tools.results.entries();
		for (let k = 0; k < resultEntries.length; k += 1) {
			const e = resultEntries[k];
			if (this.onPath[e]) continue;
			const parent = h.parentOf(e);
			const g = parent >= 0 ? callMessageOfEntry[parent] : -1;
			if (g < 0) continue;
			this.onPath[e] = 1;
			pairs.push(g);
			pairs.push(e);
			counts[g + 1] += 1;
		}
		for (let g = 0; g < messages.count; g += 1) counts[g + 1] += counts[g];
		this.#firstGathered = counts;
		this.#gathered = new Int32Array(counts[messages.count]);
		const next = counts.slice(0, messages.count);
		for (let p = 0; p < pairs.length; p += 2) this.#gathered[next[pairs.at(p)]++] = pairs.at(p + 1);
	}
	#hasGathered(g) {
		return this.#firstGathered[g + 1] > this.#firstGathered[g];
	}
	/**
	* Walks the messages in order: an assistant message's repeated ids, and for each user message the
	* results that answer the message before it (a second answer is an extra output). Returns the results
	* that answer no call of the message before theirs, as (entry, code) pairs.
	*/
	#pairAdjacent() {
		const { messages } = this;
		const tools = this.#tools;
		const codes = tools.codeCount;
		const expectedStamp = new Int32Array(codes);
		const expectedCall = new Int32Array(codes);
		const answerStamp = new Int32Array(codes);
		const answerEntry = new Int32Array(codes);
		const misplaced = new IntList();
		let stamp = 0;
		/** The assistant message the previous message was, -1 when it was a user message. */
		let previous = -1;
		/** The result entries of the user message being paired, in file order. */
		const entries = new IntList();
		const pairUser = (g, gatheredFrom) => {
			stamp += 1;
			if (previous >= 0) for (let c = this.#firstCall[previous]; c < this.#firstCall[previous + 1]; c += 1) {
				const code = tools.calls.codeAt(this.#callBlock.at(c));
				expectedStamp[code] = stamp;
				expectedCall[code] = c;
			}
			entries.length = 0;
			if (g >= 0) {
				for (let m = messages.start[g]; m < messages.start[g + 1]; m += 1) if (tools.results.first(messages.members[m]) >= 0) entries.push(messages.members[m]);
			}
			if (gatheredFrom >= 0) for (let k = this.#firstGathered[gatheredFrom]; k < this.#firstGathered[gatheredFrom + 1]; k += 1) entries.push(this.#gathered[k]);
			if (entries.length > 1) entries.values().sort();
			for (let k = 0; k < entries.length; k += 1) {
				const e = entries.at(k);
				const first = tools.results.first(e);
				for (let at = first, end = tools.results.end(first); at < end; at += 1) {
					const code = tools.results.codeAt(at);
					if (expectedStamp[code] !== stamp) {
						misplaced.push(e);
						misplaced.push(code);
					} else if (answerStamp[code] !== stamp) {
						answerStamp[code] = stamp;
						answerEntry[code] = e;
						this.#answered[code] = 1;
						this.#callAnswered[expectedCall[code]] = 1;
						if (expectedCall[code] !== this.#callOfCode[code]) {
							this.#notForFirst[code] += 1;
							if (this.#repeatAnswered[code] < 0) this.#repeatAnswered[code] = expectedCall[code];
						}
					} else {
						this.#reported[e] = 1;
						this.#notForFirst[code] += 1;
						const id = tools.idOf(code);
						this.emit({
							type: "extra-output",
							output: this.#outputRecord(e, id),
							call: this.#callRecord(expectedCall[code]),
							answer: this.#outputRecord(answerEntry[code], id),
							ambiguous: false,
							outside: this.behindCut(e)
						});
					}
				}
			}
			previous = -1;
		};
		for (let g = 0; g < messages.count; g += 1) if (messages.assistant[g] === 1) {
			for (let c = this.#firstCall[g]; c < this.#firstCall[g + 1]; c += 1) {
				const first = this.#callOfCode[tools.calls.codeAt(this.#callBlock.at(c))];
				if (first !== c) this.emit({
					type: "repeat-call",
					call: this.#callRecord(c),
					first: this.#callRecord(first),
					outside: this.behindCut(this.#callEntry(c))
				});
			}
			previous = g;
			const userNext = g + 1 < messages.count && messages.assistant[g + 1] === 0;
			if (this.#hasGathered(g) && !userNext) pairUser(-1, g);
		} else pairUser(g, g > 0 && messages.assistant[g - 1] === 1 ? g - 1 : -1);
		return misplaced;
	}
	/** A result in the wrong message: not adjacent when its tool_use is on the conversation and unanswered, else an extra output or an orphan. */
	#resolveMisplaced(misplaced) {
		for (let k = 0; k < misplaced.length; k += 2) {
			const e = misplaced.at(k);
			const code = misplaced.at(k + 1);
			const call = this.#callOfCode[code];
			const id = this.#tools.idOf(code);
			this.#reported[e] = 1;
			const laterTurn = call >= 0 && !this.#callAnswered[call] && this.#inLaterTurn(e, this.#callEntry(call));
			if (call >= 0 && !this.#callAnswered[call] && (!this.#answered[code] || !laterTurn)) {
				this.#notAdjacent(e, code, call, laterTurn);
				this.#answered[code] = 1;
				this.#callAnswered[call] = 1;
			} else if (call >= 0) {
				this.#notForFirst[code] += 1;
				const answer = this.#resultsOf(code).find((r) => r !== e) ?? e;
				this.emit({
					type: "extra-output",
					output: this.#outputRecord(e, id),
					call: this.#callRecord(call),
					answer: this.#outputRecord(answer, id),
					ambiguous: false,
					outside: this.behindCut(e)
				});
			} else this.emit({
				type: "orphan",
				output: this.#outputRecord(e, id),
				outside: this.behindCut(e)
			});
		}
	}
	/**
	* Each call still unanswered: answered elsewhere (not adjacent), or not at all. A call that repeats an
	* earlier one's id is paired on its own: the results of the id answer the first call, so one the next
	* message does not answer and no result line hangs off is unanswered (killed while it ran); so is a first
	* call whose id's results all hang off a later call's line (its own result was lost).
	*/
	#answerOrReport() {
		const calls = this.#tools.calls;
		for (let c = 0; c < this.#callBlock.length; c += 1) {
			const code = calls.codeAt(this.#callBlock.at(c));
			const first = this.#callOfCode[code];
			if (first !== c) {
				const e = this.#callEntry(c);
				if (!this.#callAnswered[c] && !this.#resultsOf(code).some((r) => this.h.parentOf(r) === e)) {
					this.h.unansweredRepeat(e);
					this.emit({
						type: "unanswered",
						call: this.#callRecord(c),
						ambiguous: false,
						repeats: this.#callRecord(first),
						outside: this.behindCut(e)
					});
				}
				continue;
			}
			const repeatedBy = this.#repeatAnswering(c);
			if (repeatedBy >= 0) {
				this.h.unansweredFirst(this.#callEntry(c), this.#callEntry(repeatedBy));
				this.emit({
					type: "unanswered",
					call: this.#callRecord(c),
					ambiguous: false,
					repeatedBy: this.#callRecord(repeatedBy),
					outside: this.behindCut(this.#callEntry(c))
				});
				continue;
			}
			if (this.#answered[code]) continue;
			this.#answered[code] = 1;
			const elsewhere = this.#resultsOf(code).find((e) => !this.#reported[e]);
			if (elsewhere !== void 0) {
				this.#reported[elsewhere] = 1;
				this.onPath[elsewhere] = 1;
				this.#notAdjacent(elsewhere, code, c, this.#inLaterTurn(elsewhere, this.#callEntry(c)));
			} else this.emit({
				type: "unanswered",
				call: this.#callRecord(c),
				ambiguous: false,
				outside: this.behindCut(this.#callEntry(c))
			});
		}
	}
	/**
	* Whether entry e hangs below the call's entry with a prompt between them: it sits in a later turn of the call's
	* conversation. Past a missing parent as the walk goes (a bridge the client makes, a cut fix re-links): else a
	* result behind one would be moved as if in the call's turn, without its children, which would take the turns
	* between off the conversation.
	*/
	#inLaterTurn(e, callEntry) {
		let prompt = false;
		for (let at = this.h.walkedParentOf(e), steps = 0; at >= 0 && steps < this.h.count; at = this.h.walkedParentOf(at), steps += 1) {
			if (at === callEntry) return prompt;
			prompt ||= this.h.isPrompt(at);
		}
		return false;
	}
	/**
	* For the first call of an id, the first later call of the id answered in the message after its own when every
	* result block of the id answers a later call in the message after that call's, or is one fix takes out; -1 if none. Pairing by id gives a later
	* call's result to this one, which hides that this one has none.
	*/
	#repeatAnswering(c) {
		const code = this.#tools.calls.codeAt(this.#callBlock.at(c));
		const repeat = this.#repeatAnswered[code];
		if (this.#callAnswered[c] || repeat < 0) return -1;
		return this.#notForFirst[code] === this.#resultsOf(code).length ? repeat : -1;
	}
	/** The result entries that name this id, in file order (an entry twice if it answers it twice). */
	#resultsOf(code) {
		if (!this.#firstResult) {
			const results = this.#tools.results;
			const start = new Int32Array(this.#tools.codeCount + 1);
			for (let at = 0; at < results.count; at += 1) start[results.codeAt(at) + 1] += 1;
			for (let c = 0; c < this.#tools.codeCount; c += 1) start[c + 1] += start[c];
			const list = new Int32Array(results.count);
			const next = start.slice(0, this.#tools.codeCount);
			for (let at = 0; at < results.count; at += 1) list[next[results.codeAt(at)]++] = results.entryAt(at);
			this.#firstResult = start;
			this.#resultEntries = list;
		}
		return this.#resultEntries.subarray(this.#firstResult[code], this.#firstResult[code + 1]);
	}
	/** Reports result entry e as the misplaced answer of `call`; `laterTurn`: it sits in a later turn (#inLaterTurn). */
	#notAdjacent(e, code, call, laterTurn) {
		const h = this.h;
		const callEntry = this.#callEntry(call);
		const children = laterTurn ? h.childrenOf(e) : [];
		const relinkable = children.every((c) => h.known(c));
		this.emit({
			type: "format",
			kind: "not-adjacent",
			output: this.#outputRecord(e, this.#tools.idOf(code)),
			call: this.#callRecord(call),
			callUuid: h.uuidOf(callEntry),
			parentUuid: h.parentUuidOf(e),
			blocks: h.blocksOf(e),
			laterTurn,
			...laterTurn && relinkable && { children: {
				uuid: h.uuidOf(e),
				lines: children.map((c) => h.lineOf(c)),
				to: h.parentUuidOf(e)
			} },
			outside: this.behindCut(e)
		});
	}
	#callEntry(call) {
		return this.#tools.calls.entryAt(this.#callBlock.at(call));
	}
	#callRecord(call) {
		const at = this.#callBlock.at(call);
		return this.h.callRecord(this.#tools.calls.entryAt(at), this.#tools.callItem(at), false);
	}
	#outputRecord(e, id) {
		return this.h.outputRecord(e, id, false);
	}
};
// dist/formats/claude-code/resolution.js
/** A missing parent is bridged to the nearest earlier entry only within this window (2.1.332's loader). */
const BRIDGE_MS = 5e3;
/** The end-of-file work: the leaf, the walk, the messages, and what does not pair. */
var Resolution = class {
	h;
	emit;
	#onPath;
	/** Entries of the history a compaction summarised: not sent, but not a dead branch either. */
	#compacted;
	/**
	* Entries behind a cut in the chain that fix re-links with --unsafe-fixes: not sent now, but checked as
	* the conversation they rejoin, so that one fix leaves nothing for a second (their findings are warnings).
	*/
	#behindCut;
	#callsByMessage;
	constructor(h, emit) {
		this.h = h;
		this.emit = emit;
		this.#onPath = new Uint8Array(h.count);
		this.#compacted = new Uint8Array(h.count);
		this.#behindCut = new Uint8Array(h.count);
		this.#callsByMessage = new CallsByMessage(h);
	}
	run() {
		const h = this.h;
		const side = !h.main;
		const sameSide = (e) => h.sidechain(e) === side;
		if (!(() => {
			for (let e = 0; e < h.count; e += 1) if (sameSide(e) && (h.roleOf(e) === "user" || h.roleOf(e) === "assistant")) return true;
			return false;
		})()) {
			if (!h.onlySummaries) this.emit({
				type: "format",
				kind: "empty"
			});
			this.#deadBranches();
			return;
		}
		const candidate = (e) => sameSide(e) && h.roleOf(e) !== "other" && !h.hasChildren(e);
		let leaf;
		const row = h.leafRow;
		if (row) {
			const named = h.indexOf(row.uuid);
			if (named === void 0) this.emit({
				type: "format",
				kind: "dangling-leaf",
				line: row.line,
				uuid: row.uuid
			});
			else if (candidate(named)) leaf = named;
		}
		const pinned = leaf !== void 0;
		if (leaf === void 0) {
			for (let e = h.count - 1; e >= 0 && leaf === void 0; e -= 1) if (candidate(e)) leaf = e;
		}
		const path = leaf === void 0 ? [] : this.#walk(leaf, sameSide);
		if (path.length > 0) this.#markCompacted(path[0]);
		const messages = new Messages(h, path);
		let tail = messages.count - 1;
		while (tail >= 0 && messages.assistant[tail] === 0) tail -= 1;
		h.settle(new Set(tail >= 0 ? Array.from(this.#callEntriesOf(messages, tail), (e) => h.lineOf(e)) : []), pinned);
		new Pairing(h, messages, this.#onPath, this.#callsByMessage, (e) => this.#isBehindCut(e), this.emit).run();
		this.#brokenOffPath();
		this.#deadBranches();
	}
	/** Root first; the preserved segment of the boundary the walk stopped at is put after its anchor. */
	#walk(leaf, sameSide) {
		const h = this.h;
		const path = [];
		/** Made at the first missing parent, and told of every entry the walk takes. */
		let bridges;
		let at = leaf;
		let behind = 0;
		for (;;) {
			if (this.#onPath[at]) break;
			this.#onPath[at] = 1;
			this.#behindCut[at] = behind;
			path.push(at);
			bridges?.take(at);
			if (h.isBoundary(at)) break;
			const parent = h.parentOf(at);
			if (parent === -1) break;
			if (parent !== -2) {
				at = parent;
				continue;
			}
			if (!bridges) {
				bridges = new Bridges(h, sameSide);
				for (const e of path) bridges.take(e);
			}
			const bridge = bridges.nearestEarlier(at);
			const gap = bridge ? h.timeOf(at) - h.timeOf(bridge.entry) : Infinity;
			const bridged = bridge !== void 0 && gap <= 5e3;
			const summary = !bridged && h.isCompactSummary(at);
			const unreachable = summary ? 0 : bridges.earlierMessages(at);
			this.emit({
				type: "format",
				kind: "broken-parent",
				line: h.lineOf(at),
				uuid: h.uuidOf(at),
				missing: h.missingParentOf(at),
				bridged,
				known: h.known(at),
				outside: false,
				unreachable,
				summary,
				...bridge && { target: {
					line: h.lineOf(bridge.entry),
					uuid: h.uuidOf(bridge.entry),
					unique: bridge.unique,
					gapMs: gap
				} }
			});
			if (summary) break;
			if (bridge?.unique && h.known(at) && (bridged || unreachable > 0)) h.relinked(at, h.uuidOf(bridge.entry));
			if (!bridged && !(bridge?.unique && h.known(at) && unreachable > 0)) break;
			if (!bridged) behind = 1;
			h.crossed(at, bridge.entry);
			at = bridge.entry;
		}
		path.reverse();
		const boundary = h.boundaryOf(path[0]);
		if (boundary) this.#preserve(path, boundary);
		for (const [e, b] of h.boundaries) if (e !== path[0]) this.#danglingReferences(e, b, true);
		return path;
	}
	#danglingReferences(e, boundary, outside) {
		const h = this.h;
		const missing = boundary.preserved.filter((uuid) => h.indexOf(uuid) === void 0);
		if (missing.length === 0) return false;
		const unfinished = !outside && !h.hasChildren(e) && h.known(e) && boundary.anchor !== void 0 && missing.includes(boundary.anchor) && boundary.logicalParent !== void 0 && h.indexOf(boundary.logicalParent) !== void 0;
		this.emit({
			type: "format",
			kind: "dangling-compact",
			line: h.lineOf(e),
			missing,
			outside,
			unfinished
		});
		return true;
	}
	#preserve(path, boundary) {
		const h = this.h;
		if (this.#danglingReferences(path[0], boundary, false)) return;
		if (!boundary.head || !boundary.tail || !boundary.anchor) return;
		const anchor = path.indexOf(h.indexOf(boundary.anchor));
		const head = h.indexOf(boundary.head);
		const segment = [];
		for (let at = h.indexOf(boundary.tail);; at = h.parentOf(at)) {
			if (at < 0 || this.#onPath[at] || segment.length > h.count) return;
			segment.push(at);
			if (at === head) break;
		}
		if (anchor < 0) return;
		for (const e of segment) this.#onPath[e] = 1;
		path.splice(anchor + 1, 0, ...segment.reverse());
	}
	/** The tool_use entries of an assistant message: its own lines, and every line of the same message.id. */
	#callEntriesOf(messages, g) {
		const h = this.h;
		const first = messages.members[messages.start[g]];
		const message = h.messageOf(first);
		if (message >= 0) return this.#callsByMessage.entries.subarray(this.#callsByMessage.start[message], this.#callsByMessage.start[message + 1]);
		return messages.members.subarray(messages.start[g], messages.start[g + 1]).filter((e) => h.hasCalls(e));
	}
	/** Behind a cut; a result line gathered off a tool_use line sits where that line is. */
	#isBehindCut(e) {
		if (this.#behindCut[e]) return true;
		const parent = this.h.parentOf(e);
		return parent >= 0 && this.#behindCut[parent] === 1 && this.h.hasCalls(parent);
	}
	/** Missing parents away from the conversation: the client never walks them. */
	#brokenOffPath() {
		const h = this.h;
		for (const [e, missing] of h.missingParents) {
			if (this.#onPath[e]) continue;
			this.emit({
				type: "format",
				kind: "broken-parent",
				line: h.lineOf(e),
				uuid: h.uuidOf(e),
				missing,
				bridged: false,
				known: h.known(e),
				outside: true,
				unreachable: 0,
				summary: false
			});
		}
	}
	/**
	* The history behind the boundary the conversation starts at: up parentUuid from its logicalParentUuid
	* (the leaf before compaction), and on through the boundaries before it.
	*/
	#markCompacted(start) {
		const h = this.h;
		let boundary = h.boundaryOf(start);
		while (boundary?.logicalParent !== void 0) {
			let at = h.indexOf(boundary.logicalParent);
			boundary = void 0;
			for (; at !== void 0 && at >= 0 && !this.#compacted[at]; at = h.parentOf(at)) {
				this.#compacted[at] = 1;
				boundary = h.boundaryOf(at);
				if (boundary) break;
			}
		}
	}
	/**
	* Off the conversation: a tool_use no line answers, a result no line asked for. At most warnings; fix
	* leaves dead branches, but answers a compacted tool_use, inside its segment, for whatever reads the whole file.
	*/
	#deadBranches() {
		const h = this.h;
		const { calls, results } = h.tools;
		for (let at = 0; at < calls.count; at += 1) {
			const e = calls.entryAt(at);
			if (!this.#onPath[e] && !h.tools.answered(calls.codeAt(at))) this.emit({
				type: "unanswered",
				call: h.callRecord(e, h.tools.callItem(at), !this.#compacted[e]),
				ambiguous: false,
				outside: true
			});
		}
		for (let at = 0; at < results.count; at += 1) {
			const e = results.entryAt(at);
			const code = results.codeAt(at);
			if (!this.#onPath[e] && !h.tools.called(code)) this.emit({
				type: "orphan",
				output: h.outputRecord(e, h.tools.idOf(code), true),
				outside: true
			});
		}
	}
};
// dist/formats/claude-code/tool-items.js
/** Blocks of one kind as (entry, id code) pairs, in entry order (entries are added in file order). */
var Blocks = class {
	#entries = new IntList();
	#codes = new IntList();
	get count() {
		return this.#entries.length;
	}
	add(e, code) {
		this.#codes.push(code);
		return this.#entries.push(e);
	}
	entryAt(at) {
		return this.#entries.at(at);
	}
	codeAt(at) {
		return this.#codes.at(at);
	}
	/** The index of entry e's first block, -1 when it has none. */
	first(e) {
		let low = 0;
		let high = this.count;
		while (low < high) {
			const middle = low + high >>> 1;
			if (this.#entries.at(middle) < e) low = middle + 1;
			else high = middle;
		}
		return low < this.count && this.#entries.at(low) === e ? low : -1;
	}
	/** The end of the blocks of the entry whose first block is at `first`. */
	end(first) {
		const e = this.#entries.at(first);
		let at = first + 1;
		while (at < this.count && this.#entries.at(at) === e) at += 1;
		return at;
	}
	/** The entries that have blocks, in file order. */
	entries() {
		const entries = new IntList();
		for (let at = 0; at < this.count; at += 1) if (at === 0 || this.#entries.at(at - 1) !== this.#entries.at(at)) entries.push(this.#entries.at(at));
		return entries.values();
	}
};
/**
* The tool_use and tool_result blocks of a transcript, by entry, in a few numbers each: every id is
* interned once (a number per distinct id), and a block is its entry and its id's number. The call
* items findings name are made again from these when asked.
*/
var ToolItems = class {
	#ids = new CallIds();
	#names = /* @__PURE__ */ new Map();
	#nameList = [];
	/** Per id: bit 1, some tool_use has it; bit 2, some tool_result answers it (so far, then in the file). */
	#seen = /* @__PURE__ */ new Uint8Array(1024);
	calls = new Blocks();
	/** Per call: its tool's name, -1 for none. */
	#callNames = new IntList();
	results = new Blocks();
	/** The ids interned last, and their codes. */
	#recent = new RecentStrings();
	/** resultCount's and callCount's tables, and the number of blocks each counted. */
	#resultCounts;
	#callCounts;
	/** The number of distinct ids. */
	get codeCount() {
		return this.#ids.size;
	}
	/** Adds a tool_use block of entry e. */
	addCall(e, call) {
		const code = this.#code(call.callId);
		this.#seen[code] |= CALLED;
		this.calls.add(e, code);
		this.#callNames.push(call.name === void 0 ? -1 : this.#nameCode(call.name));
	}
	/** Adds a tool_result block of entry e, by the id it answers. */
	addResult(e, id) {
		const code = this.#code(id);
		this.#seen[code] |= ANSWERED;
		this.results.add(e, code);
	}
	idOf(code) {
		return this.#ids.id(code);
	}
	/** Whether some tool_use or tool_result block has this id. */
	has(id) {
		return this.#ids.find(id) >= 0;
	}
	/** How many tool_result blocks answer this id, counted once for all ids when first asked (after the file is read). */
	resultCount(id) {
		this.#resultCounts = this.#counted(this.results, this.#resultCounts);
		return this.#countOf(id, this.#resultCounts);
	}
	/** How many tool_use blocks have this id, counted as resultCount counts. */
	callCount(id) {
		this.#callCounts = this.#counted(this.calls, this.#callCounts);
		return this.#countOf(id, this.#callCounts);
	}
	/** The blocks of each id, counted again only when blocks were added since. */
	#counted(blocks, last) {
		if (last?.blocks === blocks.count) return last;
		const counts = new Int32Array(this.codeCount);
		for (let at = 0; at < blocks.count; at += 1) counts[blocks.codeAt(at)] += 1;
		return {
			blocks: blocks.count,
			counts
		};
	}
	#countOf(id, table) {
		const code = this.#ids.find(id);
		return code < 0 ? 0 : table.counts[code] ?? 0;
	}
	/** How many of entry e's result blocks answer this id. */
	answering(e, id) {
		const first = this.results.first(e);
		if (first < 0) return 0;
		let answers = 0;
		for (let at = first, end = this.results.end(first); at < end; at += 1) if (this.idOf(this.results.codeAt(at)) === id) answers += 1;
		return answers;
	}
	/** Whether some tool_result answers this id. */
	answered(code) {
		return (this.#seen[code] & ANSWERED) !== 0;
	}
	/** Whether some tool_use has this id. */
	called(code) {
		return (this.#seen[code] & CALLED) !== 0;
	}
	/** Whether a tool_use read so far has this id. */
	calledId(id) {
		const code = this.#ids.find(id);
		return code >= 0 && this.called(code);
	}
	/** The item of the call block at `at`. */
	callItem(at) {
		const name = this.#callNames.at(at);
		return {
			role: "call",
			callId: this.idOf(this.calls.codeAt(at)),
			kind: "tool_use",
			expects: "tool_result",
			...name >= 0 && { name: this.#nameList[name] }
		};
	}
	#code(id) {
		const recent = this.#recent.find(id);
		if (recent >= 0) return recent;
		const code = this.#ids.intern(id);
		this.#recent.remember(id, code);
		if (code === this.#seen.length) this.#seen = grownArray(this.#seen, grownLength(code));
		return code;
	}
	#nameCode(name) {
		let code = this.#names.get(name);
		if (code === void 0) {
			code = this.#nameList.length;
			this.#names.set(name, code);
			this.#nameList.push(name);
		}
		return code;
	}
};
const CALLED = 1;
const ANSWERED = 2;
// dist/formats/claude-code/uuid-index.js
/**
* The uuids of a transcript's entries, by entry number, in a few bytes each: a canonical lowercase UUID
* (what Claude Code writes) is kept as its 16 bytes in a typed array and found through an open-addressing
* table of entry numbers, so that a long transcript costs no string or map entry per line. Any other
* string (hand-written fixtures, other tools) is kept as it is, in a map: lookups stay exact either way,
* as a canonical and a non-canonical string never spell the same uuid.
*/
var UuidIndex = class {
	/** Four 32-bit words per entry, for canonical uuids. */
	#words = /* @__PURE__ */ new Int32Array(4096);
	/**
	* Two numbers per hash slot: entry + 1 (0 for an empty slot), and the hash of its uuid, so that a probe
	* compares words only at a slot whose hash matches, and a rehash reads no words. Its slots are a power
	* of two, at least twice the entries.
	*/
	#table = /* @__PURE__ */ new Int32Array(4096);
	#canonical = 0;
	/** Uuids that are not canonical, both ways. */
	#others = /* @__PURE__ */ new Map();
	#otherOf = /* @__PURE__ */ new Map();
	/** Scratch words of the uuid being looked up. */
	#key = /* @__PURE__ */ new Int32Array(4);
	/** The uuids added last, and their entries. */
	#recent = new RecentStrings();
	/** The entry of this uuid, or undefined. */
	get(uuid) {
		const recent = this.#recent.find(uuid);
		if (recent >= 0) return recent;
		if (!parseUuid(uuid, this.#key)) return this.#others.get(uuid);
		const found = this.#table[2 * this.#slotOf(this.#key, hash(this.#key))] - 1;
		return found < 0 ? void 0 : found;
	}
	/** The slot that holds the entry whose words these are (their hash h), else the empty slot where it would go. */
	#slotOf(key, h) {
		const table = this.#table;
		const words = this.#words;
		const mask = (table.length >> 1) - 1;
		const k0 = key[0];
		const k1 = key[1];
		const k2 = key[2];
		const k3 = key[3];
		for (let slot = h & mask;; slot = slot + 1 & mask) {
			const found = table[2 * slot] - 1;
			if (found < 0) return slot;
			if (table[2 * slot + 1] !== h) continue;
			const at = 4 * found;
			if (words[at] === k0 && words[at + 1] === k1 && words[at + 2] === k2 && words[at + 3] === k3) return slot;
		}
	}
	/** Adds a uuid for entry `e` (entries are added in ascending order); false when the index holds it already. */
	add(uuid, e) {
		if (!parseUuid(uuid, this.#key)) {
			if (this.#others.has(uuid)) return false;
			this.#others.set(uuid, e);
			this.#otherOf.set(e, uuid);
		} else {
			if (2 * (this.#canonical + 1) > this.#table.length >> 1) this.#rehash(this.#table.length);
			const h = hash(this.#key);
			const slot = this.#slotOf(this.#key, h);
			if (this.#table[2 * slot] !== 0) return false;
			if (4 * e + 4 > this.#words.length) this.#words = grownArray(this.#words, 4 * grownLength(Math.max(this.#words.length / 4, e + 1)));
			this.#words.set(this.#key, 4 * e);
			this.#canonical += 1;
			this.#table[2 * slot] = e + 1;
			this.#table[2 * slot + 1] = h;
		}
		this.#recent.remember(uuid, e);
		return true;
	}
	uuidOf(e) {
		const other = this.#otherOf.get(e);
		if (other !== void 0) return other;
		let hex = "";
		for (let k = 0; k < 4; k += 1) hex += (this.#words[4 * e + k] >>> 0).toString(16).padStart(8, "0");
		return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
	}
	/** Moves every entry to a table of this many slots, by the hashes it keeps. */
	#rehash(slots) {
		const old = this.#table;
		const table = new Int32Array(2 * slots);
		const mask = slots - 1;
		for (let from = 0; from < old.length; from += 2) {
			if (old[from] === 0) continue;
			let slot = old[from + 1] & mask;
			while (table[2 * slot] !== 0) slot = slot + 1 & mask;
			table[2 * slot] = old[from];
			table[2 * slot + 1] = old[from + 1];
		}
		this.#table = table;
		release(old);
	}
};
/** A lowercase hex digit's value, -1 for any other character code below 128. */
const HEX$1 = (/* @__PURE__ */ new Int8Array(128)).fill(-1);
for (let d = 0; d < 16; d += 1) HEX$1["0123456789abcdef".charCodeAt(d)] = d;
const DASH$1 = 45;
/** Where the 32 digits of a canonical uuid are. */
const DIGIT_AT = Uint8Array.from({ length: 36 }, (_, i) => i).filter((i) => i !== 8 && i !== 13 && i !== 18 && i !== 23);
/** Reads `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (lowercase hex) into four words; false for anything else. */
function parseUuid(uuid, into) {
	if (uuid.length !== 36 || uuid.charCodeAt(8) !== DASH$1 || uuid.charCodeAt(13) !== DASH$1 || uuid.charCodeAt(18) !== DASH$1 || uuid.charCodeAt(23) !== DASH$1) return false;
	/** Negative once a character is no digit (-1 from HEX, or a code of 128 and more). */
	let bad = 0;
	let word = 0;
	for (let k = 0; k < 32; k += 1) {
		const code = uuid.charCodeAt(DIGIT_AT[k]);
		const value = HEX$1[code & 127] | 127 - code >> 31;
		bad |= value;
		word = word << 4 | value & 15;
		if ((k & 7) === 7) into[k >> 3] = word;
	}
	return bad >= 0;
}
/** A hash of a uuid's four words. */
function hash(key) {
	let h = Math.imul(key[0] ^ 2654435769, 2246822507);
	h = Math.imul(h ^ key[1] ^ h >>> 15, 3266489909);
	h = Math.imul(h ^ key[2] ^ h >>> 13, 2246822507);
	h = Math.imul(h ^ key[3] ^ h >>> 16, 3266489909);
	return h ^ h >>> 15;
}
// dist/formats/claude-code/chain.js
/** The tools whose tool_use id a subagent's meta.json names (toolUseId): their ids are not renamed. */
const SUBAGENT_TOOLS = /* @__PURE__ */ new Set(["Agent", "Task"]);
const ROLES = [
	"user",
	"assistant",
	"attachment",
	"system",
	"other"
];
/** ROLES.indexOf(role), without a search per line. */
function roleCode(role) {
	switch (role) {
		case "user": return 0;
		case "assistant": return 1;
		case "attachment": return 2;
		case "system": return 3;
		default: return 4;
	}
}
const SIDECHAIN = 8;
const BOUNDARY = 16;
const PROMPT = 32;
/** A line of a type this tool does not know: never rewritten. */
const UNKNOWN = 64;
/** Some entry names this one as its parent. */
const PARENT = 128;
/** The summary /compact wrote after its boundary. */
const COMPACT_SUMMARY = 256;
/**
* A transcript's history as Claude Code rebuilds it on resume: the leaf (the last last-prompt naming a
* message without children, else the last such message in file order), the walk up parentUuid to a
* compact boundary (a missing parent bridged to the nearest earlier entry within 5 s, else the walk
* ends), the segment a boundary preserves, assistant lines merged by message.id, and result lines that
* hang off a tool_use line gathered into the next user message. Each tool_use must be answered in the
* very next user message. The leaf is known only at the end of the file, so everything is resolved then;
* until then each entry costs a few numbers (line, parent, time, flags, message, its uuid's 16 bytes);
* tool_use and tool_result lines also keep their call ids.
*/
var ClaudeHistory = class {
	emit;
	options;
	#index = new UuidIndex();
	#lines = /* @__PURE__ */ new Int32Array(1024);
	#parents = /* @__PURE__ */ new Int32Array(1024);
	#times = /* @__PURE__ */ new Float64Array(1024);
	#flags = /* @__PURE__ */ new Uint16Array(1024);
	#messages = /* @__PURE__ */ new Int32Array(1024);
	#count = 0;
	/** Parents named before they were seen, by entry. */
	#pending = /* @__PURE__ */ new Map();
	/** Parents never seen, by entry. */
	#missing = /* @__PURE__ */ new Map();
	#messageIds = new CallIds();
	#lastMessageId;
	#lastMessageCode = -1;
	#items = new ToolItems();
	/** The content blocks of a tool_result line, where there are more than its results. */
	#blocks = /* @__PURE__ */ new Map();
	/** The envelopes of tool_use lines, kept while one of their calls may still need a placeholder. */
	#envelopes = /* @__PURE__ */ new Map();
	/** Calls no result has answered yet, by id code: their lines' envelopes are kept. */
	#openCalls = /* @__PURE__ */ new Map();
	/**
	* tool_use entries that keep their envelope for a placeholder, answered or not by id: those that repeat an
	* earlier call's id (answered under an id of their own), the earlier one if still open then, and those
	* answered by a result off another line (fix may take it out as a second answer of a repeated id).
	*/
	#keepEnvelope = /* @__PURE__ */ new Set();
	/** Those of them the conversation leaves unanswered: their placeholder answers the id renameCall gives them. */
	#unansweredRepeats = /* @__PURE__ */ new Set();
	/** First calls of an id the conversation leaves unanswered while a repeat of the id has its results, with that repeat's entry: renameCall may move those away. */
	#unansweredFirsts = /* @__PURE__ */ new Map();
	/** The ids of the results fix re-parents onto each tool_use entry (tool-result-not-adjacent): they answer it once moved. */
	#movedOnto = /* @__PURE__ */ new Map();
	/** The results fix re-parents onto their tool_use (tool-result-not-adjacent), by entry, with that rewrite: a removal of their parent leaves them to it. */
	#moved = /* @__PURE__ */ new Map();
	/** Those of them in a later turn with result lines fix takes out below them: where their children go, and the rewrites of the move and of those removals' re-links. */
	#movedAway = /* @__PURE__ */ new Map();
	/** Entries whose missing parent broken-parent-chain links to an entry (its uuid): a removed one's children go there too. */
	#relinks = /* @__PURE__ */ new Map();
	/** Entries whose missing parent the walk went past, with the entry it went on from (a bridge, or a cut fix re-links). */
	#crossings = /* @__PURE__ */ new Map();
	#boundaries = /* @__PURE__ */ new Map();
	#boundaryLines = [];
	#leaf;
	#lastLine = 0;
	#main = false;
	/** Made when first asked (after end()): the children of entry e are #childList[#childStart[e] .. #childStart[e + 1]). */
	#childStart;
	#childList = /* @__PURE__ */ new Int32Array(0);
	#tailCalls = /* @__PURE__ */ new Set();
	/** The result blocks reported as orphans or second answers, which fix takes out. */
	#removals = new PlannedRemovals(this);
	#pinned = false;
	#onlySummaries = true;
	turnBoundaries = [];
	constructor(emit, options = { repairs: true }) {
		this.emit = emit;
		this.options = options;
	}
	record(line, info) {
		this.#lastLine = line;
		if (info.label !== "summary") this.#onlySummaries = false;
		if (info.leafUuid !== void 0) this.#leaf = {
			uuid: info.leafUuid,
			line
		};
		const entry = info.entry;
		if (!entry) return;
		const e = this.#add(line, entry.uuid);
		if (e < 0) return;
		this.#times[e] = entry.time;
		this.#flags[e] = roleCode(entry.role) | (entry.sidechain ? SIDECHAIN : 0) | (entry.boundary ? BOUNDARY : 0) | (info.known ? 0 : UNKNOWN) | (entry.compactSummary ? COMPACT_SUMMARY : 0);
		if (!entry.sidechain) this.#main = true;
		if (entry.parentUuid === null) this.#parents[e] = -1;
		else {
			const parent = this.#index.get(entry.parentUuid);
			if (parent === void 0) {
				this.#parents[e] = -2;
				this.#pending.set(e, entry.parentUuid);
			} else this.#adopt(e, parent);
		}
		this.#messages[e] = entry.messageId === void 0 ? -1 : this.#messageCode(entry.messageId);
		if (entry.boundary) {
			this.#boundaries.set(e, entry.boundary);
			this.#boundaryLines.push(line);
			const compacted = entry.boundary.logicalParent === void 0 ? void 0 : this.#index.get(entry.boundary.logicalParent);
			if (compacted !== void 0) this.#flags[compacted] |= PARENT;
		}
		const { calls: callBlocks, results: resultBlocks } = this.#items;
		const firstCall = callBlocks.count;
		const firstResult = resultBlocks.count;
		const repairs = this.options.repairs;
		for (const item of info.items) if (item.role === "call") {
			if (repairs && this.#items.calledId(item.callId)) this.#keepEnvelope.add(e);
			this.#items.addCall(e, item);
		} else if (item.role === "output") this.#items.addResult(e, item.callId);
		else if (item.role === "user-message") this.#flags[e] |= PROMPT;
		if (this.#flags[e] & PROMPT) this.turnBoundaries.push(line);
		if (callBlocks.count > firstCall && repairs) {
			if (info.envelope) this.#envelopes.set(e, info.envelope());
			for (let at = firstCall; at < callBlocks.count; at += 1) {
				const code = callBlocks.codeAt(at);
				if (this.#items.answered(code)) continue;
				const open = this.#openCalls.get(code);
				if (open !== void 0 && open !== e) this.#keepEnvelope.add(open);
				this.#openCalls.set(code, e);
			}
		}
		if (resultBlocks.count > firstResult) {
			if (entry.blocks !== void 0 && entry.blocks !== resultBlocks.count - firstResult) this.#blocks.set(e, entry.blocks);
			if (repairs) for (let at = firstResult; at < resultBlocks.count; at += 1) this.#answer(resultBlocks.codeAt(at), this.#parents[e]);
		}
	}
	/** Whether every call of tool_use entry e has a result (so far; at the end, in the file). */
	#allAnswered(e) {
		const calls = this.#items.calls;
		const first = calls.first(e);
		for (let at = first, end = calls.end(first); at < end; at += 1) if (!this.#items.answered(calls.codeAt(at))) return false;
		return true;
	}
	/** A result for this call id: once every call of a tool_use line is answered off that line, its envelope goes. */
	#answer(code, resultParent) {
		const e = this.#openCalls.get(code);
		if (e === void 0) return;
		this.#openCalls.delete(code);
		if (resultParent !== e) this.#keepEnvelope.add(e);
		if (this.#allAnswered(e) && !this.#keepEnvelope.has(e)) this.#envelopes.delete(e);
	}
	end() {
		for (const [e, uuid] of this.#pending) {
			const parent = this.#index.get(uuid);
			if (parent === void 0) this.#missing.set(e, uuid);
			else this.#adopt(e, parent);
		}
		this.#pending.clear();
		this.#openCalls.clear();
		for (const e of this.#envelopes.keys()) if (this.#allAnswered(e) && !this.#keepEnvelope.has(e)) this.#envelopes.delete(e);
		const findings = [];
		new Resolution(this, (finding) => findings.push(finding)).run();
		const runs = this.options.runs ?? (() => true);
		/** The results reported in a later turn than their call, by entry. */
		const laterTurn = /* @__PURE__ */ new Set();
		for (const finding of findings) if ((finding.type === "orphan" || finding.type === "extra-output") && !finding.output.embedded && runs(REMOVING_RULE[finding.type])) this.#removals.add(this.#entryAt(finding.output.line), finding.output.callId);
		else if (isClaudeFinding(finding, "not-adjacent") && finding.laterTurn) laterTurn.add(this.#entryAt(finding.output.line));
		const resolved = findings.map((finding) => isClaudeFinding(finding, "not-adjacent") ? this.#throughRemovals(this.#offResultLine(finding, laterTurn)) : finding);
		for (const finding of resolved) if (isClaudeFinding(finding, "not-adjacent") && isMovable(finding) && runs("tool-result-not-adjacent")) {
			const callEntry = this.#entryAt(finding.call.line);
			const e = this.#entryAt(finding.output.line);
			this.#movedOnto.set(callEntry, [...this.#movedOnto.get(callEntry) ?? [], finding.output.callId]);
			this.#moved.set(e, moveEdit(finding));
			if (finding.children?.removed) this.#movedAway.set(e, {
				to: finding.children.to,
				rewrites: [...moveEdits(finding), ...removedRelinks(finding)]
			});
		}
		for (const finding of resolved) this.emit(finding);
	}
	/**
	* A not-adjacent result whose parent is a result line. When fix takes that line out, the result's children go
	* where the removed line's children go, and the removal leaves the result to its own move (one fix does both,
	* no line edited twice). One that hangs off a result in a later turn than its own call is left: that one cannot
	* move while a result line hangs off it, and would move in the next fix once this one had.
	*/
	#offResultLine(finding, laterTurn) {
		const parent = this.parentOf(this.#entryAt(finding.output.line));
		if (parent < 0 || this.#items.results.first(parent) < 0) return finding;
		if (laterTurn.has(parent)) return {
			...finding,
			heldBy: this.lineOf(parent)
		};
		if (!finding.children || !this.#removals.goes(parent)) return finding;
		return {
			...finding,
			children: {
				...finding.children,
				to: this.#heir(parent).uuid,
				through: this.lineOf(parent)
			}
		};
	}
	/**
	* A later-turn result whose children include result lines: it moves only when fix takes each of them out, and
	* every line those removals keep below them is a line of a type this tool knows and no result line. Those lines
	* are then re-linked by the removals, to where the result's own children go (ClaudeHistory.#heir).
	*/
	#throughRemovals(finding) {
		if (!finding.children) return finding;
		const results = this.#items.results;
		const children = this.childrenOf(this.#entryAt(finding.output.line));
		if (children.every((c) => results.first(c) < 0)) return finding;
		const left = {
			...finding,
			children: void 0
		};
		const removed = [];
		const pending = children.filter((c) => results.first(c) >= 0);
		for (let g = pending.pop(), steps = 0; g !== void 0; g = pending.pop(), steps += 1) {
			if (steps >= this.#count || !this.#removals.goes(g)) return left;
			for (const c of this.childrenOf(g)) if (this.#removals.goes(c)) pending.push(c);
			else if (results.first(c) >= 0) return left;
			else removed.push({
				line: this.lineOf(c),
				from: this.uuidOf(g)
			});
		}
		return {
			...finding,
			children: {
				...finding.children,
				lines: children.filter((c) => results.first(c) < 0).map((c) => this.lineOf(c)),
				removed
			}
		};
	}
	/**
	* Where the children of entry e, which fix takes out, go: past the ancestors that go too, past a lost parent to
	* where broken-parent-chain links it, and past a later-turn result that moves away to where its children go
	* (`away`: that move's rewrites, which the removal is made only with).
	*/
	#heir(e) {
		const top = this.#removals.topRemoved(e);
		const relinked = this.#relinks.get(top);
		const away = relinked === void 0 ? this.#movedAway.get(this.parentOf(top)) : void 0;
		if (away) return {
			uuid: away.to,
			top,
			relinked: false,
			away: {
				line: this.lineOf(this.parentOf(top)),
				rewrites: away.rewrites
			}
		};
		return {
			uuid: relinked ?? this.parentUuidOf(top),
			top,
			relinked: relinked !== void 0
		};
	}
	placeholder(call, options) {
		const e = this.#entryAt(call.line);
		const envelope = e === void 0 ? void 0 : this.#envelopes.get(e);
		if (e === void 0 || !envelope) return void 0;
		const text = options.text ?? "[Tool call interrupted: the session ended before this call's result was recorded, so its outcome is unknown. Check whether it took effect before relying on it or running it again.]";
		const repeat = this.#unansweredRepeats.has(e);
		const id = repeat ? this.#ownId(e, call.item.callId) : call.item.callId;
		const kept = repeat ? this.#removals.keptChildren(e).find((child) => this.#removals.keptAnswers(child, call.item.callId) > 0) : void 0;
		if (kept !== void 0) {
			const line = this.lineOf(kept);
			return {
				action: `answered by its tool_result at line ${line} (linked to it once the line between them goes) under the id ${id}`,
				edits: [],
				needs: [renameToolIdEdit(call.line, "id", call.item.callId, id), renameToolIdEdit(line, "tool_use_id", call.item.callId, id)]
			};
		}
		const renamedRepeat = this.#unansweredFirsts.get(e);
		const needs = repeat ? { needs: [renameToolIdEdit(call.line, "id", call.item.callId, id)] } : renamedRepeat !== void 0 ? { needs: [renameToolIdEdit(this.lineOf(renamedRepeat), "id", id, this.#ownId(renamedRepeat, id))] } : {};
		const line = placeholderLine(this.uuidOf(e), id, envelope, text);
		const boundaryAfter = this.#boundaryLines.some((boundary) => boundary > call.line);
		if (boundaryAfter || !this.#pinned && !this.#tailCalls.has(call.line)) {
			const why = boundaryAfter ? "a compact boundary follows it" : "at the end it would become the leaf";
			const insert = {
				op: "insert-after",
				line: call.line,
				text: line
			};
			const next = this.#continuation(e);
			if (next.length === 0) return {
				action: `inserted an interrupted tool_result after line ${call.line} (${why})`,
				edits: [insert],
				...needs
			};
			const uuid = placeholderUuid(id, envelope);
			return {
				action: `inserted an interrupted tool_result after line ${call.line} (${why}) and linked line${next.length === 1 ? "" : "s"} ${next.map((c) => this.lineOf(c)).join(", ")} to it`,
				edits: [insert, ...next.map((c) => relinkParentEdit(this.lineOf(c), this.uuidOf(e), uuid))],
				...needs
			};
		}
		return {
			action: `appended an interrupted tool_result answering line ${call.line}`,
			edits: [{
				op: "insert-after",
				line: this.#lastLine,
				text: line
			}],
			...needs
		};
	}
	/**
	* The children of an unanswered tool_use line that go on with the conversation (not its message's next block,
	* not result lines): an inserted placeholder takes them, so that the chain runs through it as through a real
	* result. 2.1.x would gather a result line beside the chain anyway; 2.0.77 and 1.0.128 walk only the chain
	* and leave the call out, and 1.0.1 sends the call without its result (a 400). None when the line holds more
	* than one call (their placeholders would each claim the children) or a child is of an unknown type.
	*/
	#continuation(e) {
		const calls = this.#items.calls;
		const first = calls.first(e);
		if (calls.end(first) - first !== 1) return [];
		const message = this.messageOf(e);
		const next = this.childrenOf(e).filter((c) => (message < 0 || this.messageOf(c) !== message) && this.#items.results.first(c) < 0);
		return next.some((c) => !this.known(c)) ? [] : next;
	}
	removeOutput(output, what) {
		const e = this.#entryAt(output.line);
		const removals = this.#removals;
		if (!removals.takeLine(e)) return {
			action: `removed ${what} from line ${output.line}`,
			edits: [withoutResultBlockEdit(output.line, output.callId)]
		};
		if (!removals.goes(e)) return void 0;
		const { uuid: parent, top, relinked, away } = this.#heir(e);
		const of = top === e ? "its" : `the ${relinked ? "lost " : ""}parent of line ${this.lineOf(top)}, which goes too`;
		const to = away ? `the old parent of line ${away.line}, which moves onto its tool_use` : relinked ? `the entry ${top === e ? "its lost parent" : of} is linked to` : top === e ? "its parent" : of;
		const children = this.childrenOf(e).filter((child) => !removals.goes(child) && !this.#moved.has(child));
		const moved = this.childrenOf(e).filter((child) => this.#moved.has(child));
		return {
			action: `removed ${what} at line ${output.line}${children.length > 0 ? ` and re-linked line${children.length === 1 ? "" : "s"} ${children.map((c) => this.lineOf(c)).join(", ")} to ${to}` : ""}` + (moved.length > 0 ? ` (the tool_result${moved.length === 1 ? "" : "s"} at line${moved.length === 1 ? "" : "s"} ${moved.map((c) => this.lineOf(c)).join(", ")} off it move${moved.length === 1 ? "s" : ""} onto ${moved.length === 1 ? "its" : "their"} tool_use)` : ""),
			edits: [{
				op: "remove",
				line: output.line
			}, ...children.map((child) => relinkParentEdit(this.lineOf(child), this.uuidOf(e), parent))],
			...(moved.length > 0 || away) && { needs: [...moved.map((child) => this.#moved.get(child)), ...away?.rewrites ?? []] }
		};
	}
	/**
	* A tool_use that repeats an earlier one's id, on a line of its own, and its result gets an id no block
	* has: the old one and the end of the line's uuid (deterministic, and unique per line). Only when, as the
	* same fix's removals leave the file, each of the two calls has exactly one result of the id, hanging off
	* its own line, and the id has no other (one elsewhere could answer either call), or the later call has
	* none at all and the first call's is the id's only one (killed while it ran: missing-output answers it
	* under the new id), or the first call has none and the later call's is the id's only one (the first's
	* was lost: missing-output answers the first under the old id); never for a subagent's call (its
	* meta.json names the id).
	*/
	renameCall(call, first) {
		const e = this.#entryAt(call.line);
		const firstEntry = this.#entryAt(first.line);
		if (e === void 0 || firstEntry === void 0 || call.line === first.line || !this.known(e) || SUBAGENT_TOOLS.has(call.item.name ?? "")) return void 0;
		const id = call.item.callId;
		if (this.#items.callCount(id) !== 2) return void 0;
		const removals = this.#removals;
		const answers = (entry) => removals.keptAnswers(entry, id);
		const [result, ...more] = removals.keptChildren(e).filter((child) => answers(child) > 0);
		const moved = (this.#movedOnto.get(firstEntry) ?? []).filter((each) => each === id).length;
		const firstAnswers = removals.keptChildren(firstEntry).reduce((n, child) => n + answers(child), moved);
		const unanswered = result === void 0 && firstAnswers <= 1 && removals.keptResults(id) === firstAnswers;
		const firstOwnAnswers = this.#unansweredFirsts.has(firstEntry) ? 0 : 1;
		if (!unanswered && (result === void 0 || more.length > 0 || answers(result) !== 1 || !this.known(result) || firstAnswers !== firstOwnAnswers || removals.keptResults(id) !== firstOwnAnswers + 1)) return void 0;
		const renamed = this.#ownId(e, id);
		if (this.#items.has(renamed)) return void 0;
		if (result === void 0) return {
			action: `gave the tool_use at line ${call.line}, which has no tool_result, the id ${renamed} (the call at line ${first.line} keeps ${id})`,
			edits: [renameToolIdEdit(call.line, "id", id, renamed)]
		};
		const line = this.lineOf(result);
		return {
			action: `gave the tool_use at line ${call.line} and its tool_result at line ${line} the id ${renamed} (the call at line ${first.line} keeps ${id})`,
			edits: [renameToolIdEdit(call.line, "id", id, renamed), renameToolIdEdit(line, "tool_use_id", id, renamed)]
		};
	}
	/** The id renameCall gives the call of entry e: its old one and the end of the line's uuid. */
	#ownId(e, id) {
		return `${id}_${this.uuidOf(e).replace(/[^a-zA-Z0-9]/g, "").slice(-12)}`;
	}
	/** Set by the pairing: entry e's call is the first of an id whose results all answer the later call of entry `repeat`. */
	unansweredFirst(e, repeat) {
		this.#unansweredFirsts.set(e, repeat);
	}
	/** Set by the pairing: the call of entry e repeats an earlier one's id and nothing answers it. */
	unansweredRepeat(e) {
		this.#unansweredRepeats.add(e);
	}
	/** Set by the resolution: entry e's missing parent is linked to this uuid by broken-parent-chain. */
	relinked(e, uuid) {
		this.#relinks.set(e, uuid);
	}
	/** Set by the walk: it went past entry e's missing parent on to entry `to`. */
	crossed(e, to) {
		this.#crossings.set(e, to);
	}
	get count() {
		return this.#count;
	}
	get main() {
		return this.#main;
	}
	get leafRow() {
		return this.#leaf;
	}
	/**
	* Every record is a `summary` row: not a transcript but the title of a conversation kept in another file
	* (its leafUuid names a message there). Claude Code 1.0.x writes one such file for each resumed session.
	*/
	get onlySummaries() {
		return this.#onlySummaries && this.#lastLine > 0;
	}
	indexOf(uuid) {
		return this.#index.get(uuid);
	}
	uuidOf(e) {
		return this.#index.uuidOf(e);
	}
	lineOf(e) {
		return this.#lines[e];
	}
	timeOf(e) {
		return this.#times[e];
	}
	roleOf(e) {
		return ROLES[this.#flags[e] & 7];
	}
	sidechain(e) {
		return (this.#flags[e] & SIDECHAIN) !== 0;
	}
	known(e) {
		return (this.#flags[e] & UNKNOWN) === 0;
	}
	isPrompt(e) {
		return (this.#flags[e] & PROMPT) !== 0;
	}
	boundaryOf(e) {
		return this.#boundaries.get(e);
	}
	isCompactSummary(e) {
		return (this.#flags[e] & COMPACT_SUMMARY) !== 0;
	}
	isBoundary(e) {
		return (this.#flags[e] & BOUNDARY) !== 0;
	}
	/** The compact boundaries, by entry, in file order. */
	get boundaries() {
		return this.#boundaries;
	}
	/** ROOT, MISSING or an entry. */
	parentOf(e) {
		return this.#parents[e];
	}
	/** The parent of entry e as the walk goes: past a missing parent, the entry it went on from (ROOT or MISSING where it did not go on). */
	walkedParentOf(e) {
		const parent = this.#parents[e];
		return parent === -2 ? this.#crossings.get(e) ?? -2 : parent;
	}
	missingParentOf(e) {
		return this.#missing.get(e);
	}
	get missingParents() {
		return this.#missing;
	}
	parentUuidOf(e) {
		const parent = this.#parents[e];
		return parent === -1 ? null : parent === -2 ? this.#missing.get(e) : this.uuidOf(parent);
	}
	messageOf(e) {
		return this.#messages[e];
	}
	/** The tool_use and tool_result blocks, by entry. */
	get tools() {
		return this.#items;
	}
	hasCalls(e) {
		return this.#items.calls.first(e) >= 0;
	}
	/** The entries with tool_use blocks, in file order. */
	callEntries() {
		return this.#items.calls.entries();
	}
	/** The number of distinct message.ids. */
	get messageCount() {
		return this.#messageIds.size;
	}
	/** The content blocks of a tool_result line. */
	blocksOf(e) {
		const blocks = this.#blocks.get(e);
		if (blocks !== void 0) return blocks;
		const first = this.#items.results.first(e);
		return first < 0 ? 0 : this.#items.results.end(first) - first;
	}
	callRecord(e, item, embedded) {
		const line = this.lineOf(e);
		const timestamp = this.timestampOf(e);
		return {
			line,
			item,
			embedded,
			runStart: line,
			turn: 0,
			...timestamp !== void 0 && { timestamp }
		};
	}
	outputRecord(e, callId, outside) {
		return {
			line: this.lineOf(e),
			kind: "tool_result",
			callId,
			embedded: outside,
			turn: 0,
			early: false
		};
	}
	timestampOf(e) {
		const time = this.#times[e];
		return Number.isNaN(time) ? void 0 : new Date(time).toISOString();
	}
	/** The entries whose parent is e, in file order (valid after end()). */
	childrenOf(e) {
		const start = this.#childStart ??= this.#indexChildren();
		return Array.from(this.#childList.subarray(start[e], start[e + 1]));
	}
	/** Whether some entry names e as its parent (valid after end()). */
	hasChildren(e) {
		return (this.#flags[e] & PARENT) !== 0;
	}
	/** Set by the resolution: which calls sit in the last assistant message, and whether a last-prompt picked the leaf. */
	settle(tailCalls, pinned) {
		this.#tailCalls = tailCalls;
		this.#pinned = pinned;
	}
	/** The lines of one API message come one after another: the last one's id is looked up first. */
	#messageCode(messageId) {
		if (messageId !== this.#lastMessageId) {
			this.#lastMessageId = messageId;
			this.#lastMessageCode = this.#messageIds.intern(messageId);
		}
		return this.#lastMessageCode;
	}
	/** A new entry for this uuid, -1 when an earlier line has it (the first one counts). */
	#add(line, uuid) {
		const e = this.#count;
		if (!this.#index.add(uuid, e)) return -1;
		if (e === this.#lines.length) this.#grow();
		this.#count += 1;
		this.#lines[e] = line;
		return e;
	}
	/** The entry on this line, if any (entries are in line order). */
	#entryAt(line) {
		let low = 0;
		let high = this.#count - 1;
		while (low <= high) {
			const middle = low + high >>> 1;
			const at = this.#lines[middle];
			if (at === line) return middle;
			if (at < line) low = middle + 1;
			else high = middle - 1;
		}
	}
	#adopt(e, parent) {
		this.#parents[e] = parent;
		this.#flags[parent] |= PARENT;
	}
	/** Every entry's children, once the parents are known: counted, then laid out by parent (CSR); returns where each entry's children start in the list. */
	#indexChildren() {
		const count = this.#count;
		const start = new Int32Array(count + 1);
		for (let c = 0; c < count; c += 1) if (this.#parents[c] >= 0) start[this.#parents[c] + 1] += 1;
		for (let e = 0; e < count; e += 1) start[e + 1] += start[e];
		const list = new Int32Array(start[count]);
		const next = start.slice(0, count);
		for (let c = 0; c < count; c += 1) if (this.#parents[c] >= 0) list[next[this.#parents[c]]++] = c;
		this.#childList = list;
		return start;
	}
	#grow() {
		const size = grownLength(this.#lines.length);
		this.#lines = grownArray(this.#lines, size);
		this.#parents = grownArray(this.#parents, size);
		this.#times = grownArray(this.#times, size);
		this.#flags = grownArray(this.#flags, size);
		this.#messages = grownArray(this.#messages, size);
	}
};
// dist/formats/claude-code/live-session.js
/**
* Claude Code marks each running process in <config>/sessions/<pid>.json ({pid, sessionId, procStart, …}):
* written at start, deleted on a clean exit, left behind by SIGKILL. A transcript is live when such a
* file names its session and a process with that pid and start time still runs (procStart is the
* starttime field of /proc/<pid>/stat, as the client itself compares it).
*
* Versions before 2.1.x (2.0.77, 1.0.x) write no marker, and append to the transcript by path without
* holding it open: a replaced file would get the result of the tool they are running after the placeholder.
* So a running Claude Code with no marker whose working folder is the transcript's project is taken to be
* writing it (it may be writing another session of that project: refusing is the safe side). Never throws.
*/
async function claudeLiveSession(path, processes) {
	const sessionId = sessionIdOf(path);
	const marked = /* @__PURE__ */ new Set();
	for (const folder of sessionFolders(path)) for (const name of entries(folder)) {
		if (!/^\d+\.json$/.test(name)) continue;
		const marker = (0, node_path.join)(folder, name);
		const record = markerIn(marker);
		if (typeof record?.pid !== "number" || !Number.isSafeInteger(record.pid)) continue;
		marked.add(record.pid);
		if (record.sessionId !== sessionId) continue;
		if (running(record.pid, record.procStart, processes)) return {
			pid: record.pid,
			name: "claude",
			evidence: `owns the session (${marker})`
		};
	}
	return unmarkedClientIn(projectFolderOf(path), marked, processes);
}
function entries(folder) {
	try {
		return (0, node_fs.readdirSync)(folder);
	} catch {
		return [];
	}
}
function markerIn(path) {
	try {
		return JSON.parse((0, node_fs.readFileSync)(path, "utf8"));
	} catch {
		return;
	}
}
/** The session a transcript belongs to: <session>.jsonl, or <session>/subagents/agent-<id>.jsonl. */
function sessionIdOf(path) {
	const file = (0, node_path.basename)(path).replace(/\.jsonl$/, "");
	return (0, node_path.basename)((0, node_path.dirname)(path)) === "subagents" ? (0, node_path.basename)((0, node_path.dirname)((0, node_path.dirname)(path))) : file;
}
/** The project folder's name (<cwd-slug>): the transcript's folder, or the one above <session>/subagents/. */
function projectFolderOf(path) {
	return (0, node_path.basename)((0, node_path.dirname)(path)) === "subagents" ? (0, node_path.basename)((0, node_path.dirname)((0, node_path.dirname)((0, node_path.dirname)(path)))) : (0, node_path.basename)((0, node_path.dirname)(path));
}
/**
* A Claude Code command line: the native `claude`, or node running the JS package's cli.js (before 2.1.x;
* 1.0.1's shebang gives node options first: `node --no-warnings --enable-source-maps …/cli.js`).
*/
function isClaudeCommand(argv) {
	const script = argv.slice(1).find((arg) => !arg.startsWith("-"));
	return (0, node_path.basename)(argv[0] ?? "") === "claude" || script !== void 0 && /[/\\]@anthropic-ai[/\\]claude-code[/\\]cli\.js$/.test(script);
}
/**
* A running Claude Code process without a session marker whose working folder's slug is the project folder's
* name (every character but letters and digits made `-`, as the client names the folder).
*/
function unmarkedClientIn(project, marked, processes) {
	for (const pid of processes.pids) {
		if (marked.has(pid) || !isClaudeCommand(processes.argv(pid))) continue;
		const cwd = processes.cwd(pid);
		if (cwd === void 0 || cwd.replace(/[^a-zA-Z0-9]/g, "-") !== project) continue;
		return {
			pid,
			name: "claude",
			evidence: `runs in the project's folder (${cwd}) and, older than 2.1, marks no session it writes`
		};
	}
}
/** The sessions folder beside the projects folder the transcript is in, and the configured one. */
function sessionFolders(path) {
	const parts = (0, node_path.resolve)(path).split(node_path.sep);
	const projects = parts.lastIndexOf("projects");
	const beside = projects > 0 ? (0, node_path.join)(parts.slice(0, projects).join(node_path.sep) || node_path.sep, "sessions") : void 0;
	const configured = (0, node_path.join)(process.env.CLAUDE_CONFIG_DIR || (0, node_path.join)((0, node_os.homedir)(), ".claude"), "sessions");
	return [...new Set([beside, configured].filter((folder) => folder !== void 0))];
}
function running(pid, procStart, processes) {
	try {
		process.kill(pid, 0);
	} catch (error) {
		if (error.code !== "EPERM") return false;
	}
	return typeof procStart !== "string" || !processes.listed || processes.startTime(pid) === procStart;
}
// dist/formats/claude-code/time.js
/**
* Date.parse of a line's timestamp, with its result to the millisecond: Claude Code writes every one as
* `toISOString()` does (`2026-11-24T09:00:00.872Z`), which is read here by hand, faster than Date.parse
* on a transcript's hundred thousand lines. Any other text, and the values Date.parse treats specially
* (hour 24), go to Date.parse itself. Straight-line code without calls or loops: it runs once per line of
* one pass, mostly before V8 has optimized it, where every call and loop counts.
*/
function parseTime(text) {
	if (text.length !== 24 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(10) !== T || text.charCodeAt(13) !== COLON$1) return Date.parse(text);
	if (text.charCodeAt(16) !== COLON$1 || text.charCodeAt(19) !== DOT$1 || text.charCodeAt(23) !== Z) return Date.parse(text);
	const y0 = text.charCodeAt(0) - ZERO$1;
	const y1 = text.charCodeAt(1) - ZERO$1;
	const y2 = text.charCodeAt(2) - ZERO$1;
	const y3 = text.charCodeAt(3) - ZERO$1;
	const mo0 = text.charCodeAt(5) - ZERO$1;
	const mo1 = text.charCodeAt(6) - ZERO$1;
	const d0 = text.charCodeAt(8) - ZERO$1;
	const d1 = text.charCodeAt(9) - ZERO$1;
	const h0 = text.charCodeAt(11) - ZERO$1;
	const h1 = text.charCodeAt(12) - ZERO$1;
	const mi0 = text.charCodeAt(14) - ZERO$1;
	const mi1 = text.charCodeAt(15) - ZERO$1;
	const s0 = text.charCodeAt(17) - ZERO$1;
	const s1 = text.charCodeAt(18) - ZERO$1;
	const ms0 = text.charCodeAt(20) - ZERO$1;
	const ms1 = text.charCodeAt(21) - ZERO$1;
	const ms2 = text.charCodeAt(22) - ZERO$1;
	if ((y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1 | ms0 | ms1 | ms2) < 0) return Date.parse(text);
	if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || mo0 > 9 || mo1 > 9 || d0 > 9 || d1 > 9 || h0 > 9 || h1 > 9 || mi0 > 9 || mi1 > 9 || s0 > 9 || s1 > 9 || ms0 > 9 || ms1 > 9 || ms2 > 9) return Date.parse(text);
	const year = y0 * 1e3 + y1 * 100 + y2 * 10 + y3;
	const month = mo0 * 10 + mo1;
	const day = d0 * 10 + d1;
	const hour = h0 * 10 + h1;
	const minute = mi0 * 10 + mi1;
	const second = s0 * 10 + s1;
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return Date.parse(text);
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return (era * 146097 + dayOfEra - 719468) * 864e5 + hour * 36e5 + minute * 6e4 + second * 1e3 + ms0 * 100 + ms1 * 10 + ms2;
}
const DASH = 45;
const COLON$1 = 58;
const DOT$1 = 46;
const T = 84;
const Z = 90;
const ZERO$1 = 48;
// dist/formats/claude-code/records.js
/**
* The lines of a Claude Code transcript (~/.claude/projects/<cwd>/<session>.jsonl), as far as the chain
* and the pairing of tool calls need them. Most bytes sit in content the chain never reads (tool outputs,
* thinking, attachments with the whole system prompt, request logs), so lines are classified from a few
* scanned fields: 2.1.332 writes one content block per line, whose type and ids the scan picks out. Only
* lines of several blocks, tool_use lines whose envelope holds objects, and compact boundaries are parsed.
*/
/** Every line type Claude Code writes (2.1.332's loader names these, and older versions wrote the rest). */
const KNOWN_TYPES = /* @__PURE__ */ new Set([
	"user",
	"assistant",
	"system",
	"attachment",
	"summary",
	"queue-operation",
	"last-prompt",
	"mode",
	"permission-mode",
	"file-history-snapshot",
	"file-history-delta",
	"progress",
	"custom-title",
	"ai-title",
	"agent-name",
	"agent-setting",
	"bridge-session",
	"pr-link",
	"content-replacement",
	"worktree-state",
	"fork-context-ref",
	"frame-link",
	"relocated",
	"result",
	"saved_hook_context",
	"started",
	"tag",
	"turn_end",
	"atis-latch",
	"tools-used",
	"cost-state",
	"api-request",
	"api-request-shape",
	"api-request-blob"
]);
const ENVELOPE_FIELDS = [
	"isSidechain",
	"agentId",
	"userType",
	"entrypoint",
	"cwd",
	"sessionId",
	"version",
	"gitBranch",
	"slug"
];
const NO_ITEMS = [];
const USER_MESSAGE = [{ role: "user-message" }];
/** The fields the fast path picks out. */
const BLOCK = "message.content[]";
const FIELDS = new FieldList([
	"type",
	"payload",
	"uuid",
	"parentUuid",
	"isSidechain",
	"timestamp",
	"subtype",
	"leafUuid",
	"sessionId",
	"message",
	"message.id",
	"message.content",
	"isCompactSummary",
	`${BLOCK}.type`,
	`${BLOCK}.id`,
	`${BLOCK}.name`,
	`${BLOCK}.tool_use_id`,
	...ENVELOPE_FIELDS
], { distinct: ["timestamp"] });
const [TYPE, PAYLOAD, UUID, PARENT_UUID, IS_SIDECHAIN, TIMESTAMP, SUBTYPE, LEAF_UUID, SESSION_ID, MESSAGE, MESSAGE_ID, CONTENT] = [
	"type",
	"payload",
	"uuid",
	"parentUuid",
	"isSidechain",
	"timestamp",
	"subtype",
	"leafUuid",
	"sessionId",
	"message",
	"message.id",
	"message.content"
].map((path) => FIELDS.of(path));
const IS_COMPACT_SUMMARY = FIELDS.of("isCompactSummary");
const [BLOCK_TYPE, BLOCK_ID, BLOCK_NAME, BLOCK_TOOL_USE_ID] = [
	"type",
	"id",
	"name",
	"tool_use_id"
].map((name) => FIELDS.of(`${BLOCK}.${name}`));
const ENVELOPE_REFS = ENVELOPE_FIELDS.map((name) => [name, FIELDS.of(name)]);
/** The fields the fast path copies into an envelope: it can when each is a scalar (or absent). */
const COPIED_FIELDS = [TIMESTAMP, ...ENVELOPE_REFS.map(([, ref]) => ref)];
function copiable(fields) {
	for (const field of COPIED_FIELDS) {
		const kind = fields.kind(field);
		if (kind === "object" || kind === "array") return false;
	}
	return true;
}
/**
* From scanned fields: exactly what classifyClaude gives for the parsed record, or undefined when that
* takes the whole value (several content blocks, a tool_use line whose envelope holds an object, the
* metadata of a compact boundary).
*/
function classifyScanned(fields) {
	const type = fields.string(TYPE);
	if (type === "system" && fields.string(SUBTYPE) === "compact_boundary") return void 0;
	if (type !== "user" && type !== "assistant" || fields.kind(MESSAGE) !== "object" || fields.kind(CONTENT) !== "array") return classifyFields(fields);
	const length = fields.length(CONTENT);
	if (length > 1) return void 0;
	const blockType = length === 0 ? void 0 : fields.string(BLOCK_TYPE);
	if (type === "assistant" && blockType === "tool_use" && !copiable(fields)) return void 0;
	const block = SCANNED_BLOCK;
	block.type = blockType;
	block.id = blockType === "tool_use" ? fields.string(BLOCK_ID) : void 0;
	block.name = blockType === "tool_use" ? fields.string(BLOCK_NAME) : void 0;
	block.tool_use_id = blockType === "tool_result" ? fields.string(BLOCK_TOOL_USE_ID) : void 0;
	SCANNED_CONTENT.blocks = length === 0 ? NO_BLOCKS : ONE_BLOCK;
	SCANNED_CONTENT.fields = fields;
	return classifyFields(fields, SCANNED_CONTENT);
}
const SCANNED_BLOCK = {
	type: void 0,
	id: void 0,
	name: void 0,
	tool_use_id: void 0
};
const ONE_BLOCK = [SCANNED_BLOCK];
const NO_BLOCKS = [];
const SCANNED_CONTENT = {
	blocks: NO_BLOCKS,
	fields: void 0,
	envelope: () => scannedEnvelope(SCANNED_CONTENT.fields)
};
/** A field's value, for the scalar kinds. */
function scalarOf(fields, field) {
	switch (fields.kind(field)) {
		case "string": return fields.string(field);
		case "number": return fields.number(field);
		case "boolean": return fields.boolean(field);
		case "null": return null;
		default: return;
	}
}
function scannedEnvelope(fields) {
	const envelope = { timestamp: scalarOf(fields, TIMESTAMP) };
	for (const [name, field] of ENVELOPE_REFS) if (fields.kind(field) !== "absent") envelope[name] = scalarOf(fields, field);
	return envelope;
}
function parsedEnvelope(value) {
	const envelope = { timestamp: value.timestamp };
	for (const field of ENVELOPE_FIELDS) if (field in value) envelope[field] = value[field];
	return envelope;
}
const labels = /* @__PURE__ */ new Map();
function labelOf(type, subtype) {
	if (subtype === void 0) return type;
	const key = `${type}/${subtype}`;
	let label = labels.get(key);
	if (label === void 0) {
		label = key;
		if (labels.size < 256) labels.set(key, label);
	}
	return label;
}
/**
* One record from its fields and, for the lines that have them, its content blocks and envelope (and a
* compact boundary's parsed value). The same code serves the fast path (scanned fields) and the parsed one.
*/
function classifyFields(fields, content) {
	const type = fields.string(TYPE);
	if (type === void 0) return info("record", false, NO_ITEMS);
	const subtype = type === "system" ? fields.string(SUBTYPE) : void 0;
	const label = labelOf(type, subtype);
	const known = KNOWN_TYPES.has(type);
	if (type === "last-prompt") return info(label, known, NO_ITEMS, void 0, void 0, fields.string(LEAF_UUID));
	const uuid = fields.string(UUID);
	const chained = type === "user" || type === "assistant" || type === "attachment" || type === "system";
	if (uuid === void 0) return info(label, known, NO_ITEMS, void 0, chained && type !== "system" ? "a user, assistant or attachment line needs a string uuid" : void 0);
	const parentKind = fields.kind(PARENT_UUID);
	if (parentKind !== "string" && parentKind !== "null" && parentKind !== "absent") return info(label, known, NO_ITEMS, void 0, "parentUuid must be a string or null");
	const timestamp = fields.string(TIMESTAMP);
	const entry = {
		uuid,
		parentUuid: fields.string(PARENT_UUID) ?? null,
		sidechain: fields.boolean(IS_SIDECHAIN) === true,
		role: "other",
		time: timestamp === void 0 ? NaN : parseTime(timestamp),
		messageId: void 0,
		boundary: void 0,
		blocks: void 0,
		compactSummary: type === "user" && fields.boolean(IS_COMPACT_SUMMARY) === true
	};
	if (!chained) return info(label, known, NO_ITEMS, entry);
	if (type === "attachment" || type === "system") {
		entry.role = type;
		if (subtype === "compact_boundary") entry.boundary = boundaryOf(content?.value);
		return info(label, known, NO_ITEMS, entry);
	}
	if (fields.kind(MESSAGE) !== "object") return info(label, known, NO_ITEMS, void 0, "a user or assistant line needs a message object");
	const contentKind = fields.kind(CONTENT);
	entry.role = type;
	if (type === "user") {
		if (contentKind === "string") return info(label, known, USER_MESSAGE, entry);
		if (contentKind !== "array") return info(label, known, NO_ITEMS, entry, "message.content must be a string or an array");
		return userBlocks(label, known, entry, content.blocks);
	}
	entry.messageId = fields.string(MESSAGE_ID);
	if (contentKind !== "array") return info(label, known, NO_ITEMS, entry, contentKind !== "string" ? "message.content must be an array" : void 0);
	return assistantBlocks(label, known, entry, content);
}
function info(label, known, items, entry, invalid, leafUuid, envelope) {
	return {
		label,
		known,
		items,
		entry,
		invalid,
		leafUuid,
		envelope
	};
}
function userBlocks(label, known, entry, blocks) {
	let items;
	let invalid;
	let results = 0;
	for (const block of blocks) {
		const { type, tool_use_id: id } = block ?? {};
		if (type !== "tool_result") continue;
		results += 1;
		if (typeof id === "string") items = withItem(items, {
			role: "output",
			callId: id,
			kind: "tool_result"
		});
		else invalid ??= "a tool_result block needs a string tool_use_id";
	}
	if (results === 0) return info(label, known, USER_MESSAGE, entry, invalid);
	entry.blocks = blocks.length;
	return info(label, known, items ?? NO_ITEMS, entry, invalid);
}
function assistantBlocks(label, known, entry, content) {
	let items;
	let invalid;
	for (const block of content.blocks) {
		const { type, id, name } = block ?? {};
		if (type !== "tool_use") continue;
		if (typeof id === "string") items = withItem(items, {
			role: "call",
			callId: id,
			kind: "tool_use",
			expects: "tool_result",
			name: typeof name === "string" ? name : void 0
		});
		else invalid ??= "a tool_use block needs a string id";
	}
	return info(label, known, items ?? NO_ITEMS, entry, invalid, void 0, items && content.envelope);
}
/** Items made one at a time: the array of a line's one block (most lines) holds no room for more. */
function withItem(items, item) {
	if (items === void 0) return [item];
	items.push(item);
	return items;
}
function boundaryOf(value) {
	const metadata = value?.compactMetadata ?? {};
	const segment = metadata.preservedSegment ?? {};
	const messages = metadata.preservedMessages ?? {};
	const text = (x) => typeof x === "string" ? x : void 0;
	const head = text(segment.headUuid);
	const anchor = text(segment.anchorUuid);
	const tail = text(segment.tailUuid);
	const listed = Array.isArray(messages.uuids) ? messages.uuids.filter((uuid) => typeof uuid === "string") : [];
	const preserved = [...new Set([
		head,
		anchor,
		tail,
		text(messages.anchorUuid),
		...listed
	].filter((uuid) => uuid !== void 0))];
	const logicalParent = text(value?.logicalParentUuid);
	return {
		preserved,
		...anchor && { anchor },
		...head && { head },
		...tail && { tail },
		...logicalParent && { logicalParent }
	};
}
function classifyClaude(value) {
	const record = value;
	const content = record.message?.content;
	return classifyFields(fieldsOf(value, FIELDS), {
		blocks: Array.isArray(content) ? content : [],
		envelope: () => parsedEnvelope(record),
		value: record
	});
}
/** A first record that is a Claude Code line: a type Claude Code writes, or a session id on a record without Codex's payload. */
function isClaudeRecord(value) {
	const record = value;
	if ("payload" in record) return false;
	return typeof record.type === "string" && KNOWN_TYPES.has(record.type) || typeof record.sessionId === "string" && typeof record.type === "string";
}
/** Claude Code transcripts: ~/.claude/projects/<cwd>/<session>.jsonl and its subagents/agent-<id>.jsonl. */
const claudeCode = {
	name: "claude-code",
	description: "Claude Code transcript (~/.claude/projects/…/<session>.jsonl)",
	words: {
		callKey: "id",
		outputKey: "tool_use_id",
		outsideNote: " It is outside the conversation Claude Code rebuilds on resume (on a dead branch, behind a cut in the parentUuid chain, or in the history a later compact boundary summarised).",
		embeddedNote: " fix leaves dead branches as they are."
	},
	matches: isClaudeRecord,
	classify: classifyClaude,
	timestampOf: (value) => {
		const timestamp = value.timestamp;
		return typeof timestamp === "string" ? timestamp : void 0;
	},
	scan: {
		fields: FIELDS,
		classify: classifyScanned,
		matches: (fields) => {
			const type = fields.string(TYPE);
			return fields.kind(PAYLOAD) === "absent" && type !== void 0 && (KNOWN_TYPES.has(type) || fields.kind(SESSION_ID) === "string");
		},
		timestampOf: (fields) => fields.string(TIMESTAMP)
	},
	toleratesBom: true,
	createHistory: (emit, options) => new ClaudeHistory(emit, options),
	liveSession: claudeLiveSession
};
// dist/formats/claude-code/rules/broken-parent-chain.js
var broken_parent_chain_default = defineRule({
	name: "broken-parent-chain",
	code: "SD401",
	severity: "error",
	fixable: true,
	summary: "A parentUuid names no entry in the file.",
	explanation: "Claude Code rebuilds the conversation by walking parentUuid back from the last message. When a parent is not in the file (a lost or torn line, a writer bug), it bridges to the nearest earlier entry only if that is at most 5 s older (Claude Code 2.1 and later; 2.0.77 and 1.0.128 bridge no gap); beyond that the walk ends and all earlier history is dropped without a word. An error when history is lost (the message says how many messages become unreachable), a warning when the client bridges it or the break is on a dead branch. fix links a bridged entry to the entry the client bridges to (safe: the model sees the same, and older clients get the history back). A cut chain is re-linked to the entry the client would bridge to only when that entry is unambiguous and only with --unsafe-fixes, because it changes what the model sees: it restores the lost history. A compact summary beyond the bridge names its boundary, so a lost boundary (a torn compact_boundary line) loses the messages it preserved, not the history before it, which stays compacted: fix makes the summary the root it already is to the client (re-linking it to the entry before would send the whole history the user compacted away).",
	create(context) {
		return { pairing(finding) {
			if (!isClaudeFinding(finding, "broken-parent")) return;
			const { line, missing, bridged, known, outside, unreachable, summary, target } = finding;
			if (summary) {
				context.report({
					line,
					message: `parentUuid ${missing} names no entry in the file: it was the compact boundary of this summary, which is lost. Claude Code starts the conversation at the summary, without the messages the boundary preserved; the history before it stays compacted.`,
					fixable: known,
					repair: () => ({
						action: `made line ${line}, a compact summary whose boundary is lost, the root it is to Claude Code`,
						edits: [relinkParentEdit(line, missing, null)]
					})
				});
				return;
			}
			const seconds = target ? ` (${(target.gapMs / 1e3).toFixed(1)} s before it)` : "";
			const onto = target ? `line ${target.line}${seconds}` : "";
			let message = `parentUuid ${missing} names no entry in the file;`;
			if (outside) message += " the entry is on a dead branch, which Claude Code does not walk.";
			else if (bridged) message += ` Claude Code bridges it to ${onto}, within its ${BRIDGE_MS / 1e3} s window (since 2.1; 2.0 and 1.0 drop the earlier history there).`;
			else if (unreachable === 0) message += " no earlier message is in the file, so the conversation starts here and nothing is lost.";
			else message += ` Claude Code ends the conversation here: ${unreachable} earlier message${unreachable === 1 ? " is" : "s are"} dropped on resume${target ? ` (the nearest earlier entry is ${onto}, beyond the ${BRIDGE_MS / 1e3} s bridge)` : ""}.`;
			const relinkable = known && !outside && target?.unique === true && (bridged || unreachable > 0);
			if (!outside && target && !target.unique) message += " More than one entry has that timestamp, so fix does not choose.";
			context.report({
				line,
				message,
				outsideHistory: outside || bridged || unreachable === 0,
				fixable: relinkable,
				...!bridged && { applicability: "unsafe" },
				repair: () => ({
					action: `linked line ${line} to its ${bridged ? "bridged" : "nearest earlier"} entry at line ${target.line}`,
					edits: [relinkParentEdit(line, missing, target.uuid)]
				})
			});
		} };
	}
});
// dist/formats/claude-code/rules/dangling-compact-reference.js
var dangling_compact_reference_default = defineRule({
	name: "dangling-compact-reference",
	code: "SD403",
	severity: "error",
	fixable: true,
	fixSafety: "unsafe",
	summary: "A compact boundary names preserved messages the file does not hold.",
	explanation: "After /compact, Claude Code resumes from the boundary's summary and the messages its compactMetadata preserves (preservedSegment headUuid, anchorUuid, tailUuid; preservedMessages). When one of them is missing, the client silently drops the summary and the preserved messages. A warning for an older boundary that the conversation no longer starts from. The lost lines cannot be rebuilt, so fix leaves them, but for one case: a boundary that ends the file without its summary (the client was killed while /compact wrote its lines). 2.1.332 still resumes from that boundary, not from the leaf it compacted, and sends the preserved messages with no summary before them (a request that can start with an assistant message). With --unsafe-fixes fix removes the unfinished boundary, and the conversation goes on from the history before it, as if /compact had not run: the model sees that history again.",
	create(context) {
		return { pairing(finding) {
			if (!isClaudeFinding(finding, "dangling-compact")) return;
			const { line, missing, outside, unfinished } = finding;
			const what = `The compact boundary names ${missing.length === 1 ? "an entry" : `${missing.length} entries`} not in the file (${missing.join(", ")}); `;
			const consequence = outside ? "the conversation no longer starts from this boundary." : unfinished ? "it ends the file without its summary (the compaction was cut off): Claude Code resumes from it with the preserved messages and no summary." : "Claude Code drops the summary and the preserved messages on resume.";
			context.report({
				line,
				message: what + consequence,
				outsideHistory: outside,
				fixable: unfinished === true,
				applicability: "unsafe",
				repair: () => ({
					action: `removed the unfinished compact boundary at line ${line} (the conversation goes on from the history it would have compacted)`,
					edits: [{
						op: "remove",
						line
					}]
				})
			});
		} };
	}
});
// dist/formats/claude-code/rules/dangling-leaf-uuid.js
var dangling_leaf_uuid_default = defineRule({
	name: "dangling-leaf-uuid",
	code: "SD402",
	severity: "warning",
	fixable: false,
	summary: "The last last-prompt row names a message the file does not hold.",
	explanation: "Claude Code resumes from the message the last last-prompt row names as its leafUuid. When that message is not in the file (it was lost, or the row was copied from another session), the client ignores the row and resumes from the last message in file order, which may be another branch than the one last used. The usual cause is a torn tail: 2.1.332 can write the last-prompt row before the message it names, and a crash then loses the message. fix leaves the row, and does not append one of its own: a row naming the message the client falls back to would change nothing the client does (it already resumes from there), a row naming any other message would be a guess (which message was meant cannot be known from the file), and the client writes a new last-prompt row with the next prompt it sends, which ends the warning.",
	create(context) {
		return { pairing(finding) {
			if (!isClaudeFinding(finding, "dangling-leaf")) return;
			context.report({
				line: finding.line,
				message: `last-prompt names leaf ${finding.uuid}, which is not in the file; Claude Code resumes from the last message in file order instead.`
			});
		} };
	}
});
// dist/formats/claude-code/rules/empty-transcript.js
var empty_transcript_default = defineRule({
	name: "empty-transcript",
	code: "SD404",
	severity: "error",
	fixable: false,
	summary: "The transcript holds no user or assistant message.",
	explanation: "Claude Code resumes a session from its messages. A transcript with only rows outside the chain (queue-operation, last-prompt, snapshots), or whose messages were all lost, fails to resume with \"No conversation found with session ID\". There is nothing to rebuild it from, so fix leaves it. A file of summary rows only is not reported: Claude Code 1.0.x writes one for each resumed session, the title of a conversation kept in another file.",
	create(context) {
		return { pairing(finding) {
			if (!isClaudeFinding(finding, "empty")) return;
			context.report({
				line: 1,
				message: "The transcript holds no user or assistant message; claude --resume fails with \"No conversation found with session ID\"."
			});
		} };
	}
});
// dist/formats/claude-code/rules/index.js
/** The rules only Claude Code transcripts need. */
const CLAUDE_RULES = [
	defineRule({
		name: "tool-result-not-adjacent",
		code: "SD108",
		severity: "error",
		fixable: true,
		summary: "A tool_result is not in the user message right after its tool_use.",
		explanation: "The Messages API needs every tool_use answered in the very next user message (\"tool_use ids were found without tool_result blocks immediately after\"). Claude Code rebuilds that message from the result lines that are children of the tool_use's line, or that follow it on the chain. A result separated from its call (another message in between, or hung off another entry) is thrown away on every request and replaced by \"[Tool result missing due to internal error]\": the model loses the real output. fix re-parents the result line onto its tool_use's line (parentUuid and sourceToolAssistantUUID), which keeps the real output where the client expects it. A result in a later turn than its call (a prompt between them) has the lines after it hanging off it: moved alone they would take the turns between off the conversation, so fix also re-links those lines to the result's old parent, and every turn stays. That is an unsafe fix, applied only with --unsafe-fixes: the turns between were answered without that output, and the model would now see it before them (and the later turn loses the empty user message the stripped result left). When the result's parent is a result line fix takes out (an orphan, a second answer), the one fix does both: the removal leaves the result to its move, and the lines after it go where the removed line's children go; when a line after it is such a line, its removal re-links what hangs off it to the result's old parent. A later-turn result is left when those lines cannot be re-linked (one is of a type this tool does not know, or a result line fix keeps there). A result that hangs off a later-turn result left so is left too: moved alone, it would leave that one's move to a second fix.",
		create(context) {
			return { pairing(finding) {
				if (!isClaudeFinding(finding, "not-adjacent")) return;
				const { output, call, blocks, laterTurn, children, heldBy, outside } = finding;
				const words = wordsOf(context);
				const movable = isMovable(finding);
				context.report({
					line: output.line,
					message: `${describeOutput(output, words)} is not in the user message right after ${describeCall(call, words)} at line ${call.line}; Claude Code replaces it with a placeholder and the model loses the real output.` + (outside ? words.outsideNote : "") + (movable ? laterTurn ? children?.through === void 0 ? " It sits in a later turn: fix re-links the lines after it to its parent, so that every turn stays." : ` It sits in a later turn, off line ${children.through}, which fix takes out: fix re-links the lines after it where that line's children go, so that every turn stays.` : "" : blocks > 1 ? " Its line holds other blocks too, so fix leaves it." : heldBy !== void 0 ? ` It hangs off the tool_result at line ${heldBy}, which sits in a later turn than its own tool_use and cannot move while this one hangs off it: moved alone, this one would leave that move to a second fix, so fix leaves both.` : laterTurn ? " It sits in a later turn, and fix cannot re-link the lines after it to its parent: moved onto its tool_use, it would take the turns between off the conversation, so fix leaves it." : " It already hangs off its tool_use, so fix cannot move it."),
					callId: output.callId,
					outsideHistory: outside,
					fixable: movable,
					...laterTurn && { applicability: "unsafe" },
					repair: () => {
						const relinked = children?.lines ?? [];
						const to = children?.through === void 0 ? "its old parent" : `the entry that takes the children of its old parent at line ${children.through}, which goes`;
						return {
							action: `re-parented the tool_result at line ${output.line} onto its tool_use at line ${call.line}` + (relinked.length > 0 ? ` and re-linked line${relinked.length === 1 ? "" : "s"} ${relinked.join(", ")} to ${to}` : ""),
							edits: moveEdits(finding),
							...children?.removed && children.removed.length > 0 && { needs: removedRelinks(finding) }
						};
					}
				});
			} };
		}
	}),
	broken_parent_chain_default,
	dangling_leaf_uuid_default,
	dangling_compact_reference_default,
	empty_transcript_default
];
// dist/formats/codex/rules/legacy-format.js
var legacy_format_default = defineRule({
	name: "legacy-format",
	code: "SD305",
	severity: "warning",
	fixable: false,
	summary: "The file uses a Codex format that current Codex cannot resume.",
	explanation: "Codex builds from May to September 2025 wrote a bare session header line followed by bare response items (and {\"record_type\":\"state\"} snapshots). Current Codex reads every such line as a parse error and fails to resume with \"failed to parse thread ID from rollout file\". The pairing rules still apply to these files. Converting to the current envelope is not done by fix.",
	create(context) {
		return { firstRecord({ line }) {
			const format = codexFormat(context.format());
			if (!format?.legacy) return;
			context.report({
				line,
				message: `This file is a ${format.description}; current Codex cannot resume it.`
			});
		} };
	}
});
// dist/formats/codex/rules/mismatched-output-kind.js
var mismatched_output_kind_default = defineRule({
	name: "mismatched-output-kind",
	code: "SD103",
	severity: "error",
	fixable: true,
	fixSafety: "unsafe",
	summary: "A call is answered by an output of the wrong kind.",
	explanation: "function_call and local_shell_call are answered by function_call_output, custom_tool_call by custom_tool_call_output, tool_search_call by tool_search_output. Codex does not pair across kinds: it treats the call as unanswered and the output as an orphan, and the API rejects the request. Reported once, at the output, not also as missing-output and orphan-output. When it is the call's only answer, fix rewrites its type to the kind the call expects, gives it the id Codex gives such an output (UUIDv5 of the call's item id, as for the outputs it synthesizes), and keeps its content, the real result of that call; when the call already has a right-kind output, fix removes it. Both are unsafe fixes, applied only with --unsafe-fixes: the model then sees a result where Codex showed it \"aborted\", or loses a real output. Conversions to or from tool_search_output change the content shape and are not made.",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "wrong-kind") return;
			const { output, call, outside, resolution, ambiguous } = finding;
			const words = wordsOf(context);
			const expected = call.item.expects;
			const note = resolution === "remove" ? " The call already has another answer." : "";
			const inCheckpoint = output.embedded || call.embedded;
			context.report({
				line: output.line,
				message: `${output.kind} answers ${describeCall(call, words)} at line ${call.line}, which expects a ${expected}.${note}${outside ? words.outsideNote : ""}${inCheckpoint ? words.embeddedNote : ""}${ambiguous ? ` Its ${words.callKey} is used by more than one call.` : ""}`,
				callId: output.callId,
				outsideHistory: outside,
				fixable: !inCheckpoint && !ambiguous && (resolution === "remove" || retypeable(output, expected)),
				applicability: "unsafe",
				repair: () => resolution === "remove" ? removeOutput(context, output, `the extra ${output.kind}`) : retype(context, output, expected, call.item.itemId)
			});
		} };
	}
});
function retypeable(output, expected) {
	return output.kind !== "tool_search_output" && expected !== "tool_search_output";
}
function retype(context, output, expected, callItemId) {
	const format = codexFormat(context.format());
	if (!format) return void 0;
	return {
		action: `changed the ${output.kind} at line ${output.line} into a ${expected}`,
		edits: [format.retypeOutput(output.line, expected, callItemId ?? null)]
	};
}
// dist/formats/codex/rules/missing-session-meta.js
var missing_session_meta_default = defineRule({
	name: "missing-session-meta",
	code: "SD301",
	severity: "error",
	fixable: false,
	summary: "The first record is not the session header.",
	explanation: "A Codex rollout starts with its session_meta record: the session id, working folder and history mode. Codex refuses to resume a file whose first record is anything else (\"rollout … does not start with session metadata\") and cannot even list it. A torn or hand-edited first line causes this. The header's content (ids, paths, base instructions) cannot be reconstructed, so fix does not invent one.",
	create(context) {
		return { firstRecord({ line, info }) {
			if (info.header || !codexFormat(context.format())?.requiresHeader) return;
			context.report({
				line,
				message: `The first record is ${info.label}, not session_meta; Codex refuses to resume the file.`
			});
		} };
	}
});
// dist/formats/codex/rules/non-canonical-file-name.js
/** rollout-YYYY-MM-DDThh-mm-ss-<uuid>[_<rollout id>].jsonl[.zst] (codex-rollout-format §1). */
const CANONICAL = /^rollout-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_[^./]+)?\.jsonl(?:\.zst)?$/i;
/** The folder Codex files a rollout in: sessions/YYYY/MM/DD. */
const STORE_FOLDER = /^sessions\/\d{4}\/\d{2}\/\d{2}$/;
var non_canonical_file_name_default = defineRule({
	name: "non-canonical-file-name",
	code: "SD304",
	severity: "warning",
	fixable: false,
	summary: "A rollout's file name is not the one Codex gives it.",
	explanation: "Codex lists and resumes only files named rollout-<local time>-<session id>.jsonl under its sessions folder (sessions/YYYY/MM/DD/), and refuses a paginated rollout without such a name (\"does not have a canonical rollout filename\"). So the name is checked only where it matters: a file in a Codex store's sessions/YYYY/MM/DD/ folder must have that name, and a rollout-… name anywhere must not name another session than its session_meta. Files elsewhere (fixtures, datasets, CI artifacts) may be named anything. Only for the current Codex format. Renaming is left to you.",
	create(context) {
		return { firstRecord({ line, info }) {
			if (context.format()?.name !== "codex" || context.path === "-") return;
			const name = (0, node_path.basename)(context.path);
			const inStore = STORE_FOLDER.test((0, node_path.dirname)(context.path).split(node_path.sep).slice(-4).join("/"));
			const match = CANONICAL.exec(name);
			const sessionId = info.header?.sessionId;
			if (!match && inStore) context.report({
				line,
				message: `File name "${name}" is not rollout-<YYYY-MM-DDThh-mm-ss>-<session id>.jsonl; Codex will not list or resume it.`
			});
			else if (match && sessionId && match[1].toLowerCase() !== sessionId.toLowerCase()) context.report({
				line,
				message: `File name names session ${match[1]}, but its session_meta says ${sessionId}.`
			});
		} };
	}
});
// dist/formats/codex/rules/index.js
/** The rules only Codex rollouts need. */
const CODEX_RULES = [
	mismatched_output_kind_default,
	missing_session_meta_default,
	rule$1,
	defineRule({
		name: "ordinal-regression",
		code: "SD303",
		severity: "warning",
		fixable: false,
		summary: "A record's ordinal does not increase.",
		explanation: "In a paginated rollout each ordinal must be greater than the one before it (gaps are fine). Known Codex bugs reuse ordinals after a resume; Codex then warns while projecting the thread history and can hide newer messages (\"thread history projection … expected ordinal N, got N-1\"). The records themselves are intact. Renumbering would rewrite every later line and desynchronize Codex's own index, so fix leaves it.",
		create(context) {
			let highest = -1;
			let highestLine = 0;
			return { record({ line, info }) {
				const { ordinal } = info;
				if (ordinal === void 0) return;
				if (highest >= 0 && ordinal <= highest) context.report({
					line,
					message: `Ordinal ${ordinal} does not increase (line ${highestLine} has ${highest}).`
				});
				if (ordinal > highest) {
					highest = ordinal;
					highestLine = line;
				}
			} };
		}
	}),
	non_canonical_file_name_default,
	legacy_format_default,
	defineRule({
		name: "unfinished-turn",
		code: "SD307",
		severity: "info",
		fixable: false,
		summary: "The last turn started but never ended.",
		explanation: "The file ends inside a turn: no task_complete or turn_aborted follows the last task_started. The session was interrupted (or is still running). Codex marks such a turn interrupted when it resumes the session. Nothing needs repairing for this alone; a call left without output is reported by missing-output.",
		create(context) {
			let open;
			return {
				record({ line, info }) {
					const { turn } = info;
					if (turn === "start") open = line;
					else if (turn === "end") open = void 0;
				},
				end() {
					if (open !== void 0) context.report({
						line: open,
						message: `The turn started at line ${open} never ended; the session was interrupted or is still running.`
					});
				}
			};
		}
	}),
	fork_parent_missing_default,
	rule
];
// dist/formats/registry.js
/** Detection order: the most specific shape first. */
const FORMATS = [
	codexEnvelope,
	codexLegacy,
	responsesItems,
	claudeCode
];
/** The rules of each format's own, besides the shared ones. */
const FORMAT_RULES = [...CODEX_RULES, ...CLAUDE_RULES];
function formatByName(name) {
	const format = FORMATS.find((candidate) => candidate.name === name);
	if (!format) throw new Error(`unknown input format ${name}`);
	return format;
}
/** The format a record shows, if any. */
function detectFormat(record) {
	return FORMATS.find((format) => format.matches(record));
}
/**
* The format of a file whose first records show none: a record of a Codex envelope type (a damaged
* rollout) makes it the current Codex envelope, so that its rules say what is wrong; otherwise none.
*/
function fallbackFormat(records) {
	return records.some((record) => isCodexEnvelopeType(record.type)) ? codexEnvelope : void 0;
}
// dist/reading/json-dialect.js
function scanDeferrals(dialect) {
	if (!dialect) return void 0;
	return {
		...dialect.maxDepth !== void 0 && { maxDepth: dialect.maxDepth },
		longIntegers: dialect.int64 === true,
		surrogateEscapes: dialect.loneSurrogates === true
	};
}
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;
/** Why the reader of `dialect` rejects a line that `JSON.parse` turned into `value`, for messages; undefined if it takes it. */
function dialectViolation(text, value, dialect) {
	const reason = violation(text, value, dialect);
	return reason === void 0 ? void 0 : `${dialect.reader} rejects it: ${reason}`;
}
function violation(text, value, dialect) {
	if (dialect.maxDepth !== void 0 && deeperThan(value, dialect.maxDepth)) return `nested deeper than ${dialect.maxDepth} levels`;
	if (dialect.int64) {
		const integer = outOfRangeInteger(text);
		if (integer !== void 0) return `the integer ${integer.length > 40 ? `${integer.slice(0, 40)}…` : integer} fits no 64-bit integer`;
	}
	const where = dialect.loneSurrogates ? loneSurrogateIn(value) : void 0;
	return where === void 0 ? void 0 : `a lone surrogate escape in ${where}`;
}
/** Whether objects and arrays nest deeper than `limit` levels (iterative: a line may nest 100 000 deep). */
function deeperThan(value, limit) {
	const stack = [[value, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop();
		if (depth > limit) return true;
		for (const child of Object.values(node)) if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
	}
	return false;
}
const isDigit = (code) => code >= 48 && code <= 57;
/** The first integer literal of a valid JSON text that fits no 64-bit integer (one linear pass, strings skipped). */
function outOfRangeInteger(text) {
	let inString = false;
	for (let i = 0; i < text.length; i += 1) {
		const code = text.charCodeAt(i);
		if (inString) {
			if (code === 92) i += 1;
			else if (code === 34) inString = false;
		} else if (code === 34) inString = true;
		else if (code === 45 || isDigit(code)) {
			let end = i + 1;
			while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
			const digitsEnd = end;
			while (end < text.length && /[\d.eE+-]/.test(text[end])) end += 1;
			if (end === digitsEnd && digitsEnd - i >= 19) {
				const literal = text.slice(i, end);
				const n = BigInt(literal);
				if (n < INT64_MIN || n > UINT64_MAX) return literal;
			}
			i = end - 1;
		}
	}
}
const hasLoneSurrogate = (text) => !text.isWellFormed();
/** The path of the first string or key holding a lone surrogate (raw UTF-8 cannot encode one: it was escaped). */
function loneSurrogateIn(value) {
	const stack = [[value, ""]];
	while (stack.length > 0) {
		const [node, at] = stack.pop();
		if (typeof node === "string") {
			if (hasLoneSurrogate(node)) return at || "the line";
		} else if (typeof node === "object" && node !== null) for (const [key, child] of Object.entries(node)) {
			const childPath = at === "" ? key : `${at}.${key}`;
			if (hasLoneSurrogate(key)) return `a key of ${at || "the line"}`;
			stack.push([child, childPath]);
		}
	}
}
// dist/reading/json-kernel/kernel-wasm.js
const KERNEL_WASM = "AGFzbQEAAAABJwdgAAF/YAN/f38AYAJ/fwBgAX8Bf2ADf39/AX9gA39/fwF+YAF/AAMdHAAAAAAAAAAAAAAAAAAAAAECAwMEBQUGAAYAAwUEBQFwAQEBBQMBAAMGCAF/AUGwwwgLB4MCGAZtZW1vcnkCAAVuYW1lcwAACm5hbWVTdGFydHMAAQtuYW1lTGVuZ3RocwACDWZpcnN0Q2hpbGRyZW4AAwxuZXh0U2libGluZ3MABA1maXJzdEVsZW1lbnRzAAUFa2luZHMABgdlc2NhcGVkAAcMZWxlbWVudEtpbmRzAAgGc3RhcnRzAAkEZW5kcwAKBmNvdW50cwALBmNhY2hlZAAMC2dlbmVyYXRpb25zAA0HcmVwZWF0cwAODHNldERlZmVycmFscwAPCXNldEZpZWxkcwAQB3Jlc2VydmUAEQRzY2FuABIEbGluZQAXBGxvYWQAGARyZXN0ABkIbmV4dExpbmUAGgq3VhwIAEGQiICAAAsIAEGQmICAAAsIAEGQmoCAAAsIAEGQnICAAAsIAEGQnoCAAAsIAEGQoICAAAsIAEGQooCAAAsIAEHQooCAAAsIAEGQo4CAAAsIAEHQo4CAAAsIAEHQpYCAAAsIAEHQp4CAAAsIAEHQqYCAAAsIAEHQq4CAAAsIAEHQrYCAAAswAEEAIAE2ApCugIAAQQAgAjYClK6AgABBACAAQYAIIABBf2pB/wdJGzYCgIiAgAAL3wcEBX8BfgR/AXsjgICAgABBkAJrIgIkgICAgABBACABNgKEiICAAAJAIABBAUgNAEGgroCAACEDQQAhBCAAIQUDQAJAAkAgBEGQmoCAAGooAgAiBkEBTg0AQgAhBwwBCyAEQZCYgIAAaigCACIIQZCIgIAAajEAACEHIAZBf2oiBkEHIAZBB0kbIgZFDQAgCEGRiICAAGoxAABCCIYgB4QhByAGQQFqIgZBAkYNACAIQZKIgIAAajEAAEIQhiAHhCEHIAZBA0YNACAIQZOIgIAAajEAAEIYhiAHhCEHIAZBBEYNACAIQZSIgIAAajEAAEIghiAHhCEHIAZBBUYNACAIQZWIgIAAajEAAEIohiAHhCEHIAZBBkYNACAIQZaIgIAAajEAAEIwhiAHhCEHIAZBB0YNACAIQZeIgIAAajEAAEI4hiAHhCEHCyADIAc3AwAgBEEEaiEEIANBCGohAyAFQX9qIgUNAAsLAkAgAEEASA0AQX8hCQNAAkACQCAJQX9KDQAgAiABNgKIAkF/IQQgASEKDAELIAIgCUECdCIEQZCcgIAAaigCACIKNgKIAiAEQZCggIAAaigCACEECyACIAQ2AowCAkAgCkF/Rg0AQQAhBiACIQhBAiELIAohAwNAIAgiBCADNgIAIAsiBUEBaiELIARBBGohCCAGQQFqIQYgA0ECdEGQnoCAAGooAgAiA0F/Rw0ACyAKQQZ0IghB0LKAgABq/Qz/////////////////////Igz9CwQAIAhBwLKAgABqIAz9CwQAIAhBsLKAgABqIAz9CwQAIAhBoLKAgABqIAz9CwQAA0AgBCgCACIDQaDSgIAAaiAIIANBAnRBkJqAgABqKAIAIgZBPyAGQT9JG2pBoLKAgABqIgYtAAA6AAAgBiADOgAAIARBfGohBCAFQX9qIgVBAUoNAAsLAkAgAigCjAIiCkF/Rg0AQQAhBiACIQhBAiELIAohAwNAIAgiBCADNgIAIAsiBUEBaiELIARBBGohCCAGQQFqIQYgA0ECdEGQnoCAAGooAgAiA0F/Rw0ACyAKQQZ0IghB0LKAgABq/Qz/////////////////////Igz9CwQAIAhBwLKAgABqIAz9CwQAIAhBsLKAgABqIAz9CwQAIAhBoLKAgABqIAz9CwQAA0AgBCgCACIDQaDSgIAAaiAIIANBAnRBkJqAgABqKAIAIgZBPyAGQT9JG2pBoLKAgABqIgYtAAA6AAAgBiADOgAAIARBfGohBCAFQX9qIgVBAUoNAAsLIAlBAWoiCSAARw0ACwsgAkGQAmokgICAgAALbwEDf0EAIQECQCAAQW9LDQBBsMOIgAAhASAAQRBqIgJBACgC4NKAgABNDQBBsMOIgAAhAQJAIAI/AEEQdEGww4iAAGsiA00NACAAIANrQY+ABGpBEHZAAEF/Rw0AQQAPC0EAIAI2AuDSgIAACyABC6cFAwF7CH8CewJAAkAgAEEQTw0A/QwAAAAAAAAAAAAAAAAAAAAAIQFBACECDAEL/QwAAAAAAAAAAAAAAAAAAAAAIQFBACEDA0BBsMOIgAAgA2r9AAAAIAH9UCEBIANBIGohBCADQRBqIgIhAyAEIABNDQALCyAB/WQhAwJAIAIgAE8NAAJAIAAgAmsiBUEESQ0A/QwAAAAAAAAAAAAAAAAAAAAAIAP9HAAhASAFQXxxIgZBfGoiA0ECdkEBaiIEQQNxIQcCQAJAIANBDE8NAEEAIQQMAQtBsMOIgAAgAmohCCAEQfz///8HcSEJQQAhBANAIAH9DAAAAAAAAAAAAAAAAAAAAAAiCiAIIARqIgMoAAD9Ef0MgICAgAAAAAAAAAAAAAAAACIL/U79DRABAgMRBQYHEgkKCxMNDg/9UCAKIANBBGooAAD9ESAL/U79DRABAgMRBQYHEgkKCxMNDg/9UCAKIANBCGooAAD9ESAL/U79DRABAgMRBQYHEgkKCxMNDg/9UCAKIANBDGooAAD9ESAL/U79DRABAgMRBQYHEgkKCxMNDg/9UCEBIARBEGohBCAJQXxqIgkNAAsLAkAgB0UNAEGww4iAACACIARqaiEDA0AgAf0MAAAAAAAAAAAAAAAAAAAAACADKAAA/RH9DICAgIAAAAAAAAAAAAAAAAD9Tv0NEAECAxEFBgcSCQoLEw0OD/1QIQEgA0EEaiEDIAdBf2oiBw0ACwsgASABIAH9DQgJCgsMDQ4PAAAAAAAAAAD9UCIBIAEgAf0NBAUGBwAAAAAAAAAAAAAAAP1Q/RsAIQMgBSAGRg0BIAIgBmohAgsDQCADQbDDiIAAIAJqLQAAQYABcXIhAyAAIAJBAWoiAkcNAAsLQQAgACADQQBHEJOAgIAAC9opCQF/AXsGfwF+BH8CfgV/AX4CfyOAgICAAEEQayIDJICAgIAAQQD9DAAAAAAAAAAAAAAAAAAAAAAiBP0LBJCjgIAAQQAgBP0LBJCigIAAQQAgBP0LBKCigIAAQQAgBP0LBKCjgIAAQQAgBP0LBLCigIAAQQAgBP0LBLCjgIAAQQAgBP0LBMCigIAAQQAgBP0LBMCjgIAAAkACQAJAIAAgAU8NAANAQbDDiIAAIABqLQAAQXdqIgVBF0sNAUEBIAV0QZOAgARxRQ0BIAEgAEEBaiIARw0ADAILC0F/IQYgACABTw0BQbDDiIAAIABqLQAAQfsARw0BQfsAIQVBACEHQX8hBgNAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgB0EASg0AQX8hCEEBIQkgBUHfAXFB2wBHDQEgBUH/AXFB+wBGIQoMCQsCQCAHQYDTgIAAai0AAA0AIAdBAnRBkNuAgABqKAIAIghBf0YNACAIQQJ0QdCngIAAaiIKIAooAgBBAWo2AgBBACEJIAVB3wFxQdsARw0BIAVB/wFxQfsARiEKDAkLIAVB3wFxQdsARg0BQX8hCEEBIQkLIAAgASADQQ9qEJSAgIAAIgtCf1cNEgJAIAMtAA8iBUEBRyIKDQAgBkF/Rg0AIAZB0KKAgABqQQAtAKSbgYAAOgAACyAGQX9GDQMgBkGQooCAAGogBToAACAGQQJ0IgxB0KOAgABqIAAgBUEBRiIIajYCACAMQdClgIAAaiALpyIFIAhrNgIAIAoNBEF/IQhB0KmAgAAhCiAFIABrIg1BfmoiCUEwSw0GQQAtAKSbgYAAQQFxDQYgBkHQrYCAAGotAABFDQZBsMOIgAAgAGoiDkEBaiIPKQAAIRAgCUEHSw0BIBBCfyAJQQN0rYZCf4WDIQtCACERDAILAkAgBkF/Rg0AIAVB/wFxIg9B+wBGIQpBfyEIQQEhCSAGQQJ0IgVBkJyAgABqKAIAQX9HDQdBfyEIIAVBkKCAgABqKAIAQX9HDQcgBkGQooCAAGpBA0EEIA9B+wBGGzoAAAsgACABIAcQlYCAgAAiC0IAUw0RIAunIQUMBwtCACERIBAhCyAJQQhGDQAgDyAJakF4aikAAEKV+Kn6l7fem55/fiERIBAhCwsgCUEBaiISIAsgCa2FIBGFQs2Z1ur++uuof35CNoinIhNBsJuEgABqIhQtAAAiBkYhFSAJRQ0CIBIgBkcNAiAJQQN0IQggE0EwbEGwm4GAAGohFkEAIQYgCSEKA0AgFiAGaikDACELAkACQCAKQQhJDQAgDyAGaikAACERDAELIA8gBmopAABCfyAIrYZCf4UiF4MhESALIBeDIQsLIAsgEVEhFSALIBFSDQMgCkF4aiEKIAhBQGohCCAGQQhqIgYgCUkNAAwDCwsgCQ0AIAhBAnRBkKCAgABqKAIAIgBBf0YNAANAIABBkKOAgABqIgUgBS0AAEGAAXI6AAAgAEECdEGQnoCAAGooAgAiAEF/Rw0ACwsgC6chBQwDCwJAAkAgFUUNACATQQJ0QbCjhIAAaigCACEIDAELAkAgCUUNACATQTBsIhZBsJuBgABqIhggEKc6AAAgCUEBRg0AQQEhBgJAIA1BfWoiDUEQSQ0AIA1BcHEiGUFwaiIKQQR2QQFqIghBA3EhCUEAIQYCQCAKQTBJDQAgCEH8////AXEhFUEAIQYDQCAYIAZqIgpBAWogDiAGaiIIQQJq/QAAAP0LAAAgCkERaiAIQRJq/QAAAP0LAAAgCkEhaiAIQSJq/QAAAP0LAAAgCkExaiAIQTJq/QAAAP0LAAAgBkHAAGohBiAVQXxqIhUNAAsLAkAgCUUNAANAIBYgBkEBciIKakGwm4GAAGogDyAKav0AAAD9CwAAIAZBEGohBiAJQX9qIgkNAAsLIA0gGUYNASAZQQFyIQYLIAAgBmohACAFQX5qIQogFiAGakGwm4GAAGohBgNAIAZBsMOIgAAgAGpBAWotAAA6AAAgBkEBaiEGIAogAEEBaiIARw0ACwsgFCASOgAAIBNBAnRBsKOEgABqIgAgACgCAEEBaiIINgIACyAMQdCpgIAAaiATNgIAQdCrgIAAIQoLIAogDGogCDYCAAwBCyAHQQAoAoCIgIAARg0KIAdBgdOAgABqIAo6AAAgB0EBaiEPAkACQAJAAkACQAJAAkACQAJAAkAgBkF/Rw0AIApFDQEgB0UNBiAJDQQgD0ECdEGg+4CAAGogCEECdEGQoICAAGooAgA2AgAMCAsgBkGQooCAAGpBA0EEIAobOgAAIAoNBCAGQQJ0IgVBkKCAgABqKAIAQX9HDQELIA9BAnRBkNuAgABqQX82AgAMAQsgBUHQp4CAAGpBADYCACAPQQJ0QZDbgIAAaiAGNgIACyAJDQUgCEECdEGQoICAAGooAgAiBUF/Rg0FA0AgBUGQo4CAAGoiBiAGLQAAQYABcjoAACAFQQJ0QZCegIAAaigCACIFQX9HDQAMBgsLIA9BAnRBoPuAgABqQX82AgAMBAsgBw0BCyAPQQJ0QaD7gIAAakEAKAKEiICAADYCACAJRQ0BDAILIA9BAnRBoPuAgABqIAZBAnRBkJyAgABqKAIANgIAIAkNAQsgCEECdEGQoICAAGooAgAiBUF/Rg0AA0ACQCAFQZCigIAAaiIGLQAARQ0AIAUQloCAgAAgBkEAOgAACyAFQQJ0QZCegIAAaigCACIFQX9HDQALCwJAIABBAWoiACABTw0AA0BBsMOIgAAgAGotAABBd2oiBUEXSw0BQQEgBXRBk4CABHFFDQEgASAAQQFqIgBGDQwMAAsLIAAgAU8NAQJAQf0AQd0AIAobQbDDiIAAIABqIgUtAABHDQAgAEEBaiEFIAdBAUgNASAKQQFzDQEgB0GA04CAAGotAAANASAHQQJ0QZDbgIAAaigCACIAQX9GDQEgAEECdEGQoICAAGooAgAiAEF/Rg0BA0AgAEGQo4CAAGoiBiAGLQAAQQEgAEGQooCAAGotAAB0cjoAACAAQQJ0QZCegIAAaigCACIAQX9HDQAMAgsLQX8hBiAKRQ0IQX8hBiAFLQAAQSJHDQsgD0ECdEGg+4CAAGooAgAhDEEAIQlBAEEAOgCkm4GAAEEAKAKUroCAACEVIABBAWoiFiEFA0ACQAJAIAVBEGoiByABTQ0AIAUgAU8NAQNAQbDDiIAAIAVqLQAAIgdBIkYNAiAHQdwARg0CIAdBIEkNAiABIAVBAWoiBUcNAAwPCwtBsMOIgAAgBWohCiAHIQUgCv0AAAAiBP0MXFxcXFxcXFxcXFxcXFxcXP0jIAT9DCIiIiIiIiIiIiIiIiIiIiL9I/1QIAT9DCAgICAgICAgICAgICAgICD9Jv1Q/WQiCkUNASAKaCAHakFwaiEFCyAFIAFPDQwCQAJAQbDDiIAAIAVqIggtAAAiB0HcAEYNACAHQSJHDQ5BfyEKIAxBf0YNCiAJQQFxDQ1BfyEKIAxBBnQgBSAWayIGQT8gBkE/SRtqQaCygIAAaiwAACIHQX9GDQpBsMOIgAAgFmopAAAhCyAGQQdLDQEgC0J/IAZBA3SthkJ/hYMhCwwIC0EAQQE6AKSbgYAAIAVBAWoiCiABTw0NQQIhBwJAAkBBsMOIgAAgCmotAABBXmoOVAEPDw8PDw8PDw8PDw8BDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8BDw8PDw8BDw8PAQ8PDw8PDw8BDw8PAQ8BAA8LIAVBBWoiByABTw0OAkAgCEECai0AACIKQUZqQf8BcUH1AUsNACAKQSByQZl/akH/AXFB+gFJDQ8LAkAgCEEDai0AACIJQUZqQf8BcUH1AUsNACAJQSByQZl/akH/AXFB+gFJDQ8LAkAgCEEEai0AACIIQUZqQf8BcUH1AUsNACAIQSByQZl/akH/AXFB+gFJDQ8LAkBBsMOIgAAgB2otAAAiB0FGakH/AXFB9QFLDQAgB0EgckGZf2pB/wFxQfoBSQ0PC0EGIQcgFUUNACAKQd8BcUHEAEcNACAJQf8BcUE3Sw0OCyAHIAVqIQVBASEJDAELCyAGQQhGDQUgAEEJaiEIA0ACQCAHQQJ0IgBBkJqAgABqKAIAIAZHDQAgB0EDdEGgroCAAGopAwAgC1INACAAQZCYgIAAaigCAEGYiICAAGohACAIIQoDQCAALQAAQbDDiIAAIApqLQAARw0BIABBAWohACAFIApBAWoiCkYNCQwACwtBfyEKIAdBoNKAgABqLAAAIgdBf0cNAAwICwsDQAJAIAUgAU8NAANAQbDDiIAAIAVqLQAAQXdqIgBBF0sNAUEBIAB0QZOAgARxRQ0BIAEgBUEBaiIFRw0ACyABIQULAkAgBw0AIAJBfyAFIAFGGyEGDAwLQX8hBiAFIAFPDQsCQEGww4iAACAFai0AACIAQSxHDQACQCAFQQFqIgAgAU8NAANAQbDDiIAAIABqLQAAQXdqIgVBF0sNAUEBIAV0QZOAgARxRQ0BIAEgAEEBaiIARw0ACyABIQALAkAgB0GA04CAAGotAAANAEF/IQYgByEPDAoLQX8hBiAAIAFPDQxBsMOIgAAgAGotAABBIkcNDCAHQQJ0QaD7gIAAaigCACEMQQAhD0EAQQA6AKSbgYAAQQAoApSugIAAIRUgAEEBaiIWIQUDQAJAAkAgBUEQaiIKIAFNDQAgBSABTw0BA0BBsMOIgAAgBWotAAAiCkEiRg0CIApB3ABGDQIgCkEgSQ0CIAEgBUEBaiIFRw0ADBALC0Gww4iAACAFaiEIIAohBSAI/QAAACIE/QxcXFxcXFxcXFxcXFxcXFxc/SMgBP0MIiIiIiIiIiIiIiIiIiIiIv0j/VAgBP0MICAgICAgICAgICAgICAgIP0m/VD9ZCIIRQ0BIAhoIApqQXBqIQULIAUgAU8NDQJAAkBBsMOIgAAgBWoiCS0AACIKQdwARg0AIApBIkcND0F/IQogDEF/Rg0IIA9BAXENDkF/IQogDEEGdCAFIBZrIghBPyAIQT9JG2pBoLKAgABqLAAAIgZBf0YNCEGww4iAACAWaikAACELIAhBB0sNASALQn8gCEEDdK2GQn+FgyELDAYLQQBBAToApJuBgAAgBUEBaiIIIAFPDQ5BAiEKAkACQEGww4iAACAIai0AAEFeag5UARAQEBAQEBAQEBAQEAEQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAEQEBAQEAEQEBABEBAQEBAQEAEQEBABEAEAEAsgBUEFaiIKIAFPDQ8CQCAJQQJqLQAAIghBRmpB/wFxQfUBSw0AIAhBIHJBmX9qQf8BcUH6AUkNEAsCQCAJQQNqLQAAIg9BRmpB/wFxQfUBSw0AIA9BIHJBmX9qQf8BcUH6AUkNEAsCQCAJQQRqLQAAIglBRmpB/wFxQfUBSw0AIAlBIHJBmX9qQf8BcUH6AUkNEAsCQEGww4iAACAKai0AACIKQUZqQf8BcUH1AUsNACAKQSByQZl/akH/AXFB+gFJDRALQQYhCiAVRQ0AIAhB3wFxQcQARw0AIA9B/wFxQTdLDQ8LIAogBWohBUEBIQ8MAQsLIAhBCEYNAyAAQQlqIQkDQAJAIAZBAnQiAEGQmoCAAGooAgAgCEcNACAGQQN0QaCugIAAaikDACALUg0AIABBkJiAgABqKAIAQZiIgIAAaiEAIAkhCgNAIAAtAABBsMOIgAAgCmotAABHDQEgAEEBaiEAIAUgCkEBaiIKRg0HDAALC0F/IQogBkGg0oCAAGosAAAiBkF/Rw0ADAYLC0H9AEHdACAHQYDTgIAAai0AACIKGyAARw0LIAVBAWohBSAHQQJIIQAgB0F/aiIGIQcgAA0AIAYhByAKRQ0AIAYhByAGQYDTgIAAai0AAA0AIAYhByAGQQJ0QZDbgIAAaigCACIAQX9GDQAgBiEHIABBAnRBkKCAgABqKAIAIgBBf0YNAANAIABBkKOAgABqIgcgBy0AAEEBIABBkKKAgABqLQAAdHI6AAAgAEECdEGQnoCAAGooAgAiAEF/Rw0ACyAGIQcMAAsLQX8hBiAKRQ0GDAkLA0ACQCAGQQJ0QZCagIAAaigCACAIRw0AIAZBA3RBoK6AgABqKQMAIAtRDQILQX8hCiAGQaDSgIAAaiwAACIGQX9HDQAMAgsLQX8hCiAGQX9GDQACQCAGQZCigIAAai0AAEUNAAJAIAZBAnQiAEGQnICAAGooAgBBf0cNACAAQZCggIAAaigCAEF/Rg0BCyAGEJaAgIAACyAGIQoLAkAgBUEBaiIAIAFPDQADQEGww4iAACAAai0AAEF3aiIFQRdLDQFBASAFdEGTgIAEcUUNAUF/IQYgASAAQQFqIgBHDQAMCAsLQX8hBiAAIAFPDQZBsMOIgAAgAGotAABBOkcNBgJAIABBAWoiACABTw0AA0BBsMOIgAAgAGotAABBd2oiBUEXSw0BQQEgBXRBk4CABHFFDQEgASAAQQFqIgBHDQAMCAsLIAohBiAHIQ8MAwsDQAJAIAdBAnRBkJqAgABqKAIAIAZHDQAgB0EDdEGgroCAAGopAwAgC1ENAgtBfyEKIAdBoNKAgABqLAAAIgdBf0cNAAwCCwtBfyEKIAdBf0YNAAJAIAdBkKKAgABqLQAARQ0AAkAgB0ECdCIAQZCcgIAAaigCAEF/Rw0AIABBkKCAgABqKAIAQX9GDQELIAcQloCAgAALIAchCgsCQCAFQQFqIgAgAU8NAANAQbDDiIAAIABqLQAAQXdqIgVBF0sNAUEBIAV0QZOAgARxRQ0BQX8hBiABIABBAWoiAEcNAAwFCwtBfyEGIAAgAU8NA0Gww4iAACAAai0AAEE6Rw0DAkAgAEEBaiIAIAFPDQADQEGww4iAACAAai0AAEF3aiIFQRdLDQFBASAFdEGTgIAEcUUNASABIABBAWoiAEcNAAwFCwsgCiEGCyAAIAFPDQFBsMOIgAAgAGotAAAhBSAPIQcMAAsLQX8hBgsgA0EQaiSAgICAACAGC9EMBAJ/AXsDfwJ+AkACQAJAAkACQAJAAkACQAJAQbDDiIAAIABqLQAAIgNBXmoODAABAQEBAQEBAQEBAgELIABBAWohAEEAQQA6AKSbgYAAQQAoApSugIAAIQQDQAJAAkAgACIDQRBqIgAgAU0NACADIAFPDQEDQEGww4iAACADai0AACIAQSJGDQIgAEHcAEYNAiAAQSBJDQIgASADQQFqIgNHDQAMCwsLQbDDiIAAIANq/QAAACIF/QxcXFxcXFxcXFxcXFxcXFxc/SMgBf0MIiIiIiIiIiIiIiIiIiIiIv0j/VAgBf0MICAgICAgICAgICAgICAgIP0m/VD9ZCIGRQ0BIAZoIANqIQMLIAMgAU8NCAJAAkBBsMOIgAAgA2oiBy0AACIAQdwARg0AIABBIkYNAQwKC0EAQQE6AKSbgYAAIANBAWoiBiABTw0JQQIhAAJAAkBBsMOIgAAgBmotAABBXmoOVAELCwsLCwsLCwsLCwsBCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsBCwsLCwsBCwsLAQsLCwsLCwsBCwsLAQsBAAsLIANBBWoiACABTw0KAkAgB0ECai0AACIGQUZqQf8BcUH1AUsNACAGQSByQZl/akH/AXFB+gFJDQsLAkAgB0EDai0AACIIQUZqQf8BcUH1AUsNACAIQSByQZl/akH/AXFB+gFJDQsLAkAgB0EEai0AACIHQUZqQf8BcUH1AUsNACAHQSByQZl/akH/AXFB+gFJDQsLAkBBsMOIgAAgAGotAAAiAEFGakH/AXFB9QFLDQAgAEEgckGZf2pB/wFxQfoBSQ0LC0EGIQAgBEUNACAGQd8BcUHEAEcNACAIQf8BcUE3Sw0KCyAAIANqIQAMAQsLIAJBAToAACADrUIBfA8LIANBUGpB/wFxQQlLDQELIAEgAEsgA0EtRnEgAGoiAyABTw0CAkBBsMOIgAAgA2otAAAiBkEwRw0AIANBAWohAwwCCyAGQU9qQf8BcUEISw0CIANBAWoiAyABTw0BA0BBsMOIgAAgA2otAABBUGpB/wFxQQlLDQIgASADQQFqIgNHDQALIAEhAwwDCyACQQZBBSADQe4ARhs6AAACQAJAAkAgA0Gaf2oODwECAgICAgICAgICAgICAAILIAEgAGtBBEkNAUGww4iAACAAaiIGLQAAQfQARw0BIAZBAWotAABB8gBHDQEgAEGww4iAAGoiBkECai0AAEH1AEcNASAGQQNqLQAAQeUARw0BIABBBGqtDwsgASAAa0EFSQ0AQbDDiIAAIABqIgYtAABB5gBHDQAgBkEBai0AAEHhAEcNACAAQbDDiIAAaiIGQQJqLQAAQewARw0AIAZBA2otAABB8wBHDQAgAEGww4iAAGpBBGotAABB5QBHDQAgAEEFaq0PC0J/IQkgASAAa0EESQ0DIANB7gBHDQNBsMOIgAAgAGoiAy0AAEHuAEcNAyADQQFqLQAAQfUARw0DIABBsMOIgABqIgNBAmotAABB7ABHDQMgA0EDai0AAEHsAEcNAyAAQQRqrSEJDAMLAkAgAyABTw0AQbDDiIAAIANqLQAAQS5HDQAgA0EBaiIGIAFPDQEgBiEDAkADQEGww4iAACADai0AAEFQakH/AXFBCUsNASABIANBAWoiA0cNAAsgASEDCyADIAZGDQELIAMgAU8NAUGww4iAACADai0AAEEgckHlAEcNAQJAIANBAWoiBiABTw0AAkBBsMOIgAAgBmotAABBVWoOAwABAAELIANBAmohBgsgBiABTw0AIAYhAwJAA0BBsMOIgAAgA2otAABBUGpB/wFxQQlLDQEgASADQQFqIgNHDQALIAEhAwsgAyAGRw0BCyACQQI6AABCfw8LIAJBAjoAACADrSEKAkBBACgCkK6AgAANACAKDwsCQCADIABrQbDDiIAAIABqLQAAIgZBLUZrQRNPDQAgCg8LQn8hCSADIABNDQAgAEEBaiEBQQEhBwJAA0AgBkH/AXEiAEEuRg0BIABBxQBGDQEgAEHlAEYNASABIANJIQcgAyABRg0BQbDDiIAAIAFqLQAAIQYgAUEBaiEBDAALCyAHQQFxRQ0AIAoPCyAJDwsgAkEBOgAAQn8LuQQEA38BfgF/AX4jgICAgABBEGsiAySAgICAACACIQQCQANAAkACQAJAAkACQEGww4iAACAAai0AACIFQd8BcUHbAEcNAEJ/IQYgBEEAKAKAiICAAEYNBiAEQYHTgIAAaiAFQfsARiIHOgAAAkAgAEEBaiIAIAFPDQADQEGww4iAACAAai0AAEF3aiIFQRdLDQFBASAFdEGTgIAEcUUNASABIABBAWoiAEcNAAsgASEADAULIAAgAU8NBEH9AEHdACAHG0Gww4iAACAAai0AAEcNBCAAQQFqIQAMAQsgACABIANBD2oQlICAgAAiBkIAUw0BIAanIQALIAQgAkYNAQNAAkAgACABTw0AA0BBsMOIgAAgAGotAABBd2oiBUEXSw0BQQEgBXRBk4CABHFFDQEgASAAQQFqIgBHDQAMAwsLQn8hBiAAIAFPDQUCQEGww4iAACAAai0AACIFQSxHDQACQCAAQQFqIgAgAU8NAANAQbDDiIAAIABqLQAAQXdqIgVBF0sNAUEBIAV0QZOAgARxRQ0BIAEgAEEBaiIARw0ACyABIQALIAAgASAEQYDTgIAAai0AABCbgICAACIIQgBTDQYgCKchAAwFC0H9AEHdACAEQYDTgIAAai0AABsgBUcNBSAAQQFqIQAgBEF/aiIEIAJGDQIMAAsLQn8hBgwDCyAArSEGDAILIAAgASAHEJuAgIAAIghCAFMNASAEQQFqIQQgCKchAAwACwsgA0EQaiSAgICAACAGC5MBAQF/AkAgAEECdCIBQZCcgIAAaigCACIAQX9GDQADQCAAQZCigIAAakEAOgAAIAAQloCAgAAgAEECdEGQnoCAAGooAgAiAEF/Rw0ACwsCQCABQZCggIAAaigCACIAQX9GDQADQCAAQZCjgIAAakEAOgAAIAAQloCAgAAgAEECdEGQnoCAAGooAgAiAEF/Rw0ACwsLCABB5NKAgAALGABBACAANgLw0oCAAEEAQQA2AvTSgIAACwsAQQAoAvTSgIAAC4kEBQN/AXsCfwF7AX9BfiEBAkBBACgC9NKAgAAiAkEAKALw0oCAACIDTw0AAkACQAJAIAJBEGogA00NAP0MAAAAAAAAAAAAAAAAAAAAACEEIAIhBQwBC/0MAAAAAAAAAAAAAAAAAAAAACEEIAIhBgNAAkBBsMOIgAAgBmr9AAAAIgf9DAoKCgoKCgoKCgoKCgoKCgr9I/1kIghFDQAgCGggBmohBSAIQQAgCGtxQX9qIAf9ZHEgBP1kciEGDAMLIAcgBP1QIQQgBkEgaiEIIAZBEGoiBSEGIAggA00NAAsLIAT9ZCEGIAUgA08NAANAQbDDiIAAIAVqLQAAIghBCkYNASAGIAhBgAFxciEGIAMgBUEBaiIFRw0ACyADIQULAkACQCAFIANHDQAgAEUNAkEAIQhBACADNgL00oCAAAwBC0EBIQhBACAFQQFqNgL00oCAAAJAIAUgAksNACAFIQMMAQsgBUF/aiIDIAUgA0Gww4iAAGotAABBDUYiCBshA0ECQQEgCBshCAtBACAINgLs0oCAAEEAIAM2AujSgIAAQQAgAjYC5NKAgABBAiEBIAIgA08NACAGQQBHIQggAiEGAkADQEGww4iAACAGai0AAEF3aiIFQRdLDQFBASAFdEGRgIAEcUUNASADIAZBAWoiBkcNAAwCCwsgAiADIAgQk4CAgAAhAQsgAQvKBgQBfgF/AXsDfwJAAkAgAkUNAEJ/IQMgACABTw0BQbDDiIAAIABqLQAAQSJHDQEgAEEBaiECQQBBADoApJuBgABBACgClK6AgAAhBANAAkACQCACIgBBEGoiAiABTQ0AIAAgAU8NAQNAQbDDiIAAIABqLQAAIgJBIkYNAiACQdwARg0CIAJBIEkNAiABIABBAWoiAEcNAAwFCwtBsMOIgAAgAGr9AAAAIgX9DFxcXFxcXFxcXFxcXFxcXFz9IyAF/QwiIiIiIiIiIiIiIiIiIiIi/SP9UCAF/QwgICAgICAgICAgICAgICAg/Sb9UP1kIgZFDQEgBmggAGohAAsgACABTw0CAkACQEGww4iAACAAaiIHLQAAIgJB3ABGDQAgAkEiRw0EIABBAWoiACABTw0BA0BBsMOIgAAgAGotAABBd2oiAkEXSw0CQQEgAnRBk4CABHFFDQIgASAAQQFqIgBHDQAMBQsLQQBBAToApJuBgAAgAEEBaiIGIAFPDQNBAiECAkACQEGww4iAACAGai0AAEFeag5UAQUFBQUFBQUFBQUFBQEFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQEFBQUFBQEFBQUBBQUFBQUFBQEFBQUBBQEABQsgAEEFaiICIAFPDQQCQCAHQQJqLQAAIgZBRmpB/wFxQfUBSw0AIAZBIHJBmX9qQf8BcUH6AUkNBQsCQCAHQQNqLQAAIghBRmpB/wFxQfUBSw0AIAhBIHJBmX9qQf8BcUH6AUkNBQsCQCAHQQRqLQAAIgdBRmpB/wFxQfUBSw0AIAdBIHJBmX9qQf8BcUH6AUkNBQsCQEGww4iAACACai0AACICQUZqQf8BcUH1AUsNACACQSByQZl/akH/AXFB+gFJDQULQQYhAiAERQ0AIAZB3wFxQcQARw0AIAhB/wFxQTdLDQQLIAIgAGohAgwBCwsgACABTw0BQbDDiIAAIABqLQAAQTpHDQEgAEEBaiIAIAFPDQADQEGww4iAACAAai0AAEF3aiICQRdLDQFBASACdEGTgIAEcUUNASABIABBAWoiAEcNAAsgASEACyAAQX8gACABSRutIQMLIAMLCw8BAEGACAsIAAQAAP////8=";
// dist/reading/json-kernel/kernel.js
/** The limits kernel.c is built with. */
const MAX_FIELDS = 64;
/** The slots of its cache of short strings. */
const CACHE_SLOTS = 1024;
const NAME_BYTES = 2048;
/** Compiled once per thread; null when this Node cannot run it (no WebAssembly, e.g. --jitless, or no SIMD). */
let compiled;
function kernelModule() {
	if (compiled === void 0) try {
		compiled = typeof WebAssembly === "object" ? new WebAssembly.Module(Buffer.from(KERNEL_WASM, "base64")) : null;
	} catch {
		compiled = null;
	}
	return compiled;
}
/**
* One instance of the WebAssembly scanner (src/reading/json-kernel/kernel.c) set up for one field tree.
* After scan(), the typed arrays hold what it found, by slot, as JsonScanner's own do.
*/
var JsonKernel = class JsonKernel {
	#exports;
	#heap;
	kinds;
	escaped;
	elementKinds;
	starts;
	ends;
	counts;
	/**
	* Per field whose values repeat and whose value is a string without escapes of up to 48 bytes: its
	* slot in the kernel's cache of short strings (-1 for other strings), and the slot's generation. The
	* same slot and generation mean the same bytes as when the slot was last seen, so a string decoded then
	* can be reused.
	*/
	cached;
	generations;
	/** The line nextLine() found: its start and end in `input`, and its terminator (0 none, 1 \n, 2 \r\n). */
	line;
	/** The loaded input (positions in the field arrays and `line` index it); valid until the next load. */
	input;
	#inputAt;
	#loaded = 0;
	/**
	* A kernel for these fields (`root`: the top-level ones; `repeats`, per slot, 1 for a field whose string
	* values repeat from line to line), or undefined when it cannot run or hold them. It leaves to the
	* caller what JsonScanner's deferrals say: lines nested deeper than `maxDepth`, and when asked, integer
	* literals of more than 18 digits and \u escapes of surrogates.
	*/
	static create(root, repeats, deferrals) {
		const module = kernelModule();
		if (!module || repeats.length > MAX_FIELDS) return void 0;
		const all = [];
		const collect = (list) => list.forEach((field) => (all.push(field), collect(field.children), collect(field.elements)));
		collect(root);
		if (all.reduce((sum, field) => sum + field.name.length, 0) > NAME_BYTES) return void 0;
		const kernel = new JsonKernel(new WebAssembly.Instance(module).exports, root, all);
		new Uint8Array(kernel.#heap.buffer, kernel.#exports.repeats(), MAX_FIELDS).set(repeats);
		kernel.#exports.setDeferrals(deferrals.maxDepth, deferrals.longIntegers ? 1 : 0, deferrals.surrogates ? 1 : 0);
		return kernel;
	}
	constructor(exports, root, all) {
		this.#exports = exports;
		this.#inputAt = exports.reserve(0);
		this.#heap = new Uint8Array(exports.memory.buffer);
		const int32 = (at) => new Int32Array(exports.memory.buffer, at, MAX_FIELDS);
		const [starts, lengths, children, siblings, elements] = [
			exports.nameStarts(),
			exports.nameLengths(),
			exports.firstChildren(),
			exports.nextSiblings(),
			exports.firstElements()
		].map(int32);
		const first = (list) => list[0]?.slot ?? -1;
		const link = (list) => list.forEach((field, index) => siblings[field.slot] = list[index + 1]?.slot ?? -1);
		link(root);
		let at = 0;
		for (const field of all) {
			this.#heap.set(field.name, exports.names() + at);
			starts[field.slot] = at;
			lengths[field.slot] = field.name.length;
			children[field.slot] = first(field.children);
			elements[field.slot] = first(field.elements);
			link(field.children);
			link(field.elements);
			at += field.name.length;
		}
		exports.setFields(all.length, first(root));
		this.#views();
	}
	/** Scans one line; UNDECIDED too when the line does not fit in memory. */
	scan(bytes) {
		const exports = this.#exports;
		const at = exports.reserve(bytes.length);
		if (at === 0) return -1;
		if (this.#heap.buffer !== exports.memory.buffer) this.#views();
		this.#heap.set(bytes, at);
		return exports.scan(bytes.length);
	}
	/**
	* Loads `head` then `tail` as the input that nextLine() reads line by line; false when they do not fit in
	* memory. The input replaces the last one (the bytes nextLine() did not take: rest()).
	*/
	load(head, tail) {
		const exports = this.#exports;
		const length = head.length + tail.length;
		const at = exports.reserve(length);
		if (at === 0) return false;
		if (this.#heap.buffer !== exports.memory.buffer) this.#views();
		this.#heap.set(head, at);
		this.#heap.set(tail, at + head.length);
		exports.load(length);
		this.#loaded = length;
		return true;
	}
	/** Finds and scans the next line of the input; with `final`, a last line without a terminator too. */
	nextLine(final) {
		return this.#exports.nextLine(final ? 1 : 0);
	}
	/** The bytes of the input nextLine() has not taken (the start of a line that goes on in the next chunk). */
	rest() {
		return this.input.subarray(this.#exports.rest(), this.#loaded);
	}
	/** Typed arrays over the kernel's memory: made again when it grew (growing detaches the old buffer). */
	#views() {
		const { memory } = this.#exports;
		const exports = this.#exports;
		this.#heap = new Uint8Array(memory.buffer);
		this.input = Buffer.from(memory.buffer, this.#inputAt, memory.buffer.byteLength - this.#inputAt);
		this.line = new Int32Array(memory.buffer, exports.line(), 3);
		this.kinds = new Uint8Array(memory.buffer, exports.kinds(), MAX_FIELDS);
		this.escaped = new Uint8Array(memory.buffer, exports.escaped(), MAX_FIELDS);
		this.elementKinds = new Uint8Array(memory.buffer, exports.elementKinds(), MAX_FIELDS);
		this.starts = new Int32Array(memory.buffer, exports.starts(), MAX_FIELDS);
		this.ends = new Int32Array(memory.buffer, exports.ends(), MAX_FIELDS);
		this.counts = new Int32Array(memory.buffer, exports.counts(), MAX_FIELDS);
		this.cached = new Int32Array(memory.buffer, exports.cached(), MAX_FIELDS);
		this.generations = new Uint32Array(memory.buffer, exports.generations(), MAX_FIELDS);
	}
};
// dist/reading/json-scan.js
/**
* A fast, exact JSON validity test for one line of bytes that also picks out a few fields, without
* decoding the line or building its value. Most bytes of a session file sit in long strings (tool
* outputs, encrypted reasoning, images) of records whose content the checker never looks at: for those,
* proving the line is valid JSON and reading a handful of short fields is all that is needed.
*
* Exact means: for bytes that are valid UTF-8, `scan` accepts only text that `JSON.parse` accepts
* (RFC 8259 as V8 implements it: no raw control characters in strings, only the nine escapes, strict
* numbers and literals, nothing after the value but whitespace), and the fields it reports are those of
* the value `JSON.parse` builds (the last of duplicate keys wins). UTF-8 validity is the caller's test:
* bytes of 0x80 and up are taken as parts of characters, valid only inside strings.
*
* A client whose reader is stricter than `JSON.parse` (src/reading/json-dialect.ts) makes the scanner defer
* what that reader might reject: nesting past its depth, long integers, surrogate escapes. A deferred line
* scans as false, so that the exact path decides it.
*
* The scan runs in WebAssembly where it can (json-kernel/kernel.c, the same algorithm in C with SIMD
* string skipping), with the same deferrals: this file's scan is the reference it is tested against, and
* the fallback.
*/
const ABSENT = 0;
const STRING = 1;
const NUMBER = 2;
const OBJECT = 3;
const ARRAY = 4;
const BOOLEAN = 5;
const NULL = 6;
const KIND_NAMES = [
	"absent",
	"string",
	"number",
	"object",
	"array",
	"boolean",
	"null"
];
/** In the kinds an element field had across elements: an element that was not an object. */
const NOT_AN_OBJECT = 128;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
/** Nesting deeper than this is left to `JSON.parse` (scan returns false); records nest a few levels. */
const MAX_DEPTH = 1024;
/** The characters that may follow `\` (besides `u`): `" \ / b f n r t`. */
const SIMPLE_ESCAPE = /* @__PURE__ */ new Uint8Array(256);
for (const char of "\"\\/bfnrt") SIMPLE_ESCAPE[char.charCodeAt(0)] = 1;
const HEX = /* @__PURE__ */ new Uint8Array(256);
for (const char of "0123456789abcdefABCDEF") HEX[char.charCodeAt(0)] = 1;
const LITERALS = [
	[BOOLEAN, Buffer.from("true")],
	[BOOLEAN, Buffer.from("false")],
	[NULL, Buffer.from("null")]
];
/**
* Short ASCII strings decoded line after line (record types, roles, tool names) come from a small
* direct-mapped cache rather than a fresh allocation each time.
*/
var StringCache = class StringCache {
	static MAX_LENGTH = 32;
	#entries = new Array(256).fill(void 0);
	/** The string of bytes[start, end), which hold no escape; undefined when they are not short ASCII. */
	get(bytes, start, end) {
		const length = end - start;
		if (length === 0) return "";
		if (length > StringCache.MAX_LENGTH) return void 0;
		const slot = length * 7 + bytes[start] * 3 + bytes[end - 1] * 5 + bytes[start + (length >> 1)] & 255;
		const cached = this.#entries[slot];
		if (cached !== void 0 && cached.length === length) {
			let same = true;
			for (let k = 0; k < length && same; k += 1) same = cached.charCodeAt(k) === bytes[start + k];
			if (same) return cached;
		}
		for (let i = start; i < end; i += 1) if (bytes[i] >= 128) return void 0;
		const value = bytes.toString("latin1", start, end);
		this.#entries[slot] = value;
		return value;
	}
};
const NO_BYTES$1 = Buffer.alloc(0);
const NO_WORDS = /* @__PURE__ */ new DataView(/* @__PURE__ */ new ArrayBuffer(0));
const isWhitespace = (byte) => byte === 32 || byte === 10 || byte === 13 || byte === 9;
function skipWhitespace(bytes, i) {
	while (i < bytes.length && isWhitespace(bytes[i])) i += 1;
	return i;
}
/** Set by scanString: the string just scanned holds an escape. */
let sawEscape = false;
/** Read by scanString: a `\uD800`–`\uDFFF` escape ends the scan (the line is left to the exact path). */
let deferSurrogates = false;
/** A string's content ends at a quote, a backslash (an escape) or a control character (an error). */
const isStop = (byte) => byte === QUOTE || byte === BACKSLASH || byte < 32;
/**
* Flags the bytes of a little-endian 32-bit word that end plain string content: a quote, a backslash or
* a byte below 0x20 (SWAR: the classic "has a zero byte" and "has a byte less than n" tests, which share
* the `~x` factor because 0x22 and 0x5c are below 0x80). Zero when there is none. The lowest flag marks
* the first such byte exactly (borrows only carry upwards, from a flagged byte); `|` keeps the arithmetic
* in 32 bits.
*/
const stopFlags = (x) => ((x ^ 572662306) - 16843009 | (x ^ 1549556828) - 16843009 | x - 538976288) & ~x & 2155905152;
/**
* Scans string content from `i` (just after the opening quote); returns the closing quote's index, or -1.
* `words` views the whole ArrayBuffer under `bytes`: plain content is skipped four bytes at a time.
*/
function scanString(bytes, words, i) {
	const end = bytes.length;
	const base = bytes.byteOffset;
	sawEscape = false;
	for (;;) {
		let flags = 0;
		while (i + 4 <= end && (flags = stopFlags(words.getInt32(base + i, true))) === 0) i += 4;
		if (flags !== 0) i += 31 - Math.clz32(flags & -flags) >> 3;
		else while (i < end && !isStop(bytes[i])) i += 1;
		if (i >= end) return -1;
		const byte = bytes[i];
		if (byte === QUOTE) return i;
		if (byte !== BACKSLASH) return -1;
		sawEscape = true;
		const escaped = i + 1 < end ? bytes[i + 1] : 0;
		if (SIMPLE_ESCAPE[escaped] === 1) i += 2;
		else if (escaped === 117 && i + 5 < end && HEX[bytes[i + 2]] & HEX[bytes[i + 3]] & HEX[bytes[i + 4]] & HEX[bytes[i + 5]]) {
			if (deferSurrogates && isSurrogateEscape(bytes[i + 2], bytes[i + 3])) return -1;
			i += 6;
		} else return -1;
	}
}
/** Whether `\u` followed by these two hex digits starts a surrogate, D800–DFFF (of the hex digits, 8–9, A–F, a–f are ≥ '8'). */
const isSurrogateEscape = (first, second) => (first === 100 || first === 68) && second >= 56;
/** Whether the number in bytes[start, end) is an integer literal of more than 18 digits. */
function isLongInteger(bytes, start, end) {
	if (end - start - (bytes[start] === MINUS ? 1 : 0) <= 18) return false;
	for (let i = start; i < end; i += 1) if (bytes[i] === DOT || bytes[i] === 101 || bytes[i] === 69) return false;
	return true;
}
function skipDigits(bytes, i) {
	while (i < bytes.length && bytes[i] >= ZERO && bytes[i] <= NINE) i += 1;
	return i;
}
/** Scans a number from `i`; returns the index after it, or -1. `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?` */
function scanNumber(bytes, i) {
	if (bytes[i] === MINUS) i += 1;
	const first = i < bytes.length ? bytes[i] : -1;
	if (first === ZERO) i += 1;
	else if (first > ZERO && first <= NINE) i = skipDigits(bytes, i + 1);
	else return -1;
	if (bytes[i] === DOT) {
		const digits = skipDigits(bytes, i + 1);
		if (digits === i + 1) return -1;
		i = digits;
	}
	if (bytes[i] === 101 || bytes[i] === 69) {
		i += 1;
		if (bytes[i] === PLUS || bytes[i] === MINUS) i += 1;
		const digits = skipDigits(bytes, i);
		if (digits === i) return -1;
		i = digits;
	}
	return i;
}
function matchField(fields, bytes, start, end) {
	const length = end - start;
	for (const field of fields) {
		if (field.name.length !== length) continue;
		let same = true;
		for (let k = 0; k < length && same; k += 1) same = field.name[k] === bytes[start + k];
		if (same) return field;
	}
}
/**
* Validates one line and records chosen fields of the object it holds. One scanner is reused for
* every line; its fields describe the last line scanned.
*/
var JsonScanner = class {
	#list;
	/** The list's slot and array of each field (see FieldList). */
	#slotOf;
	#arrayOf;
	/** The WebAssembly engine, when it runs here; the arrays below are then views of its memory. */
	#kernel;
	#kinds;
	#starts;
	#ends;
	#escaped;
	/** For element fields: a bit per kind the field had in an element so far, and NOT_AN_OBJECT. */
	#elementKinds;
	/** For fields whose elements are followed: the number of elements of their array value. */
	#counts;
	/** Scans so far; the string decoded for a slot, and in which scan. */
	#scans = 0;
	#decodedIn;
	#decoded;
	/** The last line scanned is all ASCII (known only from the WebAssembly engine). */
	#ascii = false;
	#isObject = /* @__PURE__ */ new Uint8Array(1025);
	#wanted = new Array(1025).fill(void 0);
	#followed = new Array(1025).fill(void 0);
	#strings = new StringCache();
	/** With the kernel: its cached slots of this line's fields, and the strings decoded by cache slot, with the slot's generation then. */
	#cached;
	#generations;
	#slotStrings = [];
	#slotGenerations = new Uint32Array(CACHE_SLOTS);
	#bytes = NO_BYTES$1;
	/** A view of the whole ArrayBuffer under #bytes, to read four bytes at a time. */
	#words = NO_WORDS;
	/** The wanted field the key #key read last names, if any. */
	#keyField;
	#maxDepth;
	#deferLongIntegers;
	#deferSurrogates;
	/** `engine: 'js'` scans in JavaScript even where WebAssembly runs (to test one against the other). */
	constructor(fields, deferrals, options = {}) {
		this.#maxDepth = Math.min(MAX_DEPTH, deferrals?.maxDepth ?? MAX_DEPTH);
		this.#deferLongIntegers = deferrals?.longIntegers ?? false;
		this.#deferSurrogates = deferrals?.surrogateEscapes ?? false;
		const list = this.#list = fields instanceof FieldList ? fields : new FieldList(fields);
		this.#slotOf = list.slotOf;
		this.#arrayOf = list.arrayOf;
		const count = list.slots;
		this.#kinds = new Uint8Array(count);
		this.#starts = new Int32Array(count);
		this.#ends = new Int32Array(count);
		this.#escaped = new Uint8Array(count);
		this.#elementKinds = new Uint8Array(count);
		this.#counts = new Int32Array(count);
		this.#decodedIn = new Int32Array(count);
		this.#decoded = new Array(count).fill(void 0);
		this.#kernel = options.engine === "js" ? void 0 : JsonKernel.create(list.tree, list.repeats, {
			maxDepth: this.#maxDepth,
			longIntegers: this.#deferLongIntegers,
			surrogates: this.#deferSurrogates
		});
	}
	/** Which engine scans: WebAssembly, unless this Node cannot run it or JavaScript was asked for. */
	get engine() {
		return this.#kernel ? "wasm" : "js";
	}
	/** The last line scanned held only ASCII bytes, so it is valid UTF-8 (false when not known). */
	get ascii() {
		return this.#ascii;
	}
	/**
	* True when `JSON.parse` would turn `bytes` (valid UTF-8) into an object, and the fields are known.
	* False when the line is not valid JSON, not an object, nested deeper than the scanner follows, or
	* names a wanted field with an escape: then only `JSON.parse` can tell what the line holds.
	*/
	scan(bytes) {
		this.#ascii = false;
		this.#scans = this.#scans + 1 | 0;
		if (this.#kernel) return this.#scanInKernel(bytes, this.#kernel);
		if (bytes.buffer !== this.#words.buffer) this.#words = new DataView(bytes.buffer);
		this.#bytes = bytes;
		const words = this.#words;
		const kinds = this.#kinds;
		kinds.fill(ABSENT);
		this.#elementKinds.fill(0);
		const end = bytes.length;
		const isObject = this.#isObject;
		const wanted = this.#wanted;
		const followed = this.#followed;
		const maxDepth = this.#maxDepth;
		deferSurrogates = this.#deferSurrogates;
		let i = skipWhitespace(bytes, 0);
		if (bytes[i] !== OPEN_OBJECT) return false;
		let depth = 0;
		/** The field the next value belongs to, or undefined. */
		let field;
		for (;;) {
			if (i >= end) return false;
			const byte = bytes[i];
			const array = depth > 0 && isObject[depth] === 0 ? followed[depth] : void 0;
			if (array) this.#counts[array.slot] += 1;
			if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
				if (depth === maxDepth) return false;
				depth += 1;
				const object = byte === OPEN_OBJECT;
				isObject[depth] = object ? 1 : 0;
				if (field) kinds[field.slot] = object ? OBJECT : ARRAY;
				if (object) {
					wanted[depth] = depth === 1 ? this.#list.tree : field ? field.children : array?.elements;
					if (array) for (const element of array.elements) kinds[element.slot] = ABSENT;
				} else {
					followed[depth] = field && field.elements.length > 0 ? field : void 0;
					if (followed[depth]) this.#counts[field.slot] = 0;
					if (array) this.#notAnObject(array);
				}
				field = void 0;
				i = skipWhitespace(bytes, i + 1);
				if (bytes[i] === (object ? CLOSE_OBJECT : CLOSE_ARRAY)) {
					i += 1;
					this.#close(depth);
					depth -= 1;
				} else if (object) {
					i = this.#key(bytes, i, wanted[depth]);
					if (i < 0) return false;
					field = this.#keyField;
					continue;
				} else continue;
			} else {
				let kind;
				let next;
				if (byte === QUOTE) {
					const close = scanString(bytes, words, i + 1);
					if (close < 0) return false;
					kind = STRING;
					next = close + 1;
					if (field) this.#escaped[field.slot] = sawEscape ? 1 : 0;
				} else if (byte === MINUS || byte >= ZERO && byte <= NINE) {
					next = scanNumber(bytes, i);
					if (next < 0 || this.#deferLongIntegers && isLongInteger(bytes, i, next)) return false;
					kind = NUMBER;
				} else {
					next = -1;
					kind = ABSENT;
					for (const [literalKind, literal] of LITERALS) if (byte === literal[0] && end - i >= literal.length && bytes.compare(literal, 0, literal.length, i, i + literal.length) === 0) {
						next = i + literal.length;
						kind = literalKind;
						break;
					}
					if (next < 0) return false;
				}
				if (field) {
					kinds[field.slot] = kind;
					this.#starts[field.slot] = kind === STRING ? i + 1 : i;
					this.#ends[field.slot] = kind === STRING ? next - 1 : next;
					field = void 0;
				} else if (array) this.#notAnObject(array);
				i = next;
			}
			for (;;) {
				i = skipWhitespace(bytes, i);
				if (depth === 0) return i === end;
				if (i >= end) return false;
				const after = bytes[i];
				if (after === COMMA) {
					i = skipWhitespace(bytes, i + 1);
					if (isObject[depth] === 1) {
						i = this.#key(bytes, i, wanted[depth]);
						if (i < 0) return false;
						field = this.#keyField;
					}
					break;
				}
				if (after !== (isObject[depth] === 1 ? CLOSE_OBJECT : CLOSE_ARRAY)) return false;
				i += 1;
				this.#close(depth);
				depth -= 1;
			}
		}
	}
	/**
	* Line by line in the kernel (no line split, copied or scanned one by one in JavaScript): loads `head`
	* then `tail` as the input nextLine() reads. False when this scanner runs in JavaScript or the input does
	* not fit in the kernel's memory.
	*/
	load(head, tail) {
		const kernel = this.#kernel;
		if (!kernel?.load(head, tail)) return false;
		this.#viewsOf(kernel);
		this.#bytes = kernel.input;
		return true;
	}
	/**
	* The next line of the loaded input (JsonKernel.nextLine): for ASCII and NON_ASCII its fields are known,
	* at positions in `input`; `line` holds where it is and its terminator.
	*/
	nextLine(final) {
		this.#scans = this.#scans + 1 | 0;
		const result = this.#kernel.nextLine(final);
		this.#ascii = result === 0;
		return result;
	}
	/** The loaded input, and the start, end and terminator of the line nextLine() found (see JsonKernel). */
	get input() {
		return this.#kernel.input;
	}
	get line() {
		return this.#kernel.line;
	}
	/** The loaded bytes that nextLine() has not taken: valid until the next load. */
	rest() {
		return this.#kernel.rest();
	}
	#scanInKernel(bytes, kernel) {
		this.#bytes = bytes;
		const result = kernel.scan(bytes);
		this.#viewsOf(kernel);
		if (result === -1) return false;
		this.#ascii = result === 0;
		return true;
	}
	/** The kernel's arrays, made again when its memory grew. */
	#viewsOf(kernel) {
		this.#kinds = kernel.kinds;
		this.#starts = kernel.starts;
		this.#ends = kernel.ends;
		this.#escaped = kernel.escaped;
		this.#elementKinds = kernel.elementKinds;
		this.#counts = kernel.counts;
		this.#cached = kernel.cached;
		this.#generations = kernel.generations;
	}
	/** Closing an object that is an element of a followed array adds the kinds of its fields to the array's. */
	#close(depth) {
		if (depth < 2 || this.#isObject[depth] === 0 || this.#isObject[depth - 1] === 1) return;
		const array = this.#followed[depth - 1];
		if (array) for (const element of array.elements) this.#elementKinds[element.slot] |= 1 << this.#kinds[element.slot];
	}
	#notAnObject(array) {
		for (const element of array.elements) this.#elementKinds[element.slot] |= NOT_AN_OBJECT;
	}
	/**
	* Reads `"key" :` at `i` and returns the index of the value after it (whitespace skipped), or -1.
	* Sets #keyField to the field the key names among `wanted`.
	*/
	#key(bytes, i, wanted) {
		this.#keyField = void 0;
		if (bytes[i] !== QUOTE) return -1;
		const close = scanString(bytes, this.#words, i + 1);
		if (close < 0) return -1;
		if (wanted && wanted.length > 0) {
			if (sawEscape) return -1;
			const field = matchField(wanted, bytes, i + 1, close);
			if (field) {
				this.#forget(field);
				this.#keyField = field;
			}
		}
		i = skipWhitespace(bytes, close + 1);
		if (bytes[i] !== COLON) return -1;
		return skipWhitespace(bytes, i + 1);
	}
	#forget(field) {
		for (const child of field.children) {
			this.#kinds[child.slot] = ABSENT;
			this.#forget(child);
		}
		for (const element of field.elements) {
			this.#elementKinds[element.slot] = 0;
			this.#forget(element);
		}
	}
	/** Lets go of the last line scanned (its memory may be large); the fields are unknown until the next scan. */
	release() {
		this.#scans = this.#scans + 1 | 0;
		this.#decoded.fill(void 0);
		this.#bytes = NO_BYTES$1;
		this.#words = NO_WORDS;
		this.#kinds.fill(ABSENT);
	}
	kind(field) {
		const slot = this.#slot(field);
		return slot < 0 ? "absent" : KIND_NAMES[this.#kinds[slot]];
	}
	string(field) {
		const slot = this.#slot(field);
		if (slot < 0 || this.#kinds[slot] !== STRING) return void 0;
		if (this.#decodedIn[slot] === this.#scans) return this.#decoded[slot];
		const value = this.#cachedString(slot) ?? this.#decode(slot);
		this.#decodedIn[slot] = this.#scans;
		this.#decoded[slot] = value;
		return value;
	}
	/** A short string the kernel saw in this slot of its cache before, decoded then; or decoded now and kept. */
	#cachedString(slot) {
		const at = this.#kernel ? this.#cached[slot] : -1;
		if (at < 0) return void 0;
		const generation = this.#generations[slot];
		if (this.#slotGenerations[at] === generation) return this.#slotStrings[at];
		const value = this.#decode(slot);
		this.#slotStrings[at] = value;
		this.#slotGenerations[at] = generation;
		return value;
	}
	#decode(slot) {
		const start = this.#starts[slot];
		const end = this.#ends[slot];
		if (this.#escaped[slot] !== 0) return JSON.parse(this.#bytes.toString("utf8", start - 1, end + 1));
		if (this.#kernel) return this.#bytes.toString(this.#ascii ? "latin1" : "utf8", start, end);
		return (this.#list.repeats[slot] === 1 ? this.#strings.get(this.#bytes, start, end) : void 0) ?? this.#bytes.toString("utf8", start, end);
	}
	number(field) {
		const slot = this.#slot(field);
		if (slot < 0 || this.#kinds[slot] !== NUMBER) return void 0;
		const start = this.#starts[slot];
		const end = this.#ends[slot];
		if (end - start <= 15) {
			let value = 0;
			let i = start;
			for (; i < end; i += 1) {
				const digit = this.#bytes[i] - ZERO;
				if (digit < 0 || digit > 9) break;
				value = value * 10 + digit;
			}
			if (i === end) return value;
		}
		return Number(this.#bytes.toString("latin1", start, end));
	}
	boolean(field) {
		const slot = this.#slot(field);
		if (slot < 0 || this.#kinds[slot] !== BOOLEAN) return void 0;
		return this.#bytes[this.#starts[slot]] === 116;
	}
	every(field, kind) {
		const array = this.#arrayOf[field];
		if (array < 0) throw new Error(`field ${this.#list.paths[field]} is in no array`);
		return this.#kinds[array] === ARRAY && (this.#elementKinds[this.#slotOf[field]] & ~(1 << KIND_NAMES.indexOf(kind))) === 0;
	}
	length(field) {
		const slot = this.#slotOf[field];
		if (this.#list.followed[slot] !== 1 || this.#arrayOf[field] >= 0) throw new Error(`field ${this.#list.paths[field]}[] was not asked for`);
		return this.#kinds[slot] === ARRAY ? this.#counts[slot] : void 0;
	}
	/** The slot that holds a field's value; -1 for the field of an only element that is not there. */
	#slot(field) {
		const slot = this.#slotOf[field];
		const array = this.#arrayOf[field];
		if (array < 0) return slot;
		return this.#kinds[array] === ARRAY && this.#counts[array] === 1 && (this.#elementKinds[slot] & NOT_AN_OBJECT) === 0 ? slot : -1;
	}
};
// dist/reading/carry.js
const EMPTY$1 = Buffer.alloc(0);
/**
* The start of a line that goes on in the next chunk, copied out of the chunk (whose memory the reader
* reuses) into a buffer that grows by doubling, so that a line of tens of MiB costs linear time. The
* buffer is reused for the next such line, unless it grew past KEPT_BYTES for a very long one, so that
* lines of a few MiB cost no allocation and one huge line does not keep its memory for the rest of the file.
*/
var Carry = class Carry {
	static KEPT_BYTES = 8 << 20;
	#buffer = EMPTY$1;
	#length = 0;
	get length() {
		return this.#length;
	}
	/** The bytes carried: valid until the next append after a clear(). */
	bytes() {
		return this.#buffer.subarray(0, this.#length);
	}
	append(bytes) {
		const needed = this.#length + bytes.length;
		if (needed > this.#buffer.length) {
			const grown = Buffer.allocUnsafeSlow(Math.max(needed, 2 * this.#buffer.length, 65536));
			this.#buffer.copy(grown, 0, 0, this.#length);
			this.#buffer = grown;
		}
		this.#buffer.set(bytes, this.#length);
		this.#length = needed;
	}
	/** Carries nothing from here on (the bytes() taken stay valid until the next append). */
	clear() {
		this.#length = 0;
		if (this.#buffer.length > Carry.KEPT_BYTES) this.#buffer = EMPTY$1;
	}
};
// dist/reading/line-splitter.js
const LF$1 = 10;
const CR = 13;
const EMPTY = Buffer.alloc(0);
/**
* Splits a byte stream into lines in linear time, however long a line is: the start of a line that
* spans chunks is carried over (src/reading/carry.ts; split2 re-splits its whole carry on every chunk,
* which is quadratic on lines of tens of MiB).
*/
var LineSplitter = class {
	skipper;
	#carry = new Carry();
	#number = 0;
	#offset = 0;
	/** What the skipper said of the line under way, when it is not visited. */
	#skipping;
	/** `after`: the lines and bytes that came before the stream (its lines are numbered on from them). */
	constructor(skipper, after) {
		this.skipper = skipper;
		this.#number = after?.number ?? 0;
		this.#offset = after?.offset ?? 0;
	}
	push(chunk, visit) {
		if (this.skipper) return this.#pushSkipping(chunk, visit, this.skipper);
		let start = 0;
		for (let nl = chunk.indexOf(LF$1, start); nl !== -1; nl = chunk.indexOf(LF$1, start)) {
			let bytes = chunk.subarray(start, nl);
			if (this.#carry.length > 0) bytes = this.#takeCarry(bytes);
			this.#emit(bytes, true, visit);
			start = nl + 1;
		}
		if (start < chunk.length) this.#carry.append(chunk.subarray(start));
	}
	/** Emits the final line when the input does not end with `\n`. */
	end(visit) {
		if (this.#skipping) {
			this.#skipping = void 0;
			this.#number += 1;
		} else if (this.#carry.length > 0) this.#emit(this.#takeCarry(EMPTY), false, visit);
	}
	/** push, with the lines the skipper names passed on as pieces of the chunk, or dropped, instead of visited. */
	#pushSkipping(chunk, visit, skipper) {
		let start = 0;
		/** Where the current stretch of passed-over bytes began in this chunk; -1 when there is none. */
		let stretch = -1;
		while (start < chunk.length) {
			if (!this.#skipping && this.#carry.length === 0) this.#skipping = skipper.skip(this.#number + 1, this.#offset);
			const nl = chunk.indexOf(LF$1, start);
			if (this.#skipping === "pass" && stretch < 0) stretch = start;
			if (this.#skipping === "drop" && stretch >= 0) {
				skipper.skipped(chunk.subarray(stretch, start));
				stretch = -1;
			}
			if (this.#skipping) {
				const end = nl === -1 ? chunk.length : nl + 1;
				this.#offset += end - start;
				start = end;
				if (nl !== -1) {
					this.#number += 1;
					this.#skipping = void 0;
				}
				continue;
			}
			if (stretch >= 0) {
				skipper.skipped(chunk.subarray(stretch, start));
				stretch = -1;
			}
			if (nl === -1) {
				this.#carry.append(chunk.subarray(start));
				return;
			}
			let bytes = chunk.subarray(start, nl);
			if (this.#carry.length > 0) bytes = this.#takeCarry(bytes);
			this.#emit(bytes, true, visit);
			start = nl + 1;
		}
		if (stretch >= 0) skipper.skipped(chunk.subarray(stretch, start));
	}
	/** The carried start of a line with its last piece: valid until the next carry (after the visit). */
	#takeCarry(last) {
		this.#carry.append(last);
		const line = this.#carry.bytes();
		this.#carry.clear();
		return line;
	}
	#emit(bytes, terminated, visit) {
		const total = bytes.length + (terminated ? 1 : 0);
		let eol = "";
		if (terminated) {
			eol = "\n";
			if (bytes.length > 0 && bytes[bytes.length - 1] === CR) {
				bytes = bytes.subarray(0, bytes.length - 1);
				eol = "\r\n";
			}
		}
		this.#number += 1;
		visit({
			number: this.#number,
			offset: this.#offset,
			bytes,
			eol
		});
		this.#offset += total;
	}
};
// dist/reading/utf8-bom.js
/** The UTF-8 byte order mark, which JSONL must not start with. */
const UTF8_BOM = Buffer.from([
	239,
	187,
	191
]);
const startsWithBom = (bytes) => bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
const withoutBom = (bytes) => startsWithBom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes;
// dist/checking/sorted-runs.js
/** Items held in memory at most; beyond that they are sorted and written to a temp file. */
const ITEMS_IN_MEMORY = 16384;
/** Sorted runs on disk before they are merged into one, so that a merge reads from at most this many files. */
const MAX_RUNS = 32;
const READ_BYTES = 65536;
const DEFAULT_LIMITS = {
	inMemory: ITEMS_IN_MEMORY,
	runs: MAX_RUNS
};
var SortedLog = class {
	compare;
	codec;
	limits;
	#batch = [];
	#runs = [];
	#length = 0;
	/** Called when a batch is written out: indexes into the batch are no longer valid. */
	onSpill;
	constructor(compare, codec, limits = DEFAULT_LIMITS) {
		this.compare = compare;
		this.codec = codec;
		this.limits = limits;
	}
	/** The items held in memory now (the current batch), for changing the last ones in place. */
	get batch() {
		return this.#batch;
	}
	get length() {
		return this.#length;
	}
	push(item) {
		this.#batch.push(item);
		this.#length += 1;
		if (this.#batch.length >= this.limits.inMemory) this.#spillBatch();
	}
	/** The items, sorted; the log is done with. */
	finish() {
		this.#batch.sort(this.compare);
		return {
			runs: this.#runs,
			memory: this.#batch,
			length: this.#length
		};
	}
	#spillBatch() {
		this.#batch.sort(this.compare);
		this.#runs.push(writeRun(this.#batch, this.codec));
		this.#batch = [];
		this.onSpill?.();
		if (this.#runs.length >= this.limits.runs) {
			const merged = mergeRuns(this.#runs.map((run) => readRun(run, this.codec)), this.compare);
			const runs = this.#runs;
			this.#runs = [writeRun(merged, this.codec)];
			for (const run of runs) (0, node_fs.rmSync)(run, { force: true });
		}
	}
};
/** The items of sorted runs, merged: read as often as asked, each time from the files. */
function mergedRuns(sorted, compare, codec) {
	return sorted.runs.length === 0 ? sorted.memory : mergeRuns([...sorted.runs.map((run) => readRun(run, codec)), sorted.memory], compare);
}
/** Removes the run files: the items are not read again. */
function removeRuns(sorted) {
	for (const run of sorted.runs) (0, node_fs.rmSync)(run, { force: true });
}
/** k sorted sequences as one, stable: for equal keys, the earlier sequence first. Read as often as asked. */
function mergeRuns(runs, compare) {
	return { *[Symbol.iterator]() {
		const heads = [];
		runs.forEach((run, source) => {
			const rest = run[Symbol.iterator]();
			const first = rest.next();
			if (!first.done) heads.push({
				value: first.value,
				source,
				rest
			});
		});
		const before = (a, b) => {
			const order = compare(a.value, b.value);
			return order < 0 || order === 0 && a.source < b.source;
		};
		while (heads.length > 0) {
			let best = 0;
			for (let index = 1; index < heads.length; index += 1) if (before(heads[index], heads[best])) best = index;
			const head = heads[best];
			yield head.value;
			const next = head.rest.next();
			if (next.done) heads.splice(best, 1);
			else head.value = next.value;
		}
	} };
}
function writeRun(items, codec) {
	const path = spillPath("run", "jsonl");
	const fd = (0, node_fs.openSync)(path, "wx", 384);
	try {
		let text = "";
		for (const item of items) {
			text += `${JSON.stringify(codec.toRow(item))}\n`;
			if (text.length >= READ_BYTES) {
				(0, node_fs.writeSync)(fd, text);
				text = "";
			}
		}
		(0, node_fs.writeSync)(fd, text);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
	return path;
}
/** A run file's items, read in pieces as they are asked for. */
function readRun(path, codec) {
	return { *[Symbol.iterator]() {
		const fd = (0, node_fs.openSync)(path, "r");
		try {
			const buffer = Buffer.allocUnsafe(READ_BYTES);
			const decoder = new node_string_decoder.StringDecoder("utf8");
			let rest = "";
			for (let read = (0, node_fs.readSync)(fd, buffer); read > 0; read = (0, node_fs.readSync)(fd, buffer)) {
				const text = rest + decoder.write(buffer.subarray(0, read));
				const end = text.lastIndexOf("\n");
				rest = text.slice(end + 1);
				if (end === -1) continue;
				for (const row of JSON.parse(`[${text.slice(0, end).replaceAll("\n", ",")}]`)) yield codec.fromRow(row);
			}
		} finally {
			(0, node_fs.closeSync)(fd);
		}
	} };
}
let folder;
let spilled = 0;
/** A new file name in this thread's spill folder (see spillFolder): `<kind>-<n>.<extension>`. */
function spillPath(kind, extension) {
	return (0, node_path.join)(spillFolder(), `${kind}-${spilled += 1}.${extension}`);
}
/** This thread's folder for run files, made when first needed and removed when the thread exits. */
function spillFolder() {
	if (folder) return folder;
	folder = (0, node_fs.mkdtempSync)((0, node_path.join)((0, node_os.tmpdir)(), "session-doctor-diagnostics-"));
	removeAtExit(folder);
	return folder;
}
const toRemove = /* @__PURE__ */ new Set();
let removing = false;
function removeAtExit(path) {
	if (!removing) process.once("exit", () => toRemove.forEach((each) => (0, node_fs.rmSync)(each, {
		recursive: true,
		force: true
	})));
	removing = true;
	toRemove.add(path);
}
/** A worker's folder outlives the worker once its runs are posted: the main thread removes it. */
function handOver(path) {
	if (!workerThreads().isMainThread) toRemove.delete(path);
}
// dist/checking/diagnostic-list.js
/**
* Collects the diagnostics of one file in the order the checker reports them and hands them back sorted by
* line, then rule, in the order reported for equal keys: an in-memory sort for a file with few of them (all
* but freak files); an external merge sort for one with many (src/checking/sorted-runs.ts). Most diagnostics
* are reported in line order as the lines are read, but a rule that can only tell at the end (an unanswered
* call) reports then, about earlier lines: so each batch of ITEMS_IN_MEMORY (16,384) is sorted and written to a
* temp file as a sorted run, and reading merges the runs. A repair is data (its edits), written out with its
* diagnostic: fix holds no more of a million than check does.
*/
var DiagnosticLog = class {
	ruleOrder;
	#log;
	constructor(ruleOrder, limits = DEFAULT_LIMITS) {
		this.ruleOrder = ruleOrder;
		this.#log = new SortedLog(compareBy(ruleOrder), DIAGNOSTIC_ROWS, limits);
	}
	/** The entries held in memory now (the current batch), for extending a run in place. */
	get batch() {
		return this.#log.batch;
	}
	/** Called when a batch is written out: indexes into the batch are no longer valid. */
	set onSpill(call) {
		this.#log.onSpill = call;
	}
	push(diagnostic) {
		this.#log.push(diagnostic);
	}
	/** The diagnostics, sorted; the log is done with. */
	finish() {
		const sorted = this.#log.finish();
		if (sorted.runs.length === 0) return sorted.memory;
		return new SpilledDiagnostics(sorted.runs, sorted.memory, sorted.length, this.ruleOrder);
	}
};
/** Sorted by line, then by the rule's place in the rule list. */
function compareBy(ruleOrder) {
	return (a, b) => a.line - b.line || ruleOrder.get(a.rule) - ruleOrder.get(b.rule);
}
/** Diagnostics written to sorted runs on disk (and the last batch, in memory), read back merged. */
var SpilledDiagnostics = class SpilledDiagnostics {
	runs;
	memory;
	length;
	ruleOrder;
	extra;
	constructor(runs, memory, length, ruleOrder, extra = []) {
		this.runs = runs;
		this.memory = memory;
		this.length = length;
		this.ruleOrder = ruleOrder;
		this.extra = extra;
	}
	[Symbol.iterator]() {
		const sorted = mergedRuns(this, compareBy(this.ruleOrder), DIAGNOSTIC_ROWS);
		return (this.extra.length === 0 ? sorted : mergeRuns([sorted, this.extra], (a, b) => a.line - b.line))[Symbol.iterator]();
	}
	/** Removes the run files: the list is not read again (its diagnostics were copied into an array). */
	release() {
		removeRuns(this);
	}
	withExtra(found) {
		const extra = [...this.extra, ...found].sort((a, b) => a.line - b.line);
		return new SpilledDiagnostics(this.runs, this.memory, this.length + found.length, this.ruleOrder, extra);
	}
	/** What a worker thread posts: the files stay where they are, and the main thread removes them. */
	toMessage() {
		for (const run of this.runs) handOver((0, node_path.dirname)(run));
		return {
			runs: this.runs,
			memory: this.memory,
			length: this.length,
			ruleOrder: [...this.ruleOrder],
			extra: this.extra
		};
	}
	static fromMessage(message) {
		for (const run of message.runs) removeAtExit((0, node_path.dirname)(run));
		return new SpilledDiagnostics(message.runs, message.memory, message.length, new Map(message.ruleOrder), message.extra);
	}
};
/** A list as it can cross to another thread: an array as it is, spilled diagnostics by their files. */
const toMessage = (list) => list instanceof SpilledDiagnostics ? { spilled: list.toMessage() } : [...list];
const DIAGNOSTIC_ROWS = {
	toRow: ({ rule, code, severity, line, message, callId, fixable, applicability, endLine, repair }) => [
		rule,
		code,
		severity,
		line,
		message,
		callId ?? null,
		fixable,
		applicability ?? null,
		endLine ?? null,
		repair ?? null
	],
	fromRow: (row) => {
		const [rule, code, severity, line, message, callId, fixable, applicability, endLine, repair] = row;
		return {
			rule,
			code,
			severity,
			line,
			message,
			...callId !== null && { callId },
			fixable,
			...applicability !== null && { applicability },
			...endLine !== null && { endLine },
			...repair !== null && { repair }
		};
	}
};
/** The entries that pass `keep`, read lazily (counted once, when asked). */
function filtered(list, keep) {
	if (Array.isArray(list)) return list.filter(keep);
	return picked(list, (diagnostic) => keep(diagnostic) ? diagnostic : void 0);
}
/**
* What `pick` makes of each item, the undefined left out: read lazily, counted once when asked (by `count`,
* when the caller counts it together with another list).
*/
function picked(items, pick, count) {
	let length;
	return {
		get length() {
			if (length === void 0 && count) length = count();
			if (length === void 0) {
				length = 0;
				for (const item of items) if (pick(item) !== void 0) length += 1;
			}
			return length;
		},
		*[Symbol.iterator]() {
			for (const item of items) {
				const made = pick(item);
				if (made !== void 0) yield made;
			}
		}
	};
}
// dist/checking/diagnostic-runs.js
/**
* Joins `next` to the run `last` ends with, when it is the same finding on the very next line: same rule,
* severity, message and fix (no call id, whose findings are each their own), and a repair, if any, that
* removes just its own line. Returns whether it did. This is what keeps a file of a million blank or broken
* lines at one diagnostic, and its repair at one edit. `last` is the checker's own, not yet handed out: it is
* extended in place (a new object per line was most of the time that a million blank lines took).
*/
function extendRun(last, next) {
	const end = last.endLine ?? last.line;
	if (next.line !== end + 1 || next.endLine !== void 0) return false;
	if (last.callId !== void 0 || next.callId !== void 0) return false;
	if (last.rule !== next.rule || last.severity !== next.severity || last.message !== next.message) return false;
	if (last.fixable !== next.fixable || last.applicability !== next.applicability) return false;
	if (last.repair === void 0 !== (next.repair === void 0)) return false;
	const repair = last.repair && next.repair && joinRemovals(last, last.repair, next.repair, next.line);
	if (last.repair && !repair) return false;
	const run = last;
	run.endLine = next.line;
	if (repair) run.repair = repair;
	return true;
}
/** The repairs of runs that joined removeLine's removals, each with what they remove (removeLine's `what`). */
const joined = /* @__PURE__ */ new WeakMap();
/**
* Two removals of consecutive lines, with the same action but for the line number, as one. A run of
* removeLine's removals has its own repair once joined: it is extended in place, and the next removal is
* known by what removeLine made it for, not by its text (reading a new action string per line, and making
* a new repair and three strings, were most of the time a file of a million blank lines took to fix).
*/
function joinRemovals(last, first, next, line) {
	const [edit] = first.edits;
	const [added] = next.edits;
	if (first.edits.length !== 1 || next.edits.length !== 1 || edit?.op !== "remove" || added?.op !== "remove") return void 0;
	if (edit.line !== last.line || (edit.through ?? edit.line) !== line - 1 || added.line !== line || added.through !== void 0) return void 0;
	const removes = removedByLast(next);
	if (removes !== void 0 && joined.get(first) === removes) {
		const own = first;
		own.action = `removed ${removes} at lines ${last.line}-${line}`;
		own.edits[0].through = line;
		return first;
	}
	const suffix = ` at line ${line}`;
	if (!next.action.endsWith(suffix)) return void 0;
	const what = next.action.slice(0, -suffix.length);
	if (first.action !== `${what} at line ${last.line}` && first.action !== `${what} at lines ${last.line}-${line - 1}`) return void 0;
	const repair = {
		action: `${what} at lines ${last.line}-${line}`,
		edits: [{
			op: "remove",
			line: last.line,
			through: line
		}]
	};
	if (removes !== void 0 && what === `removed ${removes}`) joined.set(repair, removes);
	return repair;
}
// dist/checking/rules/unknown-format.js
var unknown_format_default = defineRule({
	name: "unknown-format",
	code: "SD311",
	severity: "info",
	fixable: false,
	summary: "The file is not a session file of a supported format.",
	explanation: "Its records are neither a Codex rollout (or a Responses API item list) nor a Claude Code transcript: a dataset, a log or another tool's JSONL. It is reported once, as a notice, and nothing else is checked or repaired in it, so that globs such as **/*.jsonl in CI or a pre-commit hook do not fail on it. Make it fail with \"rules\": {\"unknown-format\": \"error\"} in the config, or name its format with --input-format.",
	create(context) {
		return { end({ records }) {
			if (records > 0 && !context.format()) context.report({
				line: 1,
				message: "Not a session file of a supported format (Codex rollout, Responses items, Claude Code transcript); nothing checked."
			});
		} };
	}
});
// dist/checking/checker.js
/**
* One scanner per format, shared by all checkers: a run over thousands of small files would otherwise
* build one each. Sharing is safe as a scan and the reading of its fields happen within one line() call.
*/
const scanners = /* @__PURE__ */ new WeakMap();
function scannerFor(format, scan) {
	let scanner = scanners.get(scan);
	if (!scanner) scanners.set(scan, scanner = new JsonScanner(scan.fields, scanDeferrals(format.dialect)));
	return scanner;
}
/** How many records may pass before the format must be known. */
const DETECTION_RECORDS = 16;
const LF = 10;
const EOLS = [
	"",
	"\n",
	"\r\n"
];
const NO_BYTES = Buffer.alloc(0);
function isBlank(bytes) {
	for (let i = 0; i < bytes.length; i += 1) {
		const byte = bytes[i];
		if (byte !== 32 && byte !== 9 && byte !== 13) return false;
	}
	return true;
}
/**
* Checks one file without I/O: feed it the file's bytes in chunks (push), or every RawLine in order (line),
* then call end(). Holds only pairing state, the diagnostics found and the start of a line that goes on in
* the next chunk.
*/
var FileChecker = class {
	options;
	#diagnostics;
	/** Where each rule's last diagnostic is in the log's batch in memory, for runs. */
	#lastOfRule = /* @__PURE__ */ new Map();
	#hooks = [];
	/** Whether the named rule is one of this check's. */
	#runs;
	/** The hooks that have a line (record) handler, so that each line calls only those. */
	#lineHooks;
	#recordHooks;
	#format;
	/** The format's history model, made when the format is known. */
	#history;
	#lines = 0;
	#records = 0;
	#lastRecordLine = 0;
	/** Records read before the format was known. */
	#undetected = [];
	#lastLineEol = "\n";
	/** The first line that starts at or after the pinned prefix. */
	#firstFreeLine;
	/** The fast path's scanner, once a line was scanned. */
	#scanner;
	/** Pushed chunks: the start of a line that goes on in the next chunk, the lines and bytes taken so far. */
	#carry = new Carry();
	#pushedLines = 0;
	#pushedBytes = 0;
	/** Splits pushed chunks when the kernel cannot (no WebAssembly, the exact path, a line too long for it). */
	#splitter;
	#visit = (raw) => this.line(raw);
	#facts;
	/** The timestamp of the record the scanner read last. */
	#scannedTimestamp = () => this.#format.scan.timestampOf(this.#scanner);
	constructor(options) {
		this.options = options;
		if (options.format) this.#format = formatByName(options.format);
		this.#diagnostics = new DiagnosticLog(new Map(options.rules.map(({ rule }, index) => [rule.name, index])));
		this.#diagnostics.onSpill = () => this.#lastOfRule.clear();
		const running = new Set(options.rules.map(({ rule }) => rule.name));
		this.#runs = (name) => running.has(name);
		const ruleOptions = {
			strategy: options.strategy ?? "placeholder",
			...options.placeholderText !== void 0 && { placeholderText: options.placeholderText }
		};
		for (const { rule, severity } of options.rules) {
			const context = {
				path: options.path,
				format: () => this.#format,
				history: () => this.#history,
				options: ruleOptions,
				runs: this.#runs,
				report: (input) => {
					const fixable = rule.fixable && input.fixable !== false;
					const applicability = input.applicability ?? "safe";
					const repair = fixable && options.repairs && (applicability === "safe" || options.unsafeFixes) ? input.repair?.() : void 0;
					if (repair) options.onRepair?.();
					const downgraded = input.outsideHistory && SEVERITY_RANK[severity] > SEVERITY_RANK.warning ? "warning" : severity;
					const diagnostic = {
						rule: rule.name,
						code: rule.code,
						severity: downgraded,
						line: input.line,
						message: printable(input.message),
						...input.callId !== void 0 && { callId: input.callId },
						fixable,
						...fixable && { applicability },
						...repair && { repair }
					};
					const batch = this.#diagnostics.batch;
					const last = this.#lastOfRule.get(rule.name);
					if (last === void 0 || !extendRun(batch[last], diagnostic)) {
						this.#lastOfRule.set(rule.name, batch.length);
						this.#diagnostics.push(diagnostic);
					}
				}
			};
			this.#hooks.push(rule.create(context));
		}
		this.#lineHooks = this.#hooks.filter((hooks) => hooks.line);
		this.#recordHooks = this.#hooks.filter((hooks) => hooks.record);
	}
	/** The file's format, once it was forced or its first records told it. */
	get format() {
		return this.#format;
	}
	/** The history model of the file's format, made on its first record. */
	#historyOf(format) {
		return this.#history ??= format.createHistory((finding) => {
			for (const hooks of this.#hooks) hooks.pairing?.(finding);
		}, {
			repairs: this.options.repairs === true,
			runs: this.#runs
		});
	}
	/**
	* The next chunk of the file. The kernel finds, splits and scans its lines where they lie (no line is
	* split, copied or scanned one by one in JavaScript); a chunk with no line end is only carried.
	*/
	push(chunk) {
		const scanner = this.#splitter ? void 0 : this.#kernelScanner();
		if (!scanner) return this.#split(chunk);
		const lastLineEnd = chunk.lastIndexOf(LF);
		if (lastLineEnd === -1) return this.#carry.append(chunk);
		const carried = this.#carry.length;
		if (!scanner.load(this.#carry.bytes(), chunk)) return this.#split(chunk);
		const utf8 = (0, node_buffer.isUtf8)(scanner.input.subarray(0, carried + lastLineEnd + 1));
		this.#carry.clear();
		this.#takeLines(scanner, false, utf8);
	}
	/**
	* The lines of the scanner's input, as far as they are whole (all of them when `final`); `utf8` when its
	* whole lines were checked at once and are valid UTF-8 (no line needs its own check).
	*/
	#takeLines(scanner, final, utf8) {
		const format = this.#format;
		for (let result = scanner.nextLine(final); result !== -2; result = scanner.nextLine(final)) {
			this.#scannedLine(scanner, result, utf8);
			if (this.#format === format) continue;
			const next = this.#kernelScanner();
			if (next === scanner) continue;
			const rest = scanner.rest();
			if (!next?.load(rest, NO_BYTES)) return this.#split(rest, final);
			scanner = next;
		}
		this.#carry.append(scanner.rest());
	}
	/** Lines split in JavaScript from here on, numbered on from the lines taken. */
	#split(chunk, final = false) {
		if (!this.#splitter) {
			this.#splitter = new LineSplitter(void 0, {
				number: this.#pushedLines,
				offset: this.#pushedBytes
			});
			this.#splitter.push(this.#carry.bytes(), this.#visit);
			this.#carry.clear();
		}
		this.#splitter.push(chunk, this.#visit);
		if (final) this.#splitter.end(this.#visit);
	}
	/** The scanner that reads pushed chunks: that of the file's format, or of the first one tried; undefined when the kernel cannot. */
	#kernelScanner() {
		const format = this.#format ?? FORMATS[0];
		if (!format.scan || this.options.exact) return void 0;
		const scanner = scannerFor(format, format.scan);
		return scanner.engine === "wasm" ? scanner : void 0;
	}
	#scannedLine(scanner, result, utf8) {
		const line = scanner.line;
		const start = line[0];
		const end = line[1];
		const eol = EOLS[line[2]];
		const number = this.#pushedLines += 1;
		const offset = this.#pushedBytes;
		this.#pushedBytes += end - start + eol.length;
		this.#scanner = scanner;
		if (number === 1 && result === -1 && startsWithBom(scanner.input.subarray(start, end))) {
			const bytes = withoutBom(scanner.input.subarray(start, end));
			return this.#decide(number, offset, eol, bytes, 0, bytes.length, true, isBlank(bytes), void 0, utf8);
		}
		const fields = (result === 0 || result === 1) && this.#scanning() ? scanner : void 0;
		this.#decide(number, offset, eol, scanner.input, start, end, false, result === 2, fields, utf8);
	}
	line(raw) {
		const bom = raw.number === 1 && startsWithBom(raw.bytes);
		const bytes = bom ? withoutBom(raw.bytes) : raw.bytes;
		const blank = isBlank(bytes);
		this.#decide(raw.number, raw.offset, raw.eol, bytes, 0, bytes.length, bom, blank, blank ? void 0 : this.#scanFields(bytes), false);
	}
	/**
	* One line, input[start, end) (after a byte order mark, when `bom`): `blank` and `fields` as the scan
	* found them (without fields, the exact path decides); `utf8` when it is known to be valid UTF-8.
	*/
	#decide(number, offset, eol, input, start, end, bom, blank, fields, utf8) {
		if (this.#firstFreeLine === void 0 && this.options.pinnedPrefix && offset >= this.options.pinnedPrefix.bytes) this.#firstFreeLine = number;
		this.#lines = number;
		this.#lastLineEol = eol;
		let bytes;
		let value;
		let parseError;
		let scanned;
		if (!blank) {
			if (!utf8 && !fields?.ascii && !(0, node_buffer.isUtf8)(bytes ??= input.subarray(start, end))) parseError = "not valid UTF-8";
			else if (fields) scanned = this.#classify(fields);
			if (!scanned && parseError === void 0) ({value, parseError} = this.#parse(bytes ??= input.subarray(start, end)));
		}
		if (blank || bom || parseError !== void 0 || eol !== "\n") {
			const facts = {
				number,
				eol,
				bom,
				blank,
				parseError
			};
			for (const hooks of this.#lineHooks) hooks.line(facts);
		}
		if (scanned) this.#record(number, scanned, this.#scannedTimestamp);
		else if (!blank && parseError === void 0) {
			if (this.#format) this.#parsed(number, value);
			else this.#detect(number, value);
		}
	}
	/** The last line of pushed chunks, when the file does not end with a line end. */
	#endPushed() {
		if (this.#splitter) return this.#splitter.end(this.#visit);
		if (this.#carry.length === 0) return;
		const scanner = this.#kernelScanner();
		const rest = this.#carry.bytes();
		this.#carry.clear();
		if (scanner?.load(rest, NO_BYTES)) this.#takeLines(scanner, true, false);
		else this.#split(rest, true);
	}
	#parsed(line, value) {
		const format = this.#format;
		this.#record(line, format.classify(value), () => format.timestampOf(value));
	}
	/**
	* Looks past the first records for one that tells the format (a few rows of other kinds may come
	* first); the records held meanwhile are checked once it is known. Without one, a record of the
	* Codex envelope's types makes it a Codex rollout, and otherwise the file is of no format this tool
	* knows.
	*/
	#detect(line, value) {
		if (value !== void 0) this.#undetected.push({
			line,
			value
		});
		const format = value === void 0 ? void 0 : detectFormat(value);
		if (!format && value !== void 0 && this.#undetected.length < DETECTION_RECORDS) return;
		this.#format = format ?? fallbackFormat(this.#undetected.map((record) => record.value));
		const held = this.#undetected.splice(0);
		if (!this.#format) {
			this.#records += held.length;
			if (held.length > 0) this.#lastRecordLine = held.at(-1).line;
			return;
		}
		for (const record of held) this.#parsed(record.line, record.value);
	}
	/**
	* The fast path: a line the format can classify from a few scanned fields is neither decoded nor
	* parsed. #scanFields gives the scanned fields, undefined when only JSON.parse can tell (the line is
	* invalid, not an object, or the format has no fast path); #classify, the record's info from them,
	* undefined when its content matters. Before the format is known, the first record is scanned as the
	* most specific format, the first detectFormat tries: when it matches, that is the file's format.
	*/
	#scanFields(bytes) {
		if (!this.#scanning()) return void 0;
		const format = this.#format ?? FORMATS[0];
		const scanner = this.#scanner = scannerFor(format, format.scan);
		return scanner.scan(bytes) ? scanner : void 0;
	}
	/** Whether a line's scanned fields may be used. While records are held for detection, each record goes through it in order. */
	#scanning() {
		return (this.#format ?? FORMATS[0]).scan !== void 0 && !this.options.exact && !(!this.#format && this.#undetected.length > 0);
	}
	#classify(scanner) {
		const format = this.#format ?? FORMATS[0];
		const scan = format.scan;
		if (!this.#format && !scan.matches(scanner)) return void 0;
		const info = scan.classify(scanner);
		if (info) this.#format = format;
		return info;
	}
	/** The exact path: JSON.parse, then what the format's client rejects beyond it. */
	#parse(bytes) {
		const parsed = parseRecord(bytes);
		if (parsed.value === void 0) return parsed;
		const dialect = (this.#format ?? detectFormat(parsed.value))?.dialect;
		const rejected = dialect && dialectViolation(parsed.text, parsed.value, dialect);
		return rejected === void 0 ? parsed : { parseError: rejected };
	}
	end() {
		this.#endPushed();
		this.#scanner?.release();
		if (this.#undetected.length > 0) this.#detect(0, void 0);
		this.#history?.end();
		const facts = {
			lines: this.#lines,
			records: this.#records,
			...this.#records > 0 && { lastRecord: { line: this.#lastRecordLine } },
			turnBoundaries: this.#history?.turnBoundaries ?? []
		};
		for (const hooks of this.#hooks) hooks.end?.(facts);
		let diagnostics = this.#diagnostics.finish();
		if (!this.#format && this.#records > 0) diagnostics = filtered(diagnostics, (diagnostic) => diagnostic.rule === unknown_format_default.name);
		return {
			diagnostics,
			facts: {
				...this.#format && { format: this.#format },
				...this.#history && { history: this.#history },
				lines: this.#lines,
				records: this.#records,
				lastLineEol: this.#lastLineEol,
				...this.options.pinnedPrefix && { pinned: {
					firstFreeLine: this.#firstFreeLine ?? this.#lines + 1,
					reason: this.options.pinnedPrefix.reason
				} }
			}
		};
	}
	#record(line, info, timestamp) {
		this.#records += 1;
		this.#lastRecordLine = line;
		const facts = this.#facts ??= {
			line,
			info
		};
		facts.line = line;
		facts.info = info;
		if (this.#records === 1) for (const hooks of this.#hooks) hooks.firstRecord?.(facts);
		for (const hooks of this.#recordHooks) hooks.record(facts);
		this.#historyOf(this.#format).record(line, info, timestamp);
	}
};
/** JSON.parse, for valid UTF-8. */
function parseRecord(bytes) {
	let value;
	let text;
	const stackTraceLimit = Error.stackTraceLimit;
	Error.stackTraceLimit = 0;
	try {
		text = bytes.toString("utf8");
		value = JSON.parse(text);
	} catch (error) {
		return { parseError: describeJsonError(error) };
	} finally {
		Error.stackTraceLimit = stackTraceLimit;
	}
	if (typeof value !== "object" || value === null || Array.isArray(value)) return { parseError: `a JSON ${Array.isArray(value) ? "array" : value === null ? "null" : typeof value}, not an object` };
	return {
		value,
		text
	};
}
function describeJsonError(error) {
	if (error instanceof RangeError) return "too long to parse";
	return `invalid JSON (${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 120)})`;
}
// dist/checking/rules/blank-line.js
var blank_line_default = defineRule({
	name: "blank-line",
	code: "SD207",
	severity: "info",
	fixable: true,
	summary: "A line is empty or whitespace only.",
	explanation: "Clients never write blank lines; they come from hand edits and concatenation. Codex skips them, but strict JSONL readers fail on them and they shift line numbers. fix removes them.",
	create(context) {
		return { line({ number, blank }) {
			if (!blank) return;
			context.report({
				line: number,
				message: "Blank line.",
				repair: () => removeLine(number, "the blank line")
			});
		} };
	}
});
// dist/checking/rules/byte-order-mark.js
var byte_order_mark_default = defineRule({
	name: "byte-order-mark",
	code: "SD203",
	severity: "error",
	fixable: true,
	summary: "The file starts with a UTF-8 byte order mark.",
	explanation: "JSONL is UTF-8 without a byte order mark. With one, the first line is not valid JSON to Codex, so the session_meta record is lost and resume fails; editors and tools on Windows (PowerShell Set-Content, Notepad) add it when they save. This rule is reported instead of malformed-line for that first line. Claude Code reads past it, so there it is a warning (other JSONL readers still fail on it). fix removes the three bytes.",
	create(context) {
		let bom = false;
		return {
			line(facts) {
				if (facts.bom) bom = true;
			},
			end() {
				if (!bom) return;
				const tolerated = context.format()?.toleratesBom === true;
				context.report({
					line: 1,
					message: tolerated ? "The file starts with a UTF-8 byte order mark (EF BB BF); Claude Code reads past it, but other JSONL readers fail on the first line." : "The file starts with a UTF-8 byte order mark (EF BB BF); the first record is unreadable to Codex.",
					outsideHistory: tolerated,
					repair: () => ({
						action: "removed the byte order mark",
						edits: [{ op: "strip-bom" }]
					})
				});
			}
		};
	}
});
// dist/checking/rules/crlf-line-ending.js
var crlf_line_ending_default = defineRule({
	name: "crlf-line-ending",
	code: "SD206",
	severity: "warning",
	fixable: true,
	summary: "Lines end with CRLF instead of LF.",
	explanation: "Agents write LF line endings; CRLF comes from a Windows editor or a git checkout with autocrlf. Codex reads the records, but the lines it appends end in LF, which leaves the file mixed, and byte-exact tools see different records. Reported once per file, at the first CRLF line, with the count. fix turns every CRLF into LF.",
	create(context) {
		let first = 0;
		let count = 0;
		return {
			line({ number, eol }) {
				if (eol !== "\r\n") return;
				count += 1;
				first ||= number;
			},
			end() {
				if (count === 0) return;
				context.report({
					line: first,
					message: `${count} line${count === 1 ? " ends" : "s end"} with CRLF instead of LF (first at line ${first}).`,
					repair: () => ({
						action: `changed ${count} CRLF line ending${count === 1 ? "" : "s"} to LF`,
						edits: [{ op: "normalize-line-endings" }]
					})
				});
			}
		};
	}
});
// dist/checking/rules/duplicate-call-id.js
var duplicate_call_id_default = defineRule({
	name: "duplicate-call-id",
	code: "SD105",
	severity: "error",
	fixable: true,
	fixSafety: "unsafe",
	summary: "Two calls share one call_id.",
	explanation: "Call ids must be unique: outputs are matched to calls by call_id alone, so with two calls of one id nobody can tell which output answers which call, and the API rejects the duplicate. Reported at the later call. In a Codex rollout fix does not guess: it leaves these calls and their outputs as they are. In a Claude Code transcript it is a tool_use id used by two assistant messages: the API answers 400 (\"tool_use ids must be unique\") and 2.1.332 drops the later tool_use and its result in memory on every request (the model sees \"[Tool use interrupted]\" instead). There each result line hangs off its own tool_use line, so which result answers which call is known: with --unsafe-fixes fix gives the later tool_use and its result line a new id (the old one and the end of the line's uuid), and the model sees both calls with their real outputs again. A later call with no result at all (killed while it ran) is also missing-output: it gets the new id, and the interrupted result under it. A first call with no result whose id's only result is the later call's (the first's lost: 2.1.332 sends it with \"[Tool result missing due to internal error]\" and drops the later one and its real output) is missing-output too: the later call gets the new id and keeps its result, the first the interrupted result under the old id. It leaves an Agent call (its subagent's meta.json names the id), an id that three or more calls use (renaming one repeat would leave the next for another fix), and calls that do not each have exactly one result of the id (or one of them none), hanging off their own line, once the same fix has taken out second answers and orphans. The lines of one API message (one message.id) are one message, not a repeat.",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "repeat-call") return;
			const { call, first, outside } = finding;
			const words = wordsOf(context);
			const repair = context.history()?.renameCall?.(call, first);
			context.report({
				line: call.line,
				message: `${describeCall(call, words)} reuses the ${words.callKey} of the call at line ${first.line}.${outside ? words.outsideNote : ""}`,
				callId: call.item.callId,
				outsideHistory: outside,
				fixable: repair !== void 0,
				applicability: "unsafe",
				repair: () => repair
			});
		} };
	}
});
// dist/checking/rules/empty-file.js
var empty_file_default = defineRule({
	name: "empty-file",
	code: "SD308",
	severity: "warning",
	fixable: false,
	summary: "The file holds no record.",
	explanation: "The file is empty, or holds only blank and unreadable lines. Codex cannot resume it (\"empty session file\", \"contains no valid records\"). It is usually a session that never ran a turn, or a copy that failed. There is nothing to repair.",
	create(context) {
		return { end({ records }) {
			if (records === 0) context.report({
				line: 1,
				message: "The file holds no record."
			});
		} };
	}
});
// dist/checking/rules/invalid-record.js
var invalid_record_default = defineRule({
	name: "invalid-record",
	code: "SD204",
	severity: "error",
	fixable: false,
	summary: "A record does not match the schema the client expects.",
	explanation: "The line is valid JSON, but a record that matters (session_meta, a call or output item, a compaction checkpoint, a rollback event) lacks a required field or has one of the wrong type, e.g. a function_call without a string arguments field, or an output that is an object instead of a string. Codex fails to decode such a line and skips it, so the call or output it held is missing from the history; an invalid first session_meta makes resume fail. The right content cannot be guessed, so fix leaves it.",
	create(context) {
		return { record({ line, info }) {
			if (info.invalid === void 0) return;
			context.report({
				line,
				message: `${info.label} record is invalid: ${info.invalid}.`
			});
		} };
	}
});
// dist/checking/rules/malformed-line.js
var malformed_line_default = defineRule({
	name: "malformed-line",
	code: "SD201",
	severity: "error",
	fixable: true,
	summary: "A line is not a JSON object.",
	explanation: "Each line of a session file must be one JSON object. A crash in the middle of a write leaves a torn line; when the client next appends it first adds the missing newline, so torn fragments also end up in the middle of a file. Invalid UTF-8 and stray bytes have the same effect, and so does JSON that the client's reader rejects though JSON.parse takes it (Codex: a lone surrogate escape such as \"\\ud800\", an integer beyond 64 bits, nesting deeper than 127 levels; Codex drops such a line without a word). Codex skips such lines with a warning on every load, and whatever record the line held is lost to it already. fix removes the line; its bytes stay in the original (or the .bak backup with --in-place). Claude Code skips such a line on load (\"transcript load: skipped N line(s) that did not parse as JSON\" in its debug log); when the line was a link of the parentUuid chain, the line after it names a missing parent, which the client bridges only within 5 s (see broken-parent-chain).",
	create(context) {
		return { line({ number, eol, parseError }) {
			if (parseError === void 0 || eol === "") return;
			context.report({
				line: number,
				message: `Line is not a JSON object: ${parseError}.`,
				repair: () => removeLine(number, "the malformed line")
			});
		} };
	}
});
// dist/checking/rules/missing-final-newline.js
const withoutLoneCr = defineRewrite("without-final-cr", (bytes) => bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes);
var missing_final_newline_default = defineRule({
	name: "missing-final-newline",
	code: "SD205",
	severity: "warning",
	fixable: true,
	summary: "The last record has no newline after it.",
	explanation: "Every line of a JSONL file ends with a newline. Without one, the next append is glued onto the last record (Codex adds the newline first, other writers may not), and line-based tools miscount. fix adds the newline.",
	create(context) {
		return { line({ number, eol, blank, parseError }) {
			if (eol !== "" || blank || parseError !== void 0) return;
			context.report({
				line: number,
				message: "The last record has no newline after it.",
				repair: () => ({
					action: "added the final newline",
					edits: [withoutLoneCr(number), {
						op: "end-line",
						line: number
					}]
				})
			});
		} };
	}
});
// dist/checking/rules/missing-output.js
var missing_output_default = defineRule({
	name: "missing-output",
	code: "SD101",
	severity: "error",
	fixable: true,
	fixSafety: "depends",
	summary: "A tool call has no output.",
	explanation: "Every function_call, local_shell_call, custom_tool_call and client tool_search_call must be answered by exactly one output of the matching kind with the same call_id. A call is left unanswered when the agent process dies while the tool runs. On every resume Codex then inserts an \"aborted\" output in memory (and logs an error for custom and local shell calls); the Responses API rejects such a history outright (\"No tool output found\"). fix inserts, right after the call, exactly the output Codex would synthesize (same kind, \"aborted\", same deterministic id, the call's timestamp), so the model sees the same history and Codex stops patching it; with --strategy truncate it instead ends the session before the unanswered call, when only the unfinished tail would be lost: an unsafe fix (the model no longer sees the call), applied only with --unsafe-fixes. In a Claude Code transcript it is a tool_use with no tool_result. Claude Code 2.1.332 copes in its own ways: at the tail of the chain it appends its own interrupted result on resume; in mid-history it silently drops the tool_use from every request (the model loses the call); a result missing from the next message is replaced at request time by \"[Tool result missing due to internal error]\". Older versions, the Agent SDK and proxies send the history as it is and the API answers 400 (\"tool_use ids were found without tool_result blocks immediately after\"). fix writes, for each missing id, the user line 2.1.332 itself writes: a tool_result with its interrupted text, is_error, toolDenialKind \"interrupted\", parentUuid and sourceToolAssistantUUID the tool_use's line, a deterministic uuid, the session's envelope and a timestamp 1 ms after the call. It is appended at the end of the file, or inserted right after the tool_use when a compact boundary follows it (so that it stays in its compaction segment: after the boundary it is an orphan the client strips) or when, appended, it would become the leaf. A tool_use in the history a compaction summarised, or behind a cut in the chain, is not sent: a warning, answered the same way; one on a dead branch is a warning fix leaves. A tool_use whose id a later call reuses is paired on its own (by id the later call's result would hide that one of them has none): answered together with duplicate-call-id's new id, an unsafe fix like it.",
	create(context) {
		const unanswered = [];
		/** The lines of each call id's calls and outputs: a cut must not fall between two of them. */
		const uses = [];
		/** Outputs other repairs remove (orphans, second answers, extra wrong-kind answers): they do not count. */
		const removable = /* @__PURE__ */ new Set();
		return {
			...context.options.strategy === "truncate" && { record({ line, info }) {
				for (const item of [...info.replacesHistory ?? [], ...info.items]) if (item.role === "call" || item.role === "output") uses.push({
					callId: item.callId,
					line
				});
			} },
			pairing(finding) {
				if (finding.type === "unanswered") unanswered.push(finding);
				else if (finding.type === "orphan" && !finding.output.embedded) removable.add(finding.output.line);
				else if ((finding.type === "extra-output" || finding.type === "wrong-kind" && finding.resolution === "remove") && !finding.ambiguous && !finding.output.embedded) removable.add(finding.output.line);
			},
			end(facts) {
				const truncation = context.options.strategy === "truncate" ? planTruncation(unanswered, facts, spansOf(uses, removable)) : void 0;
				for (const entry of unanswered) report(context, entry, truncation);
			}
		};
	}
});
/** The first and last line at which each call id is used, leaving out the given lines. */
function spansOf(uses, except) {
	const spans = /* @__PURE__ */ new Map();
	for (const { callId, line } of uses) {
		if (except.has(line)) continue;
		const span = spans.get(callId);
		if (span) span.last = line;
		else spans.set(callId, {
			callId,
			first: line,
			last: line
		});
	}
	return spans;
}
function report(context, { call, outside, ambiguous, repeats, repeatedBy }, truncation) {
	const kind = call.item.expects;
	const words = wordsOf(context);
	const why = call.embedded ? words.embeddedNote : ambiguous ? ` Its ${words.callKey} is used by more than one call.` : "";
	const refusal = !outside && truncation?.refusal ? ` ${truncation.refusal}` : "";
	const renaming = context.runs(duplicate_call_id_default.name);
	const renamed = repeats ? [call, repeats] : repeatedBy ? [repeatedBy, call] : void 0;
	const renamable = renamed === void 0 || renaming && context.history()?.renameCall?.(...renamed) !== void 0;
	const repeat = repeats ? ` It reuses the ${words.callKey} of the call at line ${repeats.line}: ${renamable ? "fix answers it under the id of its own that duplicate-call-id gives it" : renaming ? "fix cannot give it an id of its own to answer it under" : `fix answers it only under the id of its own that ${duplicate_call_id_default.name} gives it, and that rule is off`}.` : repeatedBy ? ` The call at line ${repeatedBy.line} reuses its ${words.callKey} and is answered under it; this call is not: ${renamable ? "fix answers this call once duplicate-call-id gives that one an id of its own" : renaming ? "fix cannot give that call an id of its own" : `fix answers this call only once that one has an id of its own, and ${duplicate_call_id_default.name}, which gives it, is off`}.` : "";
	context.report({
		line: call.line,
		message: `${describeCall(call, words)} has no ${kind}.${outside ? words.outsideNote : ""}${why}${repeat}${refusal}`,
		callId: call.item.callId,
		outsideHistory: outside,
		fixable: !call.embedded && !ambiguous && !refusal && renamable,
		applicability: truncation && !outside || repeats || repeatedBy ? "unsafe" : "safe",
		repair: () => truncation && !outside ? truncate(truncation.cut) : context.history()?.placeholder(call, context.options.placeholderText === void 0 ? {} : { text: context.options.placeholderText })
	});
}
function truncate(cut) {
	return {
		action: `ended the session before line ${cut} (dropped the unfinished tail)`,
		edits: [{
			op: "truncate-from",
			line: cut
		}]
	};
}
/**
* Cuts before the first unanswered call in the effective history, together with the reasoning that
* introduced it; refuses when that would also drop a later turn, or split a call from its output.
*/
function planTruncation(unanswered, facts, spans) {
	const inHistory = unanswered.filter((entry) => !entry.outside && !entry.call.embedded);
	if (inHistory.length === 0) return void 0;
	const cut = inHistory.reduce((first, entry) => Math.min(first, entry.call.runStart), Infinity);
	for (const { callId, first, last } of spans.values()) if (first < cut && last >= cut) return {
		cut,
		refusal: `--strategy truncate refused: ending the session before line ${cut} would split call_id ${callId} (lines ${first} and ${last}); use the placeholder strategy.`
	};
	const laterTurns = facts.turnBoundaries.filter((line) => line > cut).length;
	if (laterTurns === 0) return { cut };
	const lines = facts.lines - cut + 1;
	return {
		cut,
		refusal: `--strategy truncate refused: ending the session before line ${cut} would drop ${plural(lines, "line")} including ${plural(laterTurns, "later turn boundary", "later turn boundaries")}; use the placeholder strategy.`
	};
}
// dist/checking/rules/output-before-call.js
var output_before_call_default = defineRule({
	name: "output-before-call",
	code: "SD107",
	severity: "error",
	fixable: false,
	summary: "A tool output comes before its call.",
	explanation: "An output must come after the call it answers. Codex pairs by set membership and accepts it, but the Responses API requires each output to follow its call, and dataset consumers read the history in order. Moving records changes the order of the session, so fix reports it and leaves it.",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "early-output") return;
			const { output, call, outside } = finding;
			const words = wordsOf(context);
			context.report({
				line: output.line,
				message: `${describeOutput(output, words)} comes before its call, ${describeCall(call, words)} at line ${call.line}.${outside ? words.outsideNote : ""}`,
				callId: output.callId,
				outsideHistory: outside
			});
		} };
	}
});
/** Every rule, in code order: the order diagnostics on one line are listed in. */
const RULES = [...[
	missing_output_default,
	orphan_output_default,
	duplicate_output_default,
	duplicate_call_id_default,
	defineRule({
		name: "output-without-call-id",
		code: "SD106",
		severity: "error",
		fixable: false,
		summary: "A tool output has no call_id.",
		explanation: "A function_call_output or custom_tool_call_output without a call_id cannot be paired with any call. Newer Codex builds persist such standalone outputs for injected messages and keep them, but the Responses API rejects the request (\"Invalid Value: 'input.call_id'. Function call output requires call_id.\"). Nothing says which call it answered, so fix does not guess.",
		create(context) {
			return { pairing(finding) {
				if (finding.type !== "unpairable-output") return;
				context.report({
					line: finding.line,
					message: `${finding.kind} has no ${wordsOf(context).outputKey}; the Responses API rejects it.${finding.outside ? wordsOf(context).outsideNote : ""}`,
					outsideHistory: finding.outside
				});
			} };
		}
	}),
	output_before_call_default,
	malformed_line_default,
	defineRule({
		name: "torn-final-line",
		code: "SD202",
		severity: "error",
		fixable: true,
		summary: "The last line is incomplete JSON without a newline.",
		explanation: "The file ends in the middle of a record: the process was killed or the disk filled while the client was writing the line. Codex skips it, and on its next append adds a newline after the fragment, which leaves a malformed line in the middle of the file for good. (A live session that is being written right now can also look like this: check again once it has finished.) fix removes the fragment; its bytes stay in the original (or the .bak backup). Claude Code skips it too, and before its next write adds the missing newline, so the fragment becomes a malformed line in the middle; a torn assistant or tool_use line loses that message.",
		create(context) {
			return { line({ number, eol, parseError }) {
				if (parseError === void 0 || eol !== "") return;
				context.report({
					line: number,
					message: `The last line is cut off: ${parseError}.`,
					repair: () => removeLine(number, "the torn final line")
				});
			} };
		}
	}),
	byte_order_mark_default,
	invalid_record_default,
	missing_final_newline_default,
	crlf_line_ending_default,
	blank_line_default,
	defineRule({
		name: "unknown-record-type",
		code: "SD306",
		severity: "info",
		fixable: false,
		summary: "A record type this tool does not know.",
		explanation: "New client versions add record and item types. Unknown records are passed through untouched by check and fix; older Codex builds skip lines with an unknown top-level type. Reported once per type, at its first line, with the count, so that a new format generation is noticed.",
		create(context) {
			const seen = /* @__PURE__ */ new Map();
			return {
				record({ line, info }) {
					if (info.known) return;
					const entry = seen.get(info.label);
					if (entry) entry.count += 1;
					else seen.set(info.label, {
						line,
						count: 1
					});
				},
				end() {
					for (const [label, { line, count }] of seen) context.report({
						line,
						message: `Unknown record type "${label}" (${count} record${count === 1 ? "" : "s"}), passed through untouched.`
					});
				}
			};
		}
	}),
	empty_file_default,
	unknown_format_default
], ...FORMAT_RULES].sort((a, b) => codeNumber(a) - codeNumber(b));
function codeNumber(rule) {
	return Number(rule.code.slice(2));
}
// dist/checking/unknown-rule-error.js
/** A rule name or code that matches no rule: a usage error (exit code 2). */
var UnknownRuleError = class extends Error {
	token;
	constructor(token) {
		super(`unknown rule "${token}" (see \`session-doctor rules\`)`);
		this.token = token;
		this.name = "UnknownRuleError";
	}
};
// dist/checking/select-rules.js
function matches(rule, token) {
	const upper = token.toUpperCase();
	return upper === "ALL" || token === rule.name || /^SD\d*$/.test(upper) && rule.code.startsWith(upper);
}
function ruleMatcher(tokens) {
	if (tokens === void 0) return void 0;
	for (const token of tokens) if (!RULES.some((rule) => matches(rule, token))) throw new UnknownRuleError(token);
	return (rule) => tokens.some((token) => matches(rule, token));
}
/** The rules to run and their severities. Throws UnknownRuleError for a name that matches no rule. */
function selectRules(selection = {}) {
	const selected = ruleMatcher(selection.select);
	const ignored = ruleMatcher(selection.ignore);
	const overrides = selection.severities ?? {};
	for (const key of Object.keys(overrides)) if (!RULES.some((rule) => rule.name === key || rule.code === key.toUpperCase())) throw new UnknownRuleError(key);
	const enabled = [];
	for (const rule of RULES) {
		if (selected && !selected(rule)) continue;
		if (ignored?.(rule)) continue;
		const override = overrides[rule.name] ?? overrides[rule.code];
		if (override === "off") continue;
		enabled.push({
			rule,
			severity: override ?? rule.severity
		});
	}
	return enabled;
}
// dist/checking/check-source.js
/**
* Adds what the file's format learns from the files around it (a Codex fork whose parent is gone) to a
* check of the file at `path`, when its rule is selected.
*/
async function withLinkedProblems(path, run, options) {
	const links = run.facts.format?.links;
	const enabled = links && selectRules(options).find(({ rule }) => rule.name === links.rule);
	if (!links || !enabled) return run;
	const problems = await links.check(path, run.facts.history, options);
	if (problems.length === 0) return run;
	const { rule, severity } = enabled;
	const found = problems.map(({ line, message }) => ({
		rule: rule.name,
		code: rule.code,
		severity,
		line,
		message,
		fixable: false
	}));
	const withFound = (list) => list instanceof SpilledDiagnostics ? list.withExtra(found) : [...list, ...found].sort((a, b) => a.line - b.line);
	return {
		...run,
		diagnostics: withFound(run.diagnostics),
		report: {
			...run.report,
			diagnostics: withFound(run.report.diagnostics)
		}
	};
}
/** Checks a stream of bytes (a file, stdin, a socket) as one session file. */
async function runCheck(path, chunks, options = {}) {
	const checker = new FileChecker({
		path,
		rules: selectRules(options),
		...options.format && { format: options.format },
		...options.repairs && { repairs: true },
		...options.unsafeFixes && { unsafeFixes: true },
		...options.strategy && { strategy: options.strategy },
		...options.placeholderText !== void 0 && { placeholderText: options.placeholderText },
		...options.pinnedPrefix && { pinnedPrefix: options.pinnedPrefix },
		...options.onRepair && { onRepair: options.onRepair }
	});
	for await (const chunk of options.signal ? abortable(chunks, options.signal) : chunks) checker.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
	const outcome = checker.end();
	const report = {
		path,
		...outcome.facts.format && { format: outcome.facts.format.name },
		records: outcome.facts.records,
		lines: outcome.facts.lines,
		diagnostics: Array.isArray(outcome.diagnostics) ? outcome.diagnostics.map(({ repair: _repair, ...diagnostic }) => diagnostic) : outcome.diagnostics
	};
	return {
		...outcome,
		report
	};
}
/** checkFile, its diagnostics possibly left in temp files until they are read (the CLI's). */
async function checkFileLazily(path, options = {}) {
	const { chunks } = await openInputFile(path);
	return (await withLinkedProblems(path, await runCheck(path, chunks, options), options)).report;
}
/** The chunks, until the signal aborts: then the signal's reason is thrown. */
async function* abortable(chunks, signal) {
	signal.throwIfAborted();
	for await (const chunk of chunks) {
		signal.throwIfAborted();
		yield chunk;
	}
}
// dist/checking/check-worker.js
/** A worker of checkFiles' pool: checks the files of each batch it is sent, one at a time, and answers for the batch. */
const options = node_worker_threads.workerData;
const port = node_worker_threads.parentPort;
async function checked({ index, path }) {
	try {
		const { diagnostics, ...report } = await checkFileLazily(path, options);
		return {
			index,
			report,
			diagnostics: toMessage(diagnostics)
		};
	} catch (error) {
		return error instanceof InputError ? {
			index,
			unreadable: {
				path: error.path,
				message: error.message
			}
		} : {
			index,
			internal: error instanceof Error ? error.message : String(error)
		};
	}
}
/** Batches waiting: one is checked at a time (two at once would each hold their read buffers and report). */
const waiting = [];
let busy = false;
port.on("message", async (batch) => {
	waiting.push(batch);
	if (busy) return;
	busy = true;
	for (let next = waiting.shift(); next; next = waiting.shift()) {
		const replies = [];
		for (const file of next) replies.push(await checked(file));
		port.postMessage(replies);
	}
	busy = false;
});
