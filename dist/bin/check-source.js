import { n as toInputError, t as InputError } from "./input-error.js";
import { n as printable, t as SEVERITY_RANK } from "./diagnostic.js";
import { n as selectRules } from "./select-rules.js";
import { createRequire } from "node:module";
import { close, createReadStream, open, read } from "node:fs";
import { stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { isUtf8 } from "node:buffer";
import { isDeepStrictEqual } from "node:util";
import { createHash } from "node:crypto";
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
	return {
		stats: info,
		chunks: readChunks(path, { reuseBuffer: true })
	};
}
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
	const fd = await new Promise((resolve, reject) => open(path, "r", (error, opened) => error ? reject(toInputError(path, error)) : resolve(opened)));
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
// dist/formats/codex/uuid-v5.js
/** RFC 9562 UUID version 5 (SHA-1, name-based). */
function uuidV5(name, namespace) {
	const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
	const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
	hash[6] = hash[6] & 15 | 80;
	hash[8] = hash[8] & 63 | 128;
	const hex = hash.subarray(0, 16).toString("hex");
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
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
* Replaces the first occurrence of `from` with `to`, and keeps the result only if, parsed, it differs
* from the original exactly as `expected` says. Textual edits keep every other byte of the line.
*/
function verifiedReplace(line, from, to, expected) {
	const text = line.toString("utf8");
	const match = typeof from === "string" ? {
		index: text.indexOf(from),
		0: from
	} : from.exec(text);
	if (!match || match.index === -1) return void 0;
	const at = match.index;
	const edited = text.slice(0, at) + to + text.slice(at + match[0].length);
	try {
		if (!isDeepStrictEqual(JSON.parse(edited), expected(JSON.parse(text)))) return void 0;
	} catch {
		return;
	}
	return Buffer.from(edited, "utf8");
}
/** Rewrites an output item (found at `path` in the record) to another kind, id prefix included. */
function retypeOutputLine(line, kind, itemOf) {
	const original = itemOf(JSON.parse(line.toString("utf8")));
	const from = original?.type;
	if (typeof from !== "string" || !(from in ID_PREFIX) || from === kind) return void 0;
	if (from === "tool_search_output" || kind === "tool_search_output") return void 0;
	let edited = verifiedReplace(line, new RegExp(`(?<="type"\\s*:\\s*)"${from}"`), `"${kind}"`, (record) => {
		const copy = structuredClone(record);
		itemOf(copy).type = kind;
		return copy;
	});
	const oldPrefix = `${ID_PREFIX[from]}_`;
	if (edited && typeof original?.id === "string" && original.id.startsWith(oldPrefix)) {
		const newId = `${ID_PREFIX[kind]}_${original.id.slice(oldPrefix.length)}`;
		const id = JSON.stringify(original.id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		edited = verifiedReplace(edited, new RegExp(`(?<="id"\\s*:\\s*)${id}`), JSON.stringify(newId), (record) => {
			const copy = structuredClone(record);
			itemOf(copy).id = newId;
			return copy;
		});
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
/**
* The questions a scan answers (see ScannedFields), asked of a value JSON.parse built: so that code
* judging records from their fields serves both the fast path and the parsed one.
*/
function fieldsOf(value) {
	const at = (path) => path.split(".").reduce(member, value);
	return {
		kind: (path) => kindOf(at(path)),
		string: (path) => {
			const found = at(path);
			return typeof found === "string" ? found : void 0;
		},
		number: (path) => {
			const found = at(path);
			return typeof found === "number" ? found : void 0;
		},
		every: (path, kind) => {
			const [array, field] = path.split("[].");
			const elements = at(array);
			return Array.isArray(elements) && elements.every((element) => isObject$1(element) && kindOf(member(element, field)) === kind);
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
	const load = () => createRequire(import.meta.url)("zod").z;
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
/** sessionMetaPayload's guard, for an object payload whose `id` and `history_mode` are at these paths. */
function sessionMetaValid(fields, id, historyMode) {
	const mode = fields.kind(historyMode) === "absent" ? "legacy" : fields.string(historyMode);
	return fields.kind(id) === "string" && fields.string(id) !== "" && (mode === "legacy" || mode === "paginated");
}
function sessionMetaIssue(payload) {
	return isObject(payload) && sessionMetaValid(fieldsOf(payload), "id", "history_mode") ? void 0 : explain((s) => s.sessionMetaPayload, payload, "payload");
}
function compactedIssue(payload) {
	return isObject(payload) && (payload.message === void 0 || typeof payload.message === "string") && (payload.replacement_history === void 0 || Array.isArray(payload.replacement_history) && payload.replacement_history.every((entry) => isObject(entry) && typeof entry.type === "string")) && (payload.replacement_history_metadata === void 0 || Array.isArray(payload.replacement_history_metadata) && payload.replacement_history_metadata.length === (payload.replacement_history?.length ?? 0)) ? void 0 : explain((s) => s.compactedPayload, payload, "payload");
}
function threadRolledBackIssue(payload) {
	return isObject(payload) && payload.type === "thread_rolled_back" && Number.isSafeInteger(payload.num_turns) && payload.num_turns >= 0 ? void 0 : explain((s) => s.threadRolledBack, payload, "payload");
}
function itemPaths(prefix) {
	const at = (name) => `${prefix}${name}`;
	return {
		type: at("type"),
		role: at("role"),
		id: at("id"),
		call_id: at("call_id"),
		name: at("name"),
		arguments: at("arguments"),
		input: at("input"),
		output: at("output"),
		outputTypes: at("output[].type"),
		execution: at("execution"),
		tools: at("tools"),
		action: at("action"),
		actionType: at("action.type")
	};
}
/** pairingItem's guard, for an object item of pairing type `type` (its fields scanned or parsed). */
function pairingItemValid(type, fields, at) {
	const callIdKind = fields.kind(at.call_id);
	const callId = callIdKind === "string" && fields.string(at.call_id) !== "";
	const optionalCallId = callId || callIdKind === "absent" || callIdKind === "null";
	const executionKind = fields.kind(at.execution);
	const optionalExecution = executionKind === "absent" || executionKind === "string";
	const output = fields.kind(at.output) === "string" || fields.every(at.outputTypes, "string");
	switch (type) {
		case "function_call": return fields.kind(at.name) === "string" && fields.kind(at.arguments) === "string" && callId;
		case "custom_tool_call": return fields.kind(at.name) === "string" && fields.kind(at.input) === "string" && callId;
		case "local_shell_call": return optionalCallId && fields.kind(at.action) === "object" && fields.kind(at.actionType) === "string";
		case "tool_search_call": return optionalCallId && optionalExecution;
		case "function_call_output": return optionalCallId && output;
		case "custom_tool_call_output": return callId && output;
		case "tool_search_output": return optionalCallId && optionalExecution && fields.kind(at.tools) === "array";
		default: return false;
	}
}
const ITEM = itemPaths("");
/** Why a parsed object item of pairing type `type` does not fit pairingItem; undefined when it does. */
function pairingItemIssue(type, item, prefix) {
	return pairingItemValid(type, fieldsOf(item), ITEM) ? void 0 : explain((s) => s.pairingItem, item, prefix);
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
const OUTPUT_KINDS$1 = /* @__PURE__ */ new Set([
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
function isResponseItemType(type) {
	return typeof type === "string" && KNOWN_ITEM_TYPES.has(type);
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
	if (!KNOWN_ITEM_TYPES.has(type)) return {
		item: OTHER,
		label: type,
		known: false
	};
	if (type === "reasoning") return {
		item: { role: "reasoning" },
		label: type,
		known: true
	};
	if (type === "message") return {
		item: isUserTurnMessage(record) ? { role: "user-message" } : OTHER,
		label: type,
		known: true
	};
	if (!(type in EXPECTED_OUTPUT) && !OUTPUT_KINDS$1.has(type)) return {
		item: OTHER,
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
		item: pairingRole(record, type),
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
	if (!KNOWN_ITEM_TYPES.has(type)) return {
		item: OTHER,
		label: type,
		known: false
	};
	if (type === "reasoning") return {
		item: { role: "reasoning" },
		label: type,
		known: true
	};
	if (type === "message") return fields.string(at.role) === "user" ? void 0 : {
		item: OTHER,
		label: type,
		known: true
	};
	if (!(type in EXPECTED_OUTPUT) && !OUTPUT_KINDS$1.has(type)) return {
		item: OTHER,
		label: type,
		known: true
	};
	if (!pairingItemValid(type, fields, at)) return void 0;
	return {
		item: pairingRole({
			call_id: fields.string(at.call_id),
			execution: fields.string(at.execution),
			id: fields.string(at.id),
			name: fields.string(at.name)
		}, type),
		label: type,
		known: true
	};
}
function pairingRole(record, type) {
	const callId = typeof record.call_id === "string" ? record.call_id : void 0;
	if (record.execution === "server") return OTHER;
	const expects = EXPECTED_OUTPUT[type];
	if (expects) {
		if (callId === void 0) return OTHER;
		const itemId = typeof record.id === "string" ? record.id : void 0;
		const name = typeof record.name === "string" ? record.name : void 0;
		return {
			role: "call",
			callId,
			kind: type,
			expects,
			...itemId && { itemId },
			...name && { name }
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
	const text = typeof first?.text === "string" ? first.text.trimStart() : "";
	return !CONTEXTUAL_PREFIXES.some((prefix) => text.startsWith(prefix));
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
	retypeOutput: (line, kind) => retypeOutputLine(line, kind, itself),
	withOrdinal: withOrdinalLine
};
/** A plain list of Responses API input items, one per line (datasets, exports). */
const responsesItems = {
	name: "responses",
	description: "One OpenAI Responses API item per line",
	requiresHeader: false,
	legacy: false,
	matches: (value) => isResponseItemType(value.type) && !("payload" in value),
	classify: classifyBareItem,
	timestampOf,
	renderPlaceholder: (call, options) => JSON.stringify(placeholderItem(call, options)),
	retypeOutput: (line, kind) => retypeOutputLine(line, kind, itself),
	withOrdinal: withOrdinalLine
};
// dist/formats/codex/envelope.js
/** Top-level `type`s of the current envelope, all generations (codex-rollout-format §2.1). */
const KNOWN_TYPES = /* @__PURE__ */ new Set([
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
const TURN_STARTS = /* @__PURE__ */ new Set(["task_started", "turn_started"]);
const TURN_ENDS = /* @__PURE__ */ new Set([
	"task_complete",
	"turn_complete",
	"turn_aborted"
]);
const NO_ORDINAL = {
	ordinal: void 0,
	invalid: void 0
};
const BAD_ORDINAL = {
	ordinal: void 0,
	invalid: "ordinal must be a non-negative integer"
};
const NOTHING_MORE = {};
const NEEDS_TIMESTAMP_AND_PAYLOAD = { invalid: "a record needs a string timestamp and an object payload" };
function ordinalOf(ordinal) {
	if (ordinal === void 0) return NO_ORDINAL;
	if (typeof ordinal === "number" && Number.isSafeInteger(ordinal) && ordinal >= 0) return {
		ordinal,
		invalid: void 0
	};
	return BAD_ORDINAL;
}
/**
* Every info this format makes has the same properties in the same order, absent ones undefined: one
* object shape keeps the property reads of the checker and the rules fast on hundreds of thousands of
* records. A reason in `more` replaces an invalid ordinal's.
*/
function info(base, label, known, items, more = NOTHING_MORE) {
	return {
		label,
		known,
		items,
		ordinal: base.ordinal,
		invalid: more.invalid || base.invalid,
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
const eventLabel = labeller("event_msg/");
function classifyEnvelope(value) {
	const record = value;
	const type = record.type;
	const payload = record.payload;
	const base = ordinalOf(record.ordinal);
	if (typeof type !== "string") return info(base, "record", false, []);
	if (!KNOWN_TYPES.has(type)) return info(base, type, false, []);
	if (typeof record.timestamp !== "string" || typeof payload !== "object" || payload === null) return info(base, type, true, [], NEEDS_TIMESTAMP_AND_PAYLOAD);
	switch (type) {
		case "session_meta": return info(base, type, true, [], {
			header: {
				paginated: payload.history_mode === "paginated",
				...typeof payload.id === "string" && { sessionId: payload.id }
			},
			invalid: sessionMetaIssue(payload)
		});
		case "response_item": {
			const { item, label, known, invalid } = classifyResponseItem(payload);
			return info(base, itemLabel(label), known, [item], { invalid });
		}
		case "compacted": return classifyCompacted(payload, base);
		case "event_msg": return classifyEvent(payload, base);
		default: return classifyOtherType(type, base);
	}
}
function classifyCompacted(payload, base) {
	const invalid = compactedIssue(payload);
	if (invalid !== void 0) return info(base, "compacted", true, [], { invalid });
	const history = payload.replacement_history;
	if (!history) return info(base, "compacted", true, []);
	const replaced = [];
	let itemInvalid;
	history.forEach((entry, index) => {
		const classified = classifyResponseItem(entry, `payload.replacement_history.${index}`);
		replaced.push(classified.item);
		itemInvalid ??= classified.invalid;
	});
	return info(base, "compacted", true, [], {
		replacesHistory: replaced,
		invalid: itemInvalid
	});
}
function classifyEvent(payload, base) {
	const event = typeof payload.type === "string" ? payload.type : "unknown";
	if (event === "thread_rolled_back") {
		const label = eventLabel(event);
		const invalid = threadRolledBackIssue(payload);
		if (invalid !== void 0) return info(base, label, true, [], { invalid });
		return info(base, label, true, [], { rollsBack: payload.num_turns });
	}
	return classifyOtherEvent(event, base);
}
const TURN_START = { turn: "start" };
const TURN_END = { turn: "end" };
/** Every event but a rollback: its type is all that matters. */
function classifyOtherEvent(event, base) {
	const label = eventLabel(event);
	if (TURN_STARTS.has(event)) return info(base, label, true, [], TURN_START);
	if (TURN_ENDS.has(event)) return info(base, label, true, [], TURN_END);
	if (event === "user_message") return info(base, label, true, [{ role: "user-message" }]);
	return info(base, label, true, []);
}
/** The known types whose payload does not matter. */
function classifyOtherType(type, base) {
	return info(base, type, true, type === "inter_agent_communication" ? [{ role: "user-message" }] : []);
}
const PAYLOAD_ITEM = itemPaths("payload.");
/**
* classifyEnvelope's twin for scanned fields (the checker's fast path): the same result, or undefined
* for the records whose schema or content needs the parsed value (compacted, rollbacks, an invalid
* session_meta, and the items classifyScannedItem leaves to the parser).
*/
function classifyScannedEnvelope(fields) {
	const ordinalKind = fields.kind("ordinal");
	const base = ordinalOf(ordinalKind === "absent" ? void 0 : ordinalKind === "number" ? fields.number("ordinal") : null);
	const type = fields.string("type");
	if (type === void 0) return info(base, "record", false, []);
	if (!KNOWN_TYPES.has(type)) return info(base, type, false, []);
	const payload = fields.kind("payload");
	if (fields.kind("timestamp") !== "string" || payload !== "object" && payload !== "array") return info(base, type, true, [], NEEDS_TIMESTAMP_AND_PAYLOAD);
	switch (type) {
		case "session_meta": {
			if (payload !== "object" || !sessionMetaValid(fields, "payload.id", "payload.history_mode")) return void 0;
			const id = fields.string("payload.id");
			return info(base, type, true, [], { header: {
				paginated: fields.string("payload.history_mode") === "paginated",
				...id !== void 0 && { sessionId: id }
			} });
		}
		case "compacted": return;
		case "response_item": {
			const classified = payload === "object" ? classifyScannedItem(fields, PAYLOAD_ITEM) : void 0;
			if (!classified) return void 0;
			return info(base, itemLabel(classified.label), classified.known, [classified.item], { invalid: classified.invalid });
		}
		case "event_msg": {
			const event = fields.string(PAYLOAD_ITEM.type) ?? "unknown";
			return event === "thread_rolled_back" ? void 0 : classifyOtherEvent(event, base);
		}
		default: return classifyOtherType(type, base);
	}
}
const envelopeScan = {
	fields: [
		"type",
		"ordinal",
		"timestamp",
		"payload",
		"payload.history_mode",
		...Object.values(PAYLOAD_ITEM)
	],
	classify: classifyScannedEnvelope,
	matches: (fields) => fields.kind("type") === "string" && fields.kind("payload") !== "absent" && fields.kind("timestamp") !== "absent",
	timestampOf: (fields) => fields.string("timestamp")
};
const payloadOf = (record) => record.payload;
/** The current envelope: `{"timestamp","ordinal"?,"type","payload"}` per line (Sept 2025 on). */
const codexEnvelope = {
	name: "codex",
	description: "Codex CLI rollout, current envelope ({timestamp, ordinal?, type, payload})",
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
	renderPlaceholder: (call, options) => JSON.stringify({
		timestamp: call.timestamp ?? (/* @__PURE__ */ new Date()).toISOString(),
		type: "response_item",
		payload: placeholderItem(call, options)
	}),
	retypeOutput: (line, kind) => retypeOutputLine(line, kind, payloadOf),
	withOrdinal: withOrdinalLine
};
// dist/formats/registry.js
/** Detection order: the most specific shape first. */
const FORMATS = [
	codexEnvelope,
	codexLegacy,
	responsesItems
];
function formatByName(name) {
	const format = FORMATS.find((candidate) => candidate.name === name);
	if (!format) throw new Error(`unknown input format ${name}`);
	return format;
}
/**
* Picks the format from the first parsed record. A record no format recognizes is taken as the
* current Codex envelope, the tool's main format, so that its rules say what is wrong with it.
*/
function detectFormat(firstRecord) {
	return FORMATS.find((format) => format.matches(firstRecord)) ?? codexEnvelope;
}
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
		else if (escaped === 117 && i + 5 < end && HEX[bytes[i + 2]] & HEX[bytes[i + 3]] & HEX[bytes[i + 4]] & HEX[bytes[i + 5]]) i += 6;
		else return -1;
	}
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
	#kinds;
	#starts;
	#ends;
	#escaped;
	/** For element fields: a bit per kind the field had in an element so far, and NOT_AN_OBJECT. */
	#elementKinds;
	#isObject = /* @__PURE__ */ new Uint8Array(1025);
	#wanted = new Array(1025).fill(void 0);
	#followed = new Array(1025).fill(void 0);
	#strings = new StringCache();
	#bytes = NO_BYTES;
	/** A view of the whole ArrayBuffer under #bytes, to read four bytes at a time. */
	#words = NO_WORDS;
	/** The wanted field the key #key read last names, if any. */
	#keyField;
	constructor(paths) {
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
	}
	/**
	* True when `JSON.parse` would turn `bytes` (valid UTF-8) into an object, and the fields are known.
	* False when the line is not valid JSON, not an object, nested deeper than the scanner follows, or
	* names a wanted field with an escape: then only `JSON.parse` can tell what the line holds.
	*/
	scan(bytes) {
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
		let i = skipWhitespace(bytes, 0);
		if (bytes[i] !== OPEN_OBJECT) return false;
		let depth = 0;
		/** The field the next value belongs to, or undefined. */
		let field;
		for (;;) {
			if (i >= end) return false;
			const byte = bytes[i];
			const array = depth > 0 && isObject[depth] === 0 ? followed[depth] : void 0;
			if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
				if (depth === MAX_DEPTH) return false;
				depth += 1;
				const object = byte === OPEN_OBJECT;
				isObject[depth] = object ? 1 : 0;
				if (field) kinds[field.slot] = object ? OBJECT : ARRAY;
				if (object) {
					wanted[depth] = depth === 1 ? this.#fields : field ? field.children : array?.elements;
					if (array) for (const element of array.elements) kinds[element.slot] = ABSENT;
				} else {
					followed[depth] = field && field.elements.length > 0 ? field : void 0;
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
					if (next < 0) return false;
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
		return KIND_NAMES[this.#kinds[this.#slot(path)]];
	}
	string(path) {
		const slot = this.#slot(path);
		if (this.#kinds[slot] !== STRING) return void 0;
		const start = this.#starts[slot];
		const end = this.#ends[slot];
		if (this.#escaped[slot] === 0) return this.#strings.get(this.#bytes, start, end) ?? this.#bytes.toString("utf8", start, end);
		return JSON.parse(this.#bytes.toString("utf8", start - 1, end + 1));
	}
	number(path) {
		const slot = this.#slot(path);
		if (this.#kinds[slot] !== NUMBER) return void 0;
		return Number(this.#bytes.toString("latin1", this.#starts[slot], this.#ends[slot]));
	}
	every(path, kind) {
		const element = this.#elementSlots.get(path);
		if (!element) throw new Error(`field ${path} was not asked for`);
		return this.#kinds[element.array] === ARRAY && (this.#elementKinds[element.slot] & ~(1 << KIND_NAMES.indexOf(kind))) === 0;
	}
	#slot(path) {
		const slot = this.#slots.get(path);
		if (slot === void 0) throw new Error(`field ${path} was not asked for`);
		return slot;
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
// dist/checking/line-set.js
/** A growable set of line numbers as a bit field: 1 bit per line, so it stays small on huge files. */
var LineSet = class {
	#bits = /* @__PURE__ */ new Uint8Array(1024);
	add(line) {
		const index = line >>> 3;
		if (index >= this.#bits.length) {
			const grown = new Uint8Array(Math.max(this.#bits.length * 2, index + 1));
			grown.set(this.#bits);
			this.#bits = grown;
		}
		this.#bits[index] |= 1 << (line & 7);
	}
	has(line) {
		const index = line >>> 3;
		return index < this.#bits.length && (this.#bits[index] & 1 << (line & 7)) !== 0;
	}
};
// dist/checking/call-store.js
const OUTPUT_KINDS = [
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
/**
* The calls of one history segment, by call id, with their outputs and repeats. Kept as rows of numbers
* in one growable Float64Array rather than objects: a long session holds tens of thousands of calls, and
* objects per call would each live on the JS heap for the whole run. The common case (one call, one
* output) costs a row, the call id string and its map entry; the item id and timestamp, which only a
* call left unanswered needs, are dropped at its first output. Records are rebuilt on demand.
* Slots are numbered in the order calls come, which is the map's order too.
*/
var CallStore = class {
	#rows = /* @__PURE__ */ new Float64Array(576);
	#slots = /* @__PURE__ */ new Map();
	/** What only a placeholder for an unanswered call needs, by slot, while the call has no output. */
	#unanswered = /* @__PURE__ */ new Map();
	/** Outputs after the first, and repeated calls: rare, kept as records. */
	#moreOutputs = /* @__PURE__ */ new Map();
	#repeats = /* @__PURE__ */ new Map();
	/** Call kinds and tool names, interned: a session uses a handful. */
	#strings = [];
	#codes = /* @__PURE__ */ new Map();
	slotOf(callId) {
		return this.#slots.get(callId);
	}
	/** The call ids and their slots, in slot order. */
	slots() {
		return this.#slots.entries();
	}
	/** Adds the first call of its id, with the outputs that came before it; returns its slot. */
	addCall(call, early) {
		const slot = this.#slots.size;
		if ((slot + 1) * STRIDE > this.#rows.length) {
			const grown = new Float64Array(this.#rows.length * 2);
			grown.set(this.#rows);
			this.#rows = grown;
		}
		const { item } = call;
		this.#slots.set(item.callId, slot);
		if (item.itemId !== void 0 || call.timestamp !== void 0) this.#unanswered.set(slot, {
			itemId: item.itemId,
			timestamp: call.timestamp
		});
		const row = slot * STRIDE;
		const rows = this.#rows;
		rows[row + LINE] = call.line;
		rows[row + RUN_START] = call.runStart;
		rows[row + TURN] = call.turn;
		rows[row + FLAGS] = (call.inCheckpoint ? 1 : 0) | OUTPUT_KINDS.indexOf(item.expects) << 1 | this.#intern(item.kind) << 3;
		rows[row + NAME] = item.name === void 0 ? 0 : this.#intern(item.name) + 1;
		rows[row + OUTPUTS] = 0;
		for (const output of early) this.addOutput(slot, item.callId, output.line, output.kind, output.inCheckpoint, output.turn, true);
		return slot;
	}
	addRepeat(slot, call) {
		const repeats = this.#repeats.get(slot);
		if (repeats) repeats.push(call);
		else this.#repeats.set(slot, [call]);
	}
	addOutput(slot, callId, line, kind, inCheckpoint, turn, early) {
		const row = slot * STRIDE;
		const rows = this.#rows;
		const count = rows[row + OUTPUTS];
		rows[row + OUTPUTS] = count + 1;
		if (count === 0) {
			rows[row + OUTPUT_LINE] = line;
			rows[row + OUTPUT_TURN] = turn;
			rows[row + OUTPUT_FLAGS] = OUTPUT_KINDS.indexOf(kind) | (inCheckpoint ? 4 : 0) | (early ? 8 : 0);
			this.#unanswered.delete(slot);
			return;
		}
		const output = {
			line,
			kind,
			callId,
			inCheckpoint,
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
			expects: OUTPUT_KINDS[flags >> 1 & 3],
			...itemId !== void 0 && { itemId },
			...name > 0 && { name: this.#strings[name - 1] }
		};
		return {
			line: rows[row + LINE],
			item,
			inCheckpoint: (flags & 1) === 1,
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
			kind: OUTPUT_KINDS[flags & 3],
			callId,
			inCheckpoint: (flags & 4) !== 0,
			turn: rows[row + OUTPUT_TURN],
			early: (flags & 8) !== 0
		}, ...this.#moreOutputs.get(slot) ?? []];
	}
	repeats(slot) {
		return this.#repeats.get(slot) ?? [];
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
// dist/checking/pairing.js
var PairingTracker = class {
	emit;
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
	constructor(emit) {
		this.emit = emit;
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
	#item(line, item, inCheckpoint, timestamp) {
		if (item.role === "user-message") {
			this.#inRun = false;
			if (this.#inUserRun) return;
			this.#inUserRun = true;
			this.#turn += 1;
			this.#liveTurns.push(this.#turn);
			if (!inCheckpoint) this.turnBoundaries.push(line);
			return;
		}
		this.#inUserRun = false;
		const continuesRun = item.role === "reasoning" || item.role === "call";
		if (continuesRun && !this.#inRun) this.#runStart = line;
		this.#inRun = continuesRun;
		if (item.role === "call") {
			const ts = inCheckpoint ? void 0 : timestamp();
			this.#addCall({
				line,
				item,
				inCheckpoint,
				runStart: this.#runStart,
				turn: this.#turn,
				...ts !== void 0 && { timestamp: ts }
			});
		} else if (item.role === "output") this.#addOutput(line, item.kind, item.callId, inCheckpoint);
		else if (item.role === "unpairable-output") this.#unpairable.push({
			line,
			kind: item.kind,
			inCheckpoint,
			turn: this.#turn
		});
	}
	#addCall(call) {
		const existing = this.#calls.slotOf(call.item.callId);
		if (existing !== void 0) {
			this.#calls.addRepeat(existing, call);
			return;
		}
		const early = this.#orphans.get(call.item.callId);
		this.#orphans.delete(call.item.callId);
		this.#calls.addCall(call, early ?? []);
	}
	#addOutput(line, kind, callId, inCheckpoint) {
		const slot = this.#calls.slotOf(callId);
		if (slot !== void 0) {
			this.#calls.addOutput(slot, callId, line, kind, inCheckpoint, this.#turn, false);
			return;
		}
		const output = {
			line,
			kind,
			callId,
			inCheckpoint,
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
		for (const [callId, slot] of calls.slots()) {
			if (calls.isSimplyAnswered(slot)) continue;
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
		for (const { line, kind, inCheckpoint, turn } of this.#unpairable) this.emit({
			type: "unpairable-output",
			line,
			kind,
			inCheckpoint,
			outside: outside(turn)
		});
	}
};
// dist/checking/checker.js
/**
* One scanner per format, shared by all checkers: a run over thousands of small files would otherwise
* build one each. Sharing is safe as a scan and the reading of its fields happen within one line() call.
*/
const scanners = /* @__PURE__ */ new WeakMap();
function scannerFor(scan) {
	let scanner = scanners.get(scan);
	if (!scanner) scanners.set(scan, scanner = new JsonScanner(scan.fields));
	return scanner;
}
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
	#hooks = [];
	/** The hooks that have a line (record) handler, so that each line calls only those. */
	#lineHooks;
	#recordHooks;
	#tracker;
	#recordLines = new LineSet();
	#unnumberedLines = new LineSet();
	#format;
	#lines = 0;
	#records = 0;
	#paginated;
	#maxOrdinal;
	#lastRecordLine = 0;
	#lastRecordOrdinal;
	#lastLineEol = "\n";
	/** The fast path's scanner, once a line was scanned. */
	#scanner;
	/** The timestamp of the record the scanner read last. */
	#scannedTimestamp = () => this.#format.scan.timestampOf(this.#scanner);
	constructor(options) {
		this.options = options;
		if (options.format) this.#format = formatByName(options.format);
		const ruleOptions = {
			strategy: options.strategy ?? "placeholder",
			placeholderText: options.placeholderText ?? "aborted"
		};
		for (const { rule, severity } of options.rules) {
			const context = {
				path: options.path,
				format: () => this.#format,
				options: ruleOptions,
				report: (input) => {
					const fixable = rule.fixable && input.fixable !== false;
					const repair = fixable && options.repairs ? input.repair?.() : void 0;
					const downgraded = input.outsideHistory && SEVERITY_RANK[severity] > SEVERITY_RANK.warning ? "warning" : severity;
					this.#diagnostics.push({
						rule: rule.name,
						code: rule.code,
						severity: downgraded,
						line: input.line,
						message: printable(input.message),
						...input.callId !== void 0 && { callId: input.callId },
						fixable,
						...repair && { repair }
					});
				}
			};
			this.#hooks.push(rule.create(context));
		}
		this.#lineHooks = this.#hooks.filter((hooks) => hooks.line);
		this.#recordHooks = this.#hooks.filter((hooks) => hooks.record);
		this.#tracker = new PairingTracker((finding) => {
			for (const hooks of this.#hooks) hooks.pairing?.(finding);
		});
	}
	line(raw) {
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
			if (!isUtf8(bytes)) parseError = "not valid UTF-8";
			else scanned = this.#scan(bytes);
			if (!scanned && parseError === void 0) ({value, parseError} = parseRecord(bytes));
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
			const format = this.#format ??= detectFormat(value);
			this.#record(raw.number, format.classify(value), () => format.timestampOf(value));
		}
	}
	/**
	* The fast path: a line the format can classify from a few scanned fields is neither decoded nor
	* parsed. Undefined when the line needs JSON.parse (invalid, not an object, or a record whose content
	* matters). Before the format is known, the first record is scanned as the most specific format, the
	* first detectFormat tries: when it matches, that is the file's format.
	*/
	#scan(bytes) {
		const format = this.#format ?? FORMATS[0];
		const scan = format.scan;
		if (!scan || this.options.exact) return void 0;
		const scanner = this.#scanner = scannerFor(scan);
		if (!scanner.scan(bytes) || !this.#format && !scan.matches(scanner)) return void 0;
		const info = scan.classify(scanner);
		if (info) this.#format = format;
		return info;
	}
	end() {
		this.#scanner?.release();
		this.#tracker.end();
		const facts = {
			lines: this.#lines,
			records: this.#records,
			...this.#records > 0 && { lastRecord: {
				line: this.#lastRecordLine,
				...this.#lastRecordOrdinal !== void 0 && { ordinal: this.#lastRecordOrdinal }
			} },
			paginated: this.#paginated ?? false,
			...this.#maxOrdinal !== void 0 && { maxOrdinal: this.#maxOrdinal },
			turnBoundaries: this.#tracker.turnBoundaries
		};
		for (const hooks of this.#hooks) hooks.end?.(facts);
		const order = new Map(this.options.rules.map(({ rule }, index) => [rule.name, index]));
		this.#diagnostics.sort((a, b) => a.line - b.line || order.get(a.rule) - order.get(b.rule));
		return {
			diagnostics: this.#diagnostics,
			facts: {
				...this.#format && { format: this.#format },
				lines: this.#lines,
				records: this.#records,
				paginated: this.#paginated ?? false,
				...this.#maxOrdinal !== void 0 && { maxOrdinal: this.#maxOrdinal },
				recordLines: this.#recordLines,
				unnumberedLines: this.#unnumberedLines,
				lastLineEol: this.#lastLineEol
			}
		};
	}
	#record(line, info, timestamp) {
		this.#records += 1;
		this.#recordLines.add(line);
		if (info.ordinal === void 0) this.#unnumberedLines.add(line);
		else this.#maxOrdinal = Math.max(this.#maxOrdinal ?? -1, info.ordinal);
		if (info.header && this.#paginated === void 0) this.#paginated = info.header.paginated;
		this.#lastRecordLine = line;
		this.#lastRecordOrdinal = info.ordinal;
		const facts = {
			line,
			info,
			first: this.#records === 1
		};
		for (const hooks of this.#recordHooks) hooks.record(facts);
		this.#tracker.record(line, info, timestamp);
	}
};
/** The exact path, for valid UTF-8. */
function parseRecord(bytes) {
	let value;
	try {
		value = JSON.parse(bytes.toString("utf8"));
	} catch (error) {
		return { parseError: describeJsonError(error) };
	}
	if (typeof value !== "object" || value === null || Array.isArray(value)) return { parseError: `a JSON ${Array.isArray(value) ? "array" : value === null ? "null" : typeof value}, not an object` };
	return { value };
}
function describeJsonError(error) {
	if (error instanceof RangeError) return "too long to parse";
	return `invalid JSON (${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 120)})`;
}
// dist/checking/check-source.js
/** Checks a stream of bytes (a file, stdin, a socket) as one session file. */
async function runCheck(path, chunks, options = {}) {
	const checker = new FileChecker({
		path,
		rules: selectRules(options),
		...options.format && { format: options.format },
		...options.repairs && { repairs: true },
		...options.strategy && { strategy: options.strategy },
		...options.placeholderText !== void 0 && { placeholderText: options.placeholderText }
	});
	await forEachLine(chunks, (line) => checker.line(line));
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
	return (await runCheck(path, chunks, options)).report;
}
export { READ_CHUNK_BYTES as a, readChunks as c, LineSplitter as i, runCheck as n, isCompressed as o, withoutBom as r, openInputFile as s, checkFile as t };
