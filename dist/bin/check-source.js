import { n as toInputError, t as InputError } from "./input-error.js";
import { a as FORMATS, c as formatByName, i as unknown_format_default, n as selectRules, o as detectFormat, s as fallbackFormat } from "./select-rules.js";
import { a as printable, n as SEVERITY_RANK } from "./unknown-rule-error.js";
import { createRequire } from "node:module";
import { close, constants, createReadStream, open, read } from "node:fs";
import { stat, statfs } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { isUtf8 } from "node:buffer";
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
const fzstd = createRequire(import.meta.url).resolve("fzstd");
/** Workers between streams: starting one costs more than decoding a small file. Idle ones keep no process alive. */
const idle = [];
/** Decompresses a zstd stream; a corrupt one fails with "not a valid zstd file (…)", and never hangs. */
async function* decompressZstd(compressed) {
	const worker = idle.pop() ?? new Worker(WORKER_SOURCE, {
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
		info = await stat(path);
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
	const info = await statfs(path).catch(() => void 0);
	return info !== void 0 && PSEUDO_FILE_SYSTEMS.has(Number(info.type));
}
/** Never block on open or read: a regular file ignores O_NONBLOCK, anything else fails instead of hanging. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** Codex's compressed cold rollouts (`rollout-….jsonl.zst`). */
const isCompressed = (path) => path.endsWith(".zst");
/**
* Streams a file's bytes (decompressed, for a .zst file), turning errors into InputErrors that name the file.
* With `reuseBuffer`, a plain file is read into the same two buffers again and again, so each chunk is
* valid only until the next is asked for (the line splitter copies what it keeps): a fresh buffer per
* read would pile up as external memory until a full garbage collection, tens of MiB on a large file.
*/
async function* readChunks(path, options = {}) {
	if (options.reuseBuffer && !isCompressed(path)) {
		yield* readIntoTwoBuffers(path);
		return;
	}
	const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
	try {
		yield* isCompressed(path) ? decompressZstd(stream) : stream;
	} catch (error) {
		throw toInputError(path, error);
	} finally {
		stream.destroy();
	}
}
/** Read buffers of finished reads, kept for the next file: a folder of sessions is read without allocating per file. */
const idleBuffers = [];
/**
* Reads a plain file into two buffers in turn: the next chunk is read while the consumer works on the
* current one, which stays valid until the consumer asks for the next.
*/
async function* readIntoTwoBuffers(path) {
	const fd = await new Promise((resolve, reject) => open(path, READ_FLAGS, (error, opened) => error ? reject(toInputError(path, error)) : resolve(opened)));
	const readInto = (buffer) => {
		const reading = new Promise((resolve, reject) => read(fd, buffer, 0, buffer.length, null, (error, bytesRead) => error ? reject(toInputError(path, error)) : resolve(bytesRead)));
		reading.catch(() => void 0);
		return reading;
	};
	let filling = idleBuffers.pop() ?? Buffer.allocUnsafeSlow(1048576);
	let spare = idleBuffers.pop() ?? Buffer.allocUnsafeSlow(1048576);
	let next = readInto(filling);
	try {
		for (;;) {
			const bytesRead = await next;
			if (bytesRead === 0) return;
			const full = filling;
			filling = spare;
			spare = full;
			next = readInto(filling);
			yield full.subarray(0, bytesRead);
		}
	} finally {
		await next.then(() => void 0, () => void 0);
		await new Promise((resolve) => close(fd, () => resolve()));
		if (idleBuffers.length < 4) idleBuffers.push(filling, spare);
	}
}
// dist/reading/line-splitter.js
var _a;
const LF = 10;
const CR = 13;
const EMPTY = Buffer.alloc(0);
/**
* Splits a byte stream into lines in linear time, however long a line is: the start of a line that
* spans chunks is copied into a carry buffer that grows by doubling (split2 re-splits its whole carry on
* every chunk, which is quadratic on lines of tens of MiB). The carry is reused for the next such line,
* unless it grew past KEPT_CARRY for a very long one, so that lines of a few MiB cost no allocation.
*/
var LineSplitter = class {
	skipper;
	static KEPT_CARRY = 8 << 20;
	#carry = EMPTY;
	#carried = 0;
	#number = 0;
	#offset = 0;
	/** What the skipper said of the line under way, when it is not visited. */
	#skipping;
	constructor(skipper) {
		this.skipper = skipper;
	}
	push(chunk, visit) {
		if (this.skipper) return this.#pushSkipping(chunk, visit, this.skipper);
		let start = 0;
		for (let nl = chunk.indexOf(LF, start); nl !== -1; nl = chunk.indexOf(LF, start)) {
			let bytes = chunk.subarray(start, nl);
			if (this.#carried > 0) bytes = this.#takeCarry(bytes);
			this.#emit(bytes, true, visit);
			start = nl + 1;
		}
		if (start < chunk.length) this.#carryOver(chunk.subarray(start));
	}
	/** Emits the final line when the input does not end with `\n`. */
	end(visit) {
		if (this.#skipping) {
			this.#skipping = void 0;
			this.#number += 1;
		} else if (this.#carried > 0) this.#emit(this.#takeCarry(EMPTY), false, visit);
	}
	/** push, with the lines the skipper names passed on as pieces of the chunk, or dropped, instead of visited. */
	#pushSkipping(chunk, visit, skipper) {
		let start = 0;
		/** Where the current stretch of passed-over bytes began in this chunk; -1 when there is none. */
		let stretch = -1;
		while (start < chunk.length) {
			if (!this.#skipping && this.#carried === 0) this.#skipping = skipper.skip(this.#number + 1);
			const nl = chunk.indexOf(LF, start);
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
				this.#carryOver(chunk.subarray(start));
				return;
			}
			let bytes = chunk.subarray(start, nl);
			if (this.#carried > 0) bytes = this.#takeCarry(bytes);
			this.#emit(bytes, true, visit);
			start = nl + 1;
		}
		if (stretch >= 0) skipper.skipped(chunk.subarray(stretch, start));
	}
	#carryOver(bytes) {
		const needed = this.#carried + bytes.length;
		if (needed > this.#carry.length) {
			const grown = Buffer.allocUnsafeSlow(Math.max(needed, 2 * this.#carry.length, 65536));
			this.#carry.copy(grown, 0, 0, this.#carried);
			this.#carry = grown;
		}
		bytes.copy(this.#carry, this.#carried);
		this.#carried = needed;
	}
	/** The carried start of a line with its last piece: valid until the next carry (after the visit). */
	#takeCarry(last) {
		this.#carryOver(last);
		const line = this.#carry.subarray(0, this.#carried);
		this.#carried = 0;
		if (this.#carry.length > _a.KEPT_CARRY) this.#carry = EMPTY;
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
_a = LineSplitter;
/** Feeds every line of a byte stream to `visit`, synchronously per chunk (no promise per line). */
async function forEachLine(source, visit) {
	const splitter = new LineSplitter();
	for await (const chunk of source) splitter.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk, visit);
	splitter.end(visit);
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
const KERNEL_WASM = "AGFzbQEAAAABJgdgAAF/YAN/f38AYAJ/fwBgAX8Bf2ACf38BfmADf39/AX5gAX8AAxQTAAAAAAAAAAAAAAAAAQIDAwQFBgQFAXABAQEFAwEAAgYIAX8BQZDyBAsHwgERBm1lbW9yeQIABW5hbWVzAAAKbmFtZVN0YXJ0cwABC25hbWVMZW5ndGhzAAINZmlyc3RDaGlsZHJlbgADDG5leHRTaWJsaW5ncwAEDWZpcnN0RWxlbWVudHMABQVraW5kcwAGB2VzY2FwZWQABwxlbGVtZW50S2luZHMACAZzdGFydHMACQRlbmRzAAoGY291bnRzAAsMc2V0RGVmZXJyYWxzAAwJc2V0RmllbGRzAA0HcmVzZXJ2ZQAOBHNjYW4ADwrAKBMIAEGQiICAAAsIAEGQmICAAAsIAEGQmoCAAAsIAEGQnICAAAsIAEGQnoCAAAsIAEGQoICAAAsIAEGQooCAAAsIAEHQooCAAAsIAEGQo4CAAAsIAEHQo4CAAAsIAEHQpYCAAAsIAEHQp4CAAAswAEEAIAE2AtCpgIAAQQAgAjYC1KmAgABBACAAQYAIIABBf2pB/wdJGzYCgIiAgAALGABBACABNgKEiICAAEEAIAA2AtipgIAAC28BA39BACEBAkAgAEFvSw0AQZDyhIAAIQEgAEEQaiICQQAoAtypgIAATQ0AQZDyhIAAIQECQCACPwBBEHRBkPKEgABrIgNNDQAgACADa0GPgARqQRB2QABBf0cNAEEADwtBACACNgLcqYCAAAsgAQuOHAUHfwF7BH8BfgJ7QQAhAQJAQQAoAtipgIAAIgJBAUgNAEEAIQMCQCACQRBJDQAgAkFwcSIDQXBqIgRBBHZBAWoiBUEDcSEGQQAhBwJAIARBMEkNACAFQfz///8BcSEEQQAhBwNAIAdBkKOAgABq/QwAAAAAAAAAAAAAAAAAAAAAIgj9CwQAIAdBkKKAgABqIAj9CwQAIAdBoKKAgABqIAj9CwQAIAdBoKOAgABqIAj9CwQAIAdBsKKAgABqIAj9CwQAIAdBsKOAgABqIAj9CwQAIAdBwKKAgABqIAj9CwQAIAdBwKOAgABqIAj9CwQAIAdBwABqIQcgBEF8aiIEDQALCwJAIAZFDQADQCAHQZCjgIAAav0MAAAAAAAAAAAAAAAAAAAAACII/QsEACAHQZCigIAAaiAI/QsEACAHQRBqIQcgBkF/aiIGDQALCyACIANGDQELA0AgA0GQo4CAAGpBADoAACADQZCigIAAakEAOgAAIAIgA0EBaiIDRw0ACwsCQCAARQ0AQQAhAQNAQZDyhIAAIAFqLQAAQXdqIgdBF0sNAUEBIAd0QZOAgARxRQ0BIAAgAUEBaiIBRw0AC0F/DwtBfyEDAkAgASAATw0AQZDyhIAAIAFqLQAAQfsARw0AQfsAIQZBACECQX8hBANAQQEhCUF/IQoCQCACQQFIIgsNAEEBIQlBfyEKIAJB4KmAgABqLQAADQBBfyEKQQEhCSACQQJ0QfCxgIAAaigCACIHQX9GDQAgB0ECdEHQp4CAAGoiAyADKAIAQQFqNgIAQQAhCSAHIQoLAkACQAJAAkACQAJAAkACQAJAIAZB3wFxQdsARw0AAkAgAkEAKAKAiICAAEcNAEF/DwsgAkHhqYCAAGogBkH/AXEiDEH7AEYiBjoAACACQQFqIQUCQAJAAkACQAJAIARBf0cNACAGRQ0BIAJFDQcgCQ0EIAVBAnRBgNKAgABqIApBAnRBkKCAgABqKAIANgIADAkLIARBkKKAgABqQQNBBCAGGzoAACAGDQUgBEECdCIHQZCggIAAaigCAEF/Rw0BCyAFQQJ0QfCxgIAAakF/NgIADAELIAdB0KeAgABqQQA2AgAgBUECdEHwsYCAAGogBDYCAAsgCQ0GIApBAnRBkKCAgABqKAIAIgdBf0YNBgNAIAdBkKOAgABqIgMgAy0AAEGAAXI6AAAgB0ECdEGQnoCAAGooAgAiB0F/Rw0ADAcLCyAFQQJ0QYDSgIAAakF/NgIADAULAkACQAJAAkACQAJAAkACQAJAAkAgBkH/AXEiB0Feag4MAAEBAQEBAQEBAQECAQsCQCABQQFqIAAQkICAgAAiDUIAWQ0AQX8PCyANQgF8IQ0gBEF/Rg0HIARB0KKAgABqQQAtAIjygIAAOgAAQQEhDEEBIQcMBgsgBkFQakH/AXFBCUsNAQtBfyEDIAEgB0EtRiIFaiIHIABPDRACQEGQ8oSAACAHai0AACILQTBHDQAgB0EBaiEHDAILIAtBT2pB/wFxQQhLDRAgB0EBaiIHIABPDQEDQEGQ8oSAACAHai0AAEFQakH/AXFBCUsNAiAAIAdBAWoiB0cNAAsgACEHDAILQX8hAwJAAkACQCAHQZp/ag4PARISEhISEhICEhISEhIAEgsgACABa0EESQ0RIAFBkPKEgABqIgdBAWotAABB8gBHDREgB0ECai0AAEH1AEcNESAHQQNqLQAAQeUARw0RIAFBBGohB0EFIQwMBAsgACABa0EFSQ0QIAFBkPKEgABqIgdBAWotAABB4QBHDRAgB0ECai0AAEHsAEcNECAHQQNqLQAAQfMARw0QIAdBBGotAABB5QBHDRBBBSEMIAFBBWohBwwDCyAAIAFrQQRJDQ8gAUGQ8oSAAGoiB0EBai0AAEH1AEcNDyAHQQJqLQAAQewARw0PIAdBA2otAABB7ABHDQ8gAUEEaiEHQQYhDAwCCwJAIAcgAE8NAEGQ8oSAACAHai0AAEEuRw0AIAdBAWoiCyAATw0PIAshBwJAA0BBkPKEgAAgB2otAABBUGpB/wFxQQlLDQEgACAHQQFqIgdHDQALIAAhBwsgByALRg0PCyAHIABPDQBBkPKEgAAgB2otAABBIHJB5QBHDQACQCAHQQFqIgsgAE8NAAJAQZDyhIAAIAtqLQAAQVVqDgMAAQABCyAHQQJqIQsLIAsgAE8NDiALIQcCQANAQZDyhIAAIAdqLQAAQVBqQf8BcUEJSw0BIAAgB0EBaiIHRw0ACyAAIQcLIAcgC0YNDgtBAiEMQQAoAtCpgIAARQ0AQX9BACAFGyABayAHakETSQ0AIAcgAU0NDUEBIQsgAUEBaiEFAkADQCAGQf8BcSIGQS5GDQEgBkHFAEYNASAGQeUARg0BIAUgB0khCyAHIAVGDQFBkPKEgAAgBWotAAAhBiAFQQFqIQUMAAsLIAtBAXFFDQ0LIAetIQ1BACEHIARBf0YNAQsgBEGQooCAAGogDDoAACAEQQJ0IgNB0KOAgABqIAEgB2o2AgAgA0HQpYCAAGogDacgB2s2AgAMAQsgCQ0AIApBAnRBkKCAgABqKAIAIgdBf0YNAANAIAdBkKOAgABqIgMgAy0AAEGAAXI6AAAgB0ECdEGQnoCAAGooAgAiB0F/Rw0ACwsgDachBwwFCyACDQELIAVBAnRBgNKAgABqQQAoAoSIgIAANgIAIAlFDQEMAgsgBUECdEGA0oCAAGogBEECdEGQnICAAGooAgA2AgAgCQ0BCyAKQQJ0QZCggIAAaigCACIHQX9GDQADQCAHQZCigIAAakEAOgAAIAdBAnRBkJ6AgABqKAIAIgdBf0cNAAsLAkAgAUEBaiIBIABPDQADQEGQ8oSAACABai0AAEF3aiIHQRdLDQFBASAHdEGTgIAEcUUNASAAIAFBAWoiAUcNAAsgACEBDAILIAEgAE8NAUH9AEHdACAGG0GQ8oSAACABai0AAEcNASABQQFqIQcgCw0AIAxB+wBHDQAgAkHgqYCAAGotAAANACACQQJ0QfCxgIAAaigCACIDQX9GDQAgA0ECdEGQoICAAGooAgAiA0F/Rg0AA0AgA0GQo4CAAGoiASABLQAAQQEgA0GQooCAAGotAAB0cjoAACADQQJ0QZCegIAAaigCACIDQX9HDQALCwNAAkAgByAATw0AA0BBkPKEgAAgB2otAABBd2oiA0EXSw0BQQEgA3RBk4CABHFFDQEgACAHQQFqIgdHDQALIAAhBwsCQAJAIAINAEF/IQMgByAARw0GQQAhAgJAIABBEE8NAP0MAAAAAAAAAAAAAAAAAAAAACEIQQAhAwwCC/0MAAAAAAAAAAAAAAAAAAAAACEIQQAhBwNAQZDyhIAAIAdq/QAAACAI/VAhCCAHQSBqIQEgB0EQaiIDIQcgASAATQ0ADAILC0F/IQMgByAATw0FAkBBkPKEgAAgB2otAAAiAUEsRw0AAkAgB0EBaiIBIABPDQADQEGQ8oSAACABai0AAEF3aiIHQRdLDQFBASAHdEGTgIAEcUUNASAAIAFBAWoiAUcNAAsgACEBCwJAIAJB4KmAgABqLQAADQBBfyEEIAIhBQwFCwJAIAEgACACQQJ0QYDSgIAAaigCABCRgICAACINQgBTDQAgDachAUEAKAKE8oCAACEEIAIhBQwFC0F/DwtB/QBB3QAgAkHgqYCAAGotAAAiBBsgAUcNBSAHQQFqIQcgAkECSCEDIAJBf2oiBiECIAMNASAGIQIgBEUNASAGIQIgBkHgqYCAAGotAAANASAGIQIgBkECdEHwsYCAAGooAgAiA0F/Rg0BIAYhAiADQQJ0QZCggIAAaigCACIDQX9GDQEDQCADQZCjgIAAaiIBIAEtAABBASADQZCigIAAai0AAHRyOgAAIANBAnRBkJ6AgABqKAIAIgNBf0cNAAsgBiECDAELCwJAIAMgAE8NAEEAIQcCQAJAIAAgA2siBUEESQ0AIAVBfHEiCUF8aiIHQQJ2QQFqIgFBA3EhAgJAAkAgB0EMTw0A/QwAAAAAAAAAAAAAAAAAAAAAIQ5BACEBDAELQZDyhIAAIANqIQQgAUH8////B3EhBv0MAAAAAAAAAAAAAAAAAAAAACEOQQAhAQNAIA79DAAAAAAAAAAAAAAAAAAAAAAiDyAEIAFqIgcoAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/1QIA8gB0EEaigAAP0R/Q0QAQIDEQUGBxIJCgsTDQ4P/VAgDyAHQQhqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9UCAPIAdBDGooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/1QIQ4gAUEQaiEBIAZBfGoiBg0ACwsCQCACRQ0AQZDyhIAAIAMgAWpqIQcDQCAO/QwAAAAAAAAAAAAAAAAAAAAAIAcoAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/1QIQ4gB0EEaiEHIAJBf2oiAg0ACwsgDiAOIAj9DQgJCgsMDQ4PAAAAAAAAAAD9UCIOIA4gCP0NBAUGBwAAAAAAAAAAAAAAAP1Q/RsAIQcgBSAJRg0BIAMgCWohAwsDQCAHQZDyhIAAIANqLQAAciEHIAAgA0EBaiIDRw0ACwsgB0GAAXFBB3YhAgsgCP1kQQBHIAJyDwtBfyEEIAxB+wBHDQACQCABIAAgBUECdEGA0oCAAGooAgAQkYCAgAAiDUIAWQ0AQX8PC0EAKAKE8oCAACEEIA2nIQELAkAgASAASQ0AQX8PC0GQ8oSAACABai0AACEGIAUhAgwACwsgAwuBBQUCfwF7AX8BfgJ/QQBBADoAiPKAgABBACgC1KmAgAAhAgNAAkACQCAAIgNBEGoiACABTQ0AIAMgAU8NAQNAQZDyhIAAIANqLQAAIgBBIkYNAiAAQdwARg0CIABBIEkNAiABIANBAWoiA0cNAAtCfw8LQZDyhIAAIANq/QAAACIE/QxcXFxcXFxcXFxcXFxcXFxc/SMgBP0MIiIiIiIiIiIiIiIiIiIiIv0j/VAgBP0MICAgICAgICAgICAgICAgIP0m/VD9ZCIFRQ0BIAVoIANqIQMLQn8hBgJAIAMgAU8NAAJAQZDyhIAAIANqIgctAAAiAEHcAEYNACAAQSJHDQEgA60hBgwBC0EAQQE6AIjygIAAIANBAWoiBSABTw0AQQIhAAJAAkBBkPKEgAAgBWotAABBXmoOVAECAgICAgICAgICAgIBAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIBAgICAgIBAgICAQICAgICAgIBAgICAQIBAAILIANBBWoiACABTw0BAkAgB0ECai0AACIFQUZqQf8BcUH1AUsNACAFQSByQZl/akH/AXFB+gFJDQILAkAgB0EDai0AACIIQUZqQf8BcUH1AUsNACAIQSByQZl/akH/AXFB+gFJDQILAkAgB0EEai0AACIHQUZqQf8BcUH1AUsNACAHQSByQZl/akH/AXFB+gFJDQILAkBBkPKEgAAgAGotAAAiAEFGakH/AXFB9QFLDQAgAEEgckGZf2pB/wFxQfoBSQ0CC0EGIQAgAkUNACAFQd8BcUHEAEcNACAIQf8BcUE3Sw0BCyADIABqIQAMAQsLIAYL7wMEAX4BfwF+BH9BAEF/NgKE8oCAAEJ/IQMCQCAAIAFPDQBBkPKEgAAgAGotAABBIkcNACAAQQFqIgQgARCQgICAACIFQgBTDQACQAJAIAJBf0cNACAFpyEGDAELQQAtAIjygIAADQECQAJAIAWnIgYgBGsiBw0AA0AgAkECdCIAQZCagIAAaigCAEUNAiAAQZCegIAAaigCACICQX9HDQAMAwsLA0ACQCACQQJ0IghBkJqAgABqKAIAIAdHDQAgCEGQmICAAGooAgBBkIiAgABqIQkgBCEAAkADQAJAIAktAABBkPKEgAAgAGotAABGDQAgBiAARg0CDAMLIAlBAWohCSAGIABBAWoiAEcNAAsLIAJBf0YNAwwCCyAIQZCegIAAaigCACICQX9HDQAMAgsLIAIQkoCAgABBACACNgKE8oCAAAsCQCAGQQFqIgAgAU8NAANAQZDyhIAAIABqLQAAQXdqIglBF0sNAUEBIAl0QZOAgARxRQ0BIAEgAEEBaiIARw0ADAILCyAAIAFPDQBBkPKEgAAgAGotAABBOkcNAAJAIABBAWoiACABTw0AA0BBkPKEgAAgAGotAABBd2oiCUEXSw0BQQEgCXRBk4CABHFFDQEgASAAQQFqIgBHDQALIAEhAAsgAK0hAwsgAwuTAQEBfwJAIABBAnQiAUGQnICAAGooAgAiAEF/Rg0AA0AgAEGQooCAAGpBADoAACAAEJKAgIAAIABBAnRBkJ6AgABqKAIAIgBBf0cNAAsLAkAgAUGQoICAAGooAgAiAEF/Rg0AA0AgAEGQo4CAAGpBADoAACAAEJKAgIAAIABBAnRBkJ6AgABqKAIAIgBBf0cNAAsLCwsPAQBBgAgLCAAEAAD/////";
// dist/reading/json-kernel/kernel.js
/** The limits kernel.c is built with. */
const MAX_FIELDS = 64;
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
	* A kernel for these fields (`root`: the top-level ones), or undefined when it cannot run or hold them.
	* It leaves to the caller what JsonScanner's deferrals say: lines nested deeper than `maxDepth`, and when
	* asked, integer literals of more than 18 digits and \u escapes of surrogates.
	*/
	static create(root, count, deferrals) {
		const module = kernelModule();
		if (!module || count > MAX_FIELDS) return void 0;
		const all = [];
		const collect = (list) => list.forEach((field) => (all.push(field), collect(field.children), collect(field.elements)));
		collect(root);
		if (all.reduce((sum, field) => sum + field.name.length, 0) > NAME_BYTES) return void 0;
		const kernel = new JsonKernel(new WebAssembly.Instance(module).exports, root, all);
		kernel.#exports.setDeferrals(deferrals.maxDepth, deferrals.longIntegers ? 1 : 0, deferrals.surrogates ? 1 : 0);
		return kernel;
	}
	constructor(exports, root, all) {
		this.#exports = exports;
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
	/** Typed arrays over the kernel's memory: made again when it grew (growing detaches the old buffer). */
	#views() {
		const { memory } = this.#exports;
		const exports = this.#exports;
		this.#heap = new Uint8Array(memory.buffer);
		this.kinds = new Uint8Array(memory.buffer, exports.kinds(), MAX_FIELDS);
		this.escaped = new Uint8Array(memory.buffer, exports.escaped(), MAX_FIELDS);
		this.elementKinds = new Uint8Array(memory.buffer, exports.elementKinds(), MAX_FIELDS);
		this.starts = new Int32Array(memory.buffer, exports.starts(), MAX_FIELDS);
		this.ends = new Int32Array(memory.buffer, exports.ends(), MAX_FIELDS);
		this.counts = new Int32Array(memory.buffer, exports.counts(), MAX_FIELDS);
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
		if (length > StringCache.MAX_LENGTH) return void 0;
		let hash = length;
		for (let i = start; i < end; i += 1) {
			const byte = bytes[i];
			if (byte >= 128) return void 0;
			hash = hash * 31 + byte | 0;
		}
		const slot = hash & 255;
		const cached = this.#entries[slot];
		if (cached !== void 0 && cached.length === length) {
			let same = true;
			for (let k = 0; k < length && same; k += 1) same = cached.charCodeAt(k) === bytes[start + k];
			if (same) return cached;
		}
		const value = bytes.toString("latin1", start, end);
		this.#entries[slot] = value;
		return value;
	}
};
const NO_BYTES = Buffer.alloc(0);
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
	#slots = /* @__PURE__ */ new Map();
	/** Paths through arrays: the element field's slot and its array's. */
	#elementSlots = /* @__PURE__ */ new Map();
	#fields = [];
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
	/** The slots of those fields. */
	#followedSlots = /* @__PURE__ */ new Set();
	/** The last line scanned is all ASCII (known only from the WebAssembly engine). */
	#ascii = false;
	#isObject = /* @__PURE__ */ new Uint8Array(1025);
	#wanted = new Array(1025).fill(void 0);
	#followed = new Array(1025).fill(void 0);
	#strings = new StringCache();
	#bytes = NO_BYTES;
	/** A view of the whole ArrayBuffer under #bytes, to read four bytes at a time. */
	#words = NO_WORDS;
	/** The wanted field the key #key read last names, if any. */
	#keyField;
	#maxDepth;
	#deferLongIntegers;
	#deferSurrogates;
	/** `engine: 'js'` scans in JavaScript even where WebAssembly runs (to test one against the other). */
	constructor(paths, deferrals, options = {}) {
		this.#maxDepth = Math.min(MAX_DEPTH, deferrals?.maxDepth ?? MAX_DEPTH);
		this.#deferLongIntegers = deferrals?.longIntegers ?? false;
		this.#deferSurrogates = deferrals?.surrogateEscapes ?? false;
		let count = 0;
		for (const path of paths) {
			let list = this.#fields;
			let inArray;
			let array;
			let prefix = "";
			for (const segment of path.split(".")) {
				const name = segment.endsWith("[]") ? segment.slice(0, -2) : segment;
				if (name === "" || name.includes("[")) throw new Error(`unsupported field path ${path}`);
				prefix = prefix === "" ? segment : `${prefix}.${segment}`;
				let field = list.find((candidate) => candidate.name.toString() === name);
				if (!field) {
					field = {
						name: Buffer.from(name),
						slot: count++,
						children: [],
						elements: []
					};
					list.push(field);
					const key = prefix.endsWith("[]") ? prefix.slice(0, -2) : prefix;
					if (inArray === void 0) this.#slots.set(key, field.slot);
					else this.#elementSlots.set(key, {
						slot: field.slot,
						array: inArray
					});
				}
				if (segment.endsWith("[]")) {
					if (inArray !== void 0) throw new Error(`unsupported field path ${path}`);
					array = field.slot;
					this.#followedSlots.add(field.slot);
					list = field.elements;
				} else list = field.children;
				inArray ??= array;
			}
		}
		this.#kinds = new Uint8Array(count);
		this.#starts = new Int32Array(count);
		this.#ends = new Int32Array(count);
		this.#escaped = new Uint8Array(count);
		this.#elementKinds = new Uint8Array(count);
		this.#counts = new Int32Array(count);
		this.#kernel = options.engine === "js" ? void 0 : JsonKernel.create(this.#fields, count, {
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
					wanted[depth] = depth === 1 ? this.#fields : field ? field.children : array?.elements;
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
	#scanInKernel(bytes, kernel) {
		this.#bytes = bytes;
		const result = kernel.scan(bytes);
		this.#kinds = kernel.kinds;
		this.#starts = kernel.starts;
		this.#ends = kernel.ends;
		this.#escaped = kernel.escaped;
		this.#elementKinds = kernel.elementKinds;
		this.#counts = kernel.counts;
		if (result === -1) return false;
		this.#ascii = result === 0;
		return true;
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
		this.#bytes = NO_BYTES;
		this.#words = NO_WORDS;
		this.#kinds.fill(ABSENT);
	}
	kind(path) {
		const slot = this.#slot(path);
		return slot < 0 ? "absent" : KIND_NAMES[this.#kinds[slot]];
	}
	string(path) {
		const slot = this.#slot(path);
		if (slot < 0 || this.#kinds[slot] !== STRING) return void 0;
		const start = this.#starts[slot];
		const end = this.#ends[slot];
		if (this.#escaped[slot] === 0) return this.#strings.get(this.#bytes, start, end) ?? this.#bytes.toString("utf8", start, end);
		return JSON.parse(this.#bytes.toString("utf8", start - 1, end + 1));
	}
	number(path) {
		const slot = this.#slot(path);
		if (slot < 0 || this.#kinds[slot] !== NUMBER) return void 0;
		return Number(this.#bytes.toString("latin1", this.#starts[slot], this.#ends[slot]));
	}
	boolean(path) {
		const slot = this.#slot(path);
		if (slot < 0 || this.#kinds[slot] !== BOOLEAN) return void 0;
		return this.#bytes[this.#starts[slot]] === 116;
	}
	every(path, kind) {
		const element = this.#elementSlots.get(path);
		if (!element) throw new Error(`field ${path} was not asked for`);
		return this.#kinds[element.array] === ARRAY && (this.#elementKinds[element.slot] & ~(1 << KIND_NAMES.indexOf(kind))) === 0;
	}
	length(path) {
		const slot = this.#slots.get(path);
		if (slot === void 0 || !this.#followedSlots.has(slot)) throw new Error(`field ${path}[] was not asked for`);
		return this.#kinds[slot] === ARRAY ? this.#counts[slot] : void 0;
	}
	/** The slot that holds a path's value; -1 for the field of an only element that is not there. */
	#slot(path) {
		const slot = this.#slots.get(path);
		if (slot !== void 0) return slot;
		const element = this.#elementSlots.get(path);
		if (!element) throw new Error(`field ${path} was not asked for`);
		return this.#kinds[element.array] === ARRAY && this.#counts[element.array] === 1 && (this.#elementKinds[element.slot] & NOT_AN_OBJECT) === 0 ? element.slot : -1;
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
// dist/checking/diagnostic-runs.js
/**
* `next` joined to the run `last` ends with, when it is the same finding on the very next line: same rule,
* severity, message and fix (no call id, whose findings are each their own), and a repair, if any, that
* removes just its own line. Undefined when they stay apart. This is what keeps a file of a million blank
* or broken lines at one diagnostic, and its repair at one edit.
*/
function extendRun(last, next) {
	const end = last.endLine ?? last.line;
	if (next.line !== end + 1 || next.endLine !== void 0) return void 0;
	if (last.callId !== void 0 || next.callId !== void 0) return void 0;
	if (last.rule !== next.rule || last.severity !== next.severity || last.message !== next.message) return void 0;
	if (last.fixable !== next.fixable || last.applicability !== next.applicability) return void 0;
	if (last.repair === void 0 !== (next.repair === void 0)) return void 0;
	let repair;
	if (last.repair && next.repair) {
		repair = joinRemovals(last, last.repair, next.repair, next.line);
		if (!repair) return void 0;
	}
	return {
		...last,
		endLine: next.line,
		...repair && { repair }
	};
}
const ONE_LINE = / at line (\d+)$/;
const LINES = / at lines (\d+)-(\d+)$/;
/** Two removals of consecutive lines, with the same action but for the line number, as one. */
function joinRemovals(last, first, next, line) {
	const [edit] = first.edits;
	const [added] = next.edits;
	if (first.edits.length !== 1 || next.edits.length !== 1 || edit?.op !== "remove" || added?.op !== "remove") return void 0;
	if (edit.line !== last.line || (edit.through ?? edit.line) !== line - 1 || added.line !== line || added.through !== void 0) return void 0;
	const what = next.action.replace(ONE_LINE, "");
	if (next.action !== `${what} at line ${line}`) return void 0;
	if (!(first.action.replace(LINES, "").replace(ONE_LINE, "") === what)) return void 0;
	return {
		action: `${what} at lines ${last.line}-${line}`,
		edits: [{
			op: "remove",
			line: last.line,
			through: line
		}]
	};
}
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
function isBlank(bytes) {
	for (let i = 0; i < bytes.length; i += 1) {
		const byte = bytes[i];
		if (byte !== 32 && byte !== 9 && byte !== 13) return false;
	}
	return true;
}
/**
* Checks one file, line by line, without I/O: feed it every RawLine in order, then call end().
* Holds only pairing state and the diagnostics found.
*/
var FileChecker = class {
	options;
	#diagnostics = [];
	/** Where each rule's last diagnostic is in #diagnostics, for runs. */
	#lastOfRule = /* @__PURE__ */ new Map();
	#hooks = [];
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
	/** The timestamp of the record the scanner read last. */
	#scannedTimestamp = () => this.#format.scan.timestampOf(this.#scanner);
	constructor(options) {
		this.options = options;
		if (options.format) this.#format = formatByName(options.format);
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
				report: (input) => {
					const fixable = rule.fixable && input.fixable !== false;
					const applicability = input.applicability ?? "safe";
					const repair = fixable && options.repairs && (applicability === "safe" || options.unsafeFixes) ? input.repair?.() : void 0;
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
					const last = this.#lastOfRule.get(rule.name);
					const run = last === void 0 ? void 0 : extendRun(this.#diagnostics[last], diagnostic);
					if (run) this.#diagnostics[last] = run;
					else {
						this.#lastOfRule.set(rule.name, this.#diagnostics.length);
						this.#diagnostics.push(diagnostic);
					}
				}
			};
			this.#hooks.push(rule.create(context));
		}
		this.#lineHooks = this.#hooks.filter((hooks) => hooks.line);
		this.#recordHooks = this.#hooks.filter((hooks) => hooks.record);
	}
	/** The history model of the file's format, made on its first record. */
	#historyOf(format) {
		return this.#history ??= format.createHistory((finding) => {
			for (const hooks of this.#hooks) hooks.pairing?.(finding);
		});
	}
	line(raw) {
		if (this.#firstFreeLine === void 0 && this.options.pinnedPrefix && raw.offset >= this.options.pinnedPrefix.bytes) this.#firstFreeLine = raw.number;
		this.#lines = raw.number;
		this.#lastLineEol = raw.eol;
		let bytes = raw.bytes;
		const bom = raw.number === 1 && startsWithBom(bytes);
		if (bom) bytes = withoutBom(bytes);
		const blank = isBlank(bytes);
		let value;
		let parseError;
		let scanned;
		if (!blank) {
			const fields = this.#scanFields(bytes);
			if (!fields?.ascii && !isUtf8(bytes)) parseError = "not valid UTF-8";
			else if (fields) scanned = this.#classify(fields);
			if (!scanned && parseError === void 0) ({value, parseError} = this.#parse(bytes));
		}
		const facts = {
			number: raw.number,
			eol: raw.eol,
			bom,
			blank,
			parseError
		};
		for (const hooks of this.#lineHooks) hooks.line(facts);
		if (scanned) this.#record(raw.number, scanned, this.#scannedTimestamp);
		else if (!blank && parseError === void 0) {
			if (this.#format) this.#parsed(raw.number, value);
			else this.#detect(raw.number, value);
		}
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
		const format = this.#format ?? FORMATS[0];
		const scan = format.scan;
		if (!scan || this.options.exact || !this.#format && this.#undetected.length > 0) return void 0;
		const scanner = this.#scanner = scannerFor(format, scan);
		return scanner.scan(bytes) ? scanner : void 0;
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
		if (!this.#format && this.#records > 0) this.#diagnostics = this.#diagnostics.filter((diagnostic) => diagnostic.rule === unknown_format_default.name);
		const order = new Map(this.options.rules.map(({ rule }, index) => [rule.name, index]));
		this.#diagnostics.sort((a, b) => a.line - b.line || order.get(a.rule) - order.get(b.rule));
		return {
			diagnostics: this.#diagnostics,
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
		const facts = {
			line,
			info,
			first: this.#records === 1
		};
		for (const hooks of this.#recordHooks) hooks.record(facts);
		this.#historyOf(this.#format).record(line, info, timestamp);
	}
};
/** JSON.parse, for valid UTF-8. */
function parseRecord(bytes) {
	let value;
	let text;
	try {
		text = bytes.toString("utf8");
		value = JSON.parse(text);
	} catch (error) {
		return { parseError: describeJsonError(error) };
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
// dist/checking/check-source.js
/**
* Adds what the file's format learns from the files around it (a Codex fork whose parent is gone) to a
* check of the file at `path`, when its rule is selected.
*/
async function withLinkedProblems(path, run, options) {
	const links = run.facts.format?.links;
	const enabled = links && selectRules(options).find(({ rule }) => rule.name === links.rule);
	if (!links || !enabled) return run;
	const problems = await links.check(path);
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
	const diagnostics = [...run.diagnostics, ...found].sort((a, b) => a.line - b.line);
	return {
		...run,
		diagnostics,
		report: {
			...run.report,
			diagnostics: [...run.report.diagnostics, ...found].sort((a, b) => a.line - b.line)
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
		...options.pinnedPrefix && { pinnedPrefix: options.pinnedPrefix }
	});
	await forEachLine(options.signal ? abortable(chunks, options.signal) : chunks, (line) => checker.line(line));
	const outcome = checker.end();
	const report = {
		path,
		...outcome.facts.format && { format: outcome.facts.format.name },
		records: outcome.facts.records,
		lines: outcome.facts.lines,
		diagnostics: outcome.diagnostics.map(({ repair: _repair, ...diagnostic }) => diagnostic)
	};
	return {
		...outcome,
		report
	};
}
/** Checks one session file by path, streaming it. Throws InputError when it cannot be read. */
async function checkFile(path, options = {}) {
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
export { withoutBom as a, isCompressed as c, withLinkedProblems as i, openInputFile as l, checkFile as n, LineSplitter as o, runCheck as r, READ_CHUNK_BYTES as s, abortable as t, readChunks as u };
