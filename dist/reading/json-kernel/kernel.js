import { KERNEL_WASM } from './kernel-wasm.js';
/** The limits kernel.c is built with. */
const MAX_FIELDS = 64;
/** The slots of its cache of short strings. */
export const CACHE_SLOTS = 1024;
const NAME_BYTES = 2048;
/** Compiled once per thread; null when this Node cannot run it (no WebAssembly, e.g. --jitless, or no SIMD). */
let compiled;
function kernelModule() {
    if (compiled === undefined) {
        try {
            compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(Buffer.from(KERNEL_WASM, 'base64')) : null;
        }
        catch {
            compiled = null;
        }
    }
    return compiled;
}
/**
 * What scan() says of a line: UNDECIDED, not an object the kernel vouches for (JSON.parse decides); ASCII,
 * a JSON object of ASCII bytes; NON_ASCII, one with bytes of 0x80 and up, which the kernel takes as parts
 * of characters (the caller checks UTF-8). For the last two the fields are recorded.
 */
export const UNDECIDED = -1;
export const ASCII = 0;
export const NON_ASCII = 1;
/** What nextLine() says besides a KernelResult: no whole line is left; the line is blank. */
export const NEED_MORE = -2;
export const BLANK = 2;
/**
 * One instance of the WebAssembly scanner (src/reading/json-kernel/kernel.c) set up for one field tree.
 * After scan(), the typed arrays hold what it found, by slot, as JsonScanner's own do.
 */
export class JsonKernel {
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
        if (!module || repeats.length > MAX_FIELDS)
            return undefined;
        const all = [];
        const collect = (list) => list.forEach((field) => (all.push(field), collect(field.children), collect(field.elements)));
        collect(root);
        if (all.reduce((sum, field) => sum + field.name.length, 0) > NAME_BYTES)
            return undefined;
        const kernel = new JsonKernel(new WebAssembly.Instance(module).exports, root, all);
        new Uint8Array(kernel.#heap.buffer, kernel.#exports.repeats(), MAX_FIELDS).set(repeats);
        kernel.#exports.setDeferrals(deferrals.maxDepth, deferrals.longIntegers ? 1 : 0, deferrals.surrogates ? 1 : 0);
        return kernel;
    }
    constructor(exports, root, all) {
        this.#exports = exports;
        // The input's place is fixed (the kernel's heap base); reserving nothing tells it.
        this.#inputAt = exports.reserve(0);
        this.#heap = new Uint8Array(exports.memory.buffer);
        const int32 = (at) => new Int32Array(exports.memory.buffer, at, MAX_FIELDS);
        const [starts, lengths, children, siblings, elements] = [exports.nameStarts(), exports.nameLengths(), exports.firstChildren(), exports.nextSiblings(), exports.firstElements()].map(int32);
        const first = (list) => list[0]?.slot ?? -1;
        const link = (list) => list.forEach((field, index) => (siblings[field.slot] = list[index + 1]?.slot ?? -1));
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
        if (at === 0)
            return UNDECIDED;
        if (this.#heap.buffer !== exports.memory.buffer)
            this.#views();
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
        if (at === 0)
            return false;
        if (this.#heap.buffer !== exports.memory.buffer)
            this.#views();
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
        // From the input to the end of memory (what is loaded may be less): made again only when memory grows.
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
}
