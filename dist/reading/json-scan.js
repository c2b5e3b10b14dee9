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
import { ASCII, CACHE_SLOTS, JsonKernel, UNDECIDED } from './json-kernel/kernel.js';
import { FieldList } from './field-list.js';
const ABSENT = 0;
const STRING = 1;
const NUMBER = 2;
const OBJECT = 3;
const ARRAY = 4;
const BOOLEAN = 5;
const NULL = 6;
const KIND_NAMES = ['absent', 'string', 'number', 'object', 'array', 'boolean', 'null'];
/** In the kinds an element field had across elements: an element that was not an object. */
const NOT_AN_OBJECT = 1 << 7;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** Nesting deeper than this is left to `JSON.parse` (scan returns false); records nest a few levels. */
const MAX_DEPTH = 1024;
/** The characters that may follow `\` (besides `u`): `" \ / b f n r t`. */
const SIMPLE_ESCAPE = new Uint8Array(256);
for (const char of '"\\/bfnrt')
    SIMPLE_ESCAPE[char.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const char of '0123456789abcdefABCDEF')
    HEX[char.charCodeAt(0)] = 1;
const LITERALS = [
    [BOOLEAN, Buffer.from('true')],
    [BOOLEAN, Buffer.from('false')],
    [NULL, Buffer.from('null')],
];
/**
 * Short ASCII strings decoded line after line (record types, roles, tool names) come from a small
 * direct-mapped cache rather than a fresh allocation each time.
 */
class StringCache {
    static MAX_LENGTH = 32;
    #entries = new Array(256).fill(undefined);
    /** The string of bytes[start, end), which hold no escape; undefined when they are not short ASCII. */
    get(bytes, start, end) {
        const length = end - start;
        if (length === 0)
            return '';
        if (length > StringCache.MAX_LENGTH)
            return undefined;
        // The slot from the length and the bytes at both ends and in the middle: the full comparison below
        // decides, so one pass over the bytes is enough when the string is cached.
        const slot = (length * 7 + bytes[start] * 3 + bytes[end - 1] * 5 + bytes[start + (length >> 1)]) & 255;
        const cached = this.#entries[slot];
        if (cached !== undefined && cached.length === length) {
            let same = true;
            for (let k = 0; k < length && same; k += 1)
                same = cached.charCodeAt(k) === bytes[start + k];
            if (same)
                return cached;
        }
        for (let i = start; i < end; i += 1)
            if (bytes[i] >= 0x80)
                return undefined;
        const value = bytes.toString('latin1', start, end);
        this.#entries[slot] = value;
        return value;
    }
}
const NO_BYTES = Buffer.alloc(0);
const NO_WORDS = new DataView(new ArrayBuffer(0));
const isWhitespace = (byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
function skipWhitespace(bytes, i) {
    while (i < bytes.length && isWhitespace(bytes[i]))
        i += 1;
    return i;
}
/** Set by scanString: the string just scanned holds an escape. */
let sawEscape = false;
/** Read by scanString: a `\uD800`–`\uDFFF` escape ends the scan (the line is left to the exact path). */
let deferSurrogates = false;
/** A string's content ends at a quote, a backslash (an escape) or a control character (an error). */
const isStop = (byte) => byte === QUOTE || byte === BACKSLASH || byte < 0x20;
/**
 * Flags the bytes of a little-endian 32-bit word that end plain string content: a quote, a backslash or
 * a byte below 0x20 (SWAR: the classic "has a zero byte" and "has a byte less than n" tests, which share
 * the `~x` factor because 0x22 and 0x5c are below 0x80). Zero when there is none. The lowest flag marks
 * the first such byte exactly (borrows only carry upwards, from a flagged byte); `|` keeps the arithmetic
 * in 32 bits.
 */
const stopFlags = (x) => (((x ^ 0x22222222) - 0x01010101) | ((x ^ 0x5c5c5c5c) - 0x01010101) | (x - 0x20202020)) & ~x & 0x80808080;
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
        while (i + 4 <= end && (flags = stopFlags(words.getInt32(base + i, true))) === 0)
            i += 4;
        if (flags !== 0)
            i += (31 - Math.clz32(flags & -flags)) >> 3;
        else
            while (i < end && !isStop(bytes[i]))
                i += 1;
        if (i >= end)
            return -1;
        const byte = bytes[i];
        if (byte === QUOTE)
            return i;
        if (byte !== BACKSLASH)
            return -1; // a raw control character
        sawEscape = true;
        const escaped = i + 1 < end ? bytes[i + 1] : 0;
        if (SIMPLE_ESCAPE[escaped] === 1) {
            i += 2;
        }
        else if (escaped === 0x75 /* u */ && i + 5 < end && HEX[bytes[i + 2]] & HEX[bytes[i + 3]] & HEX[bytes[i + 4]] & HEX[bytes[i + 5]]) {
            if (deferSurrogates && isSurrogateEscape(bytes[i + 2], bytes[i + 3]))
                return -1;
            i += 6;
        }
        else {
            return -1;
        }
    }
}
/** Whether `\u` followed by these two hex digits starts a surrogate, D800–DFFF (of the hex digits, 8–9, A–F, a–f are ≥ '8'). */
const isSurrogateEscape = (first, second) => (first === 0x64 || first === 0x44) && second >= 0x38;
/** Whether the number in bytes[start, end) is an integer literal of more than 18 digits. */
function isLongInteger(bytes, start, end) {
    const digits = end - start - (bytes[start] === MINUS ? 1 : 0);
    if (digits <= 18)
        return false;
    for (let i = start; i < end; i += 1)
        if (bytes[i] === DOT || bytes[i] === 0x65 || bytes[i] === 0x45)
            return false;
    return true;
}
function skipDigits(bytes, i) {
    while (i < bytes.length && bytes[i] >= ZERO && bytes[i] <= NINE)
        i += 1;
    return i;
}
/** Scans a number from `i`; returns the index after it, or -1. `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?` */
function scanNumber(bytes, i) {
    if (bytes[i] === MINUS)
        i += 1;
    const first = i < bytes.length ? bytes[i] : -1;
    if (first === ZERO)
        i += 1;
    else if (first > ZERO && first <= NINE)
        i = skipDigits(bytes, i + 1);
    else
        return -1;
    if (bytes[i] === DOT) {
        const digits = skipDigits(bytes, i + 1);
        if (digits === i + 1)
            return -1;
        i = digits;
    }
    if (bytes[i] === 0x65 /* e */ || bytes[i] === 0x45 /* E */) {
        i += 1;
        if (bytes[i] === PLUS || bytes[i] === MINUS)
            i += 1;
        const digits = skipDigits(bytes, i);
        if (digits === i)
            return -1;
        i = digits;
    }
    return i;
}
function matchField(fields, bytes, start, end) {
    const length = end - start;
    for (const field of fields) {
        if (field.name.length !== length)
            continue;
        let same = true;
        for (let k = 0; k < length && same; k += 1)
            same = field.name[k] === bytes[start + k];
        if (same)
            return field;
    }
    return undefined;
}
/**
 * Validates one line and records chosen fields of the object it holds. One scanner is reused for
 * every line; its fields describe the last line scanned.
 */
export class JsonScanner {
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
    // Per nesting level: whether an object (1) or an array (0) is open there; for an object, the fields
    // wanted among its keys; for an array, the field whose elements are followed.
    #isObject = new Uint8Array(MAX_DEPTH + 1);
    #wanted = new Array(MAX_DEPTH + 1).fill(undefined);
    #followed = new Array(MAX_DEPTH + 1).fill(undefined);
    #strings = new StringCache();
    /** With the kernel: its cached slots of this line's fields, and the strings decoded by cache slot, with the slot's generation then. */
    #cached;
    #generations;
    #slotStrings = [];
    #slotGenerations = new Uint32Array(CACHE_SLOTS);
    #bytes = NO_BYTES;
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
        const list = (this.#list = fields instanceof FieldList ? fields : new FieldList(fields));
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
        this.#decoded = new Array(count).fill(undefined);
        this.#kernel = options.engine === 'js' ? undefined : JsonKernel.create(list.tree, list.repeats, { maxDepth: this.#maxDepth, longIntegers: this.#deferLongIntegers, surrogates: this.#deferSurrogates });
    }
    /** Which engine scans: WebAssembly, unless this Node cannot run it or JavaScript was asked for. */
    get engine() {
        return this.#kernel ? 'wasm' : 'js';
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
        this.#scans = (this.#scans + 1) | 0;
        if (this.#kernel)
            return this.#scanInKernel(bytes, this.#kernel);
        if (bytes.buffer !== this.#words.buffer)
            this.#words = new DataView(bytes.buffer);
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
        if (bytes[i] !== OPEN_OBJECT)
            return false;
        let depth = 0;
        /** The field the next value belongs to, or undefined. */
        let field;
        for (;;) {
            // At the start of a value. An element of a followed array is itself followed when it is an object.
            if (i >= end)
                return false;
            const byte = bytes[i];
            const array = depth > 0 && isObject[depth] === 0 ? followed[depth] : undefined;
            if (array)
                this.#counts[array.slot] += 1;
            if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
                if (depth === maxDepth)
                    return false;
                depth += 1;
                const object = byte === OPEN_OBJECT;
                isObject[depth] = object ? 1 : 0;
                if (field)
                    kinds[field.slot] = object ? OBJECT : ARRAY;
                if (object) {
                    wanted[depth] = depth === 1 ? this.#list.tree : field ? field.children : array?.elements;
                    if (array)
                        for (const element of array.elements)
                            kinds[element.slot] = ABSENT;
                }
                else {
                    followed[depth] = field && field.elements.length > 0 ? field : undefined;
                    if (followed[depth])
                        this.#counts[field.slot] = 0;
                    if (array)
                        this.#notAnObject(array);
                }
                field = undefined;
                i = skipWhitespace(bytes, i + 1);
                if (bytes[i] === (object ? CLOSE_OBJECT : CLOSE_ARRAY)) {
                    i += 1;
                    this.#close(depth);
                    depth -= 1;
                }
                else if (object) {
                    i = this.#key(bytes, i, wanted[depth]);
                    if (i < 0)
                        return false;
                    field = this.#keyField;
                    continue;
                }
                else {
                    continue;
                }
            }
            else {
                let kind;
                let next;
                if (byte === QUOTE) {
                    const close = scanString(bytes, words, i + 1);
                    if (close < 0)
                        return false;
                    kind = STRING;
                    next = close + 1;
                    if (field)
                        this.#escaped[field.slot] = sawEscape ? 1 : 0;
                }
                else if (byte === MINUS || (byte >= ZERO && byte <= NINE)) {
                    next = scanNumber(bytes, i);
                    if (next < 0 || (this.#deferLongIntegers && isLongInteger(bytes, i, next)))
                        return false;
                    kind = NUMBER;
                }
                else {
                    next = -1;
                    kind = ABSENT;
                    for (const [literalKind, literal] of LITERALS) {
                        if (byte === literal[0] && end - i >= literal.length && bytes.compare(literal, 0, literal.length, i, i + literal.length) === 0) {
                            next = i + literal.length;
                            kind = literalKind;
                            break;
                        }
                    }
                    if (next < 0)
                        return false;
                }
                if (field) {
                    kinds[field.slot] = kind;
                    this.#starts[field.slot] = kind === STRING ? i + 1 : i;
                    this.#ends[field.slot] = kind === STRING ? next - 1 : next;
                    field = undefined;
                }
                else if (array) {
                    this.#notAnObject(array);
                }
                i = next;
            }
            // After a value: close containers, or move to the next member or element.
            for (;;) {
                i = skipWhitespace(bytes, i);
                if (depth === 0)
                    return i === end;
                if (i >= end)
                    return false;
                const after = bytes[i];
                if (after === COMMA) {
                    i = skipWhitespace(bytes, i + 1);
                    if (isObject[depth] === 1) {
                        i = this.#key(bytes, i, wanted[depth]);
                        if (i < 0)
                            return false;
                        field = this.#keyField;
                    }
                    break;
                }
                if (after !== (isObject[depth] === 1 ? CLOSE_OBJECT : CLOSE_ARRAY))
                    return false;
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
        if (!kernel?.load(head, tail))
            return false;
        this.#viewsOf(kernel);
        this.#bytes = kernel.input;
        return true;
    }
    /**
     * The next line of the loaded input (JsonKernel.nextLine): for ASCII and NON_ASCII its fields are known,
     * at positions in `input`; `line` holds where it is and its terminator.
     */
    nextLine(final) {
        this.#scans = (this.#scans + 1) | 0;
        const result = this.#kernel.nextLine(final);
        this.#ascii = result === ASCII;
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
        if (result === UNDECIDED)
            return false;
        this.#ascii = result === ASCII;
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
        if (depth < 2 || this.#isObject[depth] === 0 || this.#isObject[depth - 1] === 1)
            return;
        const array = this.#followed[depth - 1];
        if (array)
            for (const element of array.elements)
                this.#elementKinds[element.slot] |= 1 << this.#kinds[element.slot];
    }
    #notAnObject(array) {
        for (const element of array.elements)
            this.#elementKinds[element.slot] |= NOT_AN_OBJECT;
    }
    /**
     * Reads `"key" :` at `i` and returns the index of the value after it (whitespace skipped), or -1.
     * Sets #keyField to the field the key names among `wanted`.
     */
    #key(bytes, i, wanted) {
        this.#keyField = undefined;
        if (bytes[i] !== QUOTE)
            return -1;
        const close = scanString(bytes, this.#words, i + 1);
        if (close < 0)
            return -1;
        if (wanted && wanted.length > 0) {
            // An escaped key might spell a wanted name: leave such a line to JSON.parse.
            if (sawEscape)
                return -1;
            const field = matchField(wanted, bytes, i + 1, close);
            if (field) {
                // A repeated key replaces the whole earlier value, nested fields included.
                this.#forget(field);
                this.#keyField = field;
            }
        }
        i = skipWhitespace(bytes, close + 1);
        if (bytes[i] !== COLON)
            return -1;
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
        this.#scans = (this.#scans + 1) | 0;
        this.#decoded.fill(undefined);
        this.#bytes = NO_BYTES;
        this.#words = NO_WORDS;
        this.#kinds.fill(ABSENT);
    }
    kind(field) {
        const slot = this.#slot(field);
        return slot < 0 ? 'absent' : KIND_NAMES[this.#kinds[slot]];
    }
    string(field) {
        const slot = this.#slot(field);
        if (slot < 0 || this.#kinds[slot] !== STRING)
            return undefined;
        // A field asked for twice in one record (a call id: checked, then kept) is decoded once.
        if (this.#decodedIn[slot] === this.#scans)
            return this.#decoded[slot];
        const value = this.#cachedString(slot) ?? this.#decode(slot);
        this.#decodedIn[slot] = this.#scans;
        this.#decoded[slot] = value;
        return value;
    }
    /** A short string the kernel saw in this slot of its cache before, decoded then; or decoded now and kept. */
    #cachedString(slot) {
        const at = this.#kernel ? this.#cached[slot] : -1;
        if (at < 0)
            return undefined;
        const generation = this.#generations[slot];
        if (this.#slotGenerations[at] === generation)
            return this.#slotStrings[at];
        const value = this.#decode(slot);
        this.#slotStrings[at] = value;
        this.#slotGenerations[at] = generation;
        return value;
    }
    #decode(slot) {
        const start = this.#starts[slot];
        const end = this.#ends[slot];
        // Without escapes the value is the bytes themselves; with them, JSON.parse decodes the quoted text.
        if (this.#escaped[slot] !== 0)
            return JSON.parse(this.#bytes.toString('utf8', start - 1, end + 1));
        // The kernel caches short strings itself, and knows whether the line is ASCII.
        if (this.#kernel)
            return this.#bytes.toString(this.#ascii ? 'latin1' : 'utf8', start, end);
        return (this.#list.repeats[slot] === 1 ? this.#strings.get(this.#bytes, start, end) : undefined) ?? this.#bytes.toString('utf8', start, end);
    }
    number(field) {
        const slot = this.#slot(field);
        if (slot < 0 || this.#kinds[slot] !== NUMBER)
            return undefined;
        const start = this.#starts[slot];
        const end = this.#ends[slot];
        // Ordinals and counts are short non-negative integers: read their digits (exact below 2^53).
        if (end - start <= 15) {
            let value = 0;
            let i = start;
            for (; i < end; i += 1) {
                const digit = this.#bytes[i] - ZERO;
                if (digit < 0 || digit > 9)
                    break;
                value = value * 10 + digit;
            }
            if (i === end)
                return value;
        }
        return Number(this.#bytes.toString('latin1', start, end));
    }
    boolean(field) {
        const slot = this.#slot(field);
        if (slot < 0 || this.#kinds[slot] !== BOOLEAN)
            return undefined;
        return this.#bytes[this.#starts[slot]] === 0x74 /* t */;
    }
    every(field, kind) {
        const array = this.#arrayOf[field];
        if (array < 0)
            throw new Error(`field ${this.#list.paths[field]} is in no array`);
        return this.#kinds[array] === ARRAY && (this.#elementKinds[this.#slotOf[field]] & ~(1 << KIND_NAMES.indexOf(kind))) === 0;
    }
    length(field) {
        const slot = this.#slotOf[field];
        if (this.#list.followed[slot] !== 1 || this.#arrayOf[field] >= 0)
            throw new Error(`field ${this.#list.paths[field]}[] was not asked for`);
        return this.#kinds[slot] === ARRAY ? this.#counts[slot] : undefined;
    }
    /** The slot that holds a field's value; -1 for the field of an only element that is not there. */
    #slot(field) {
        const slot = this.#slotOf[field];
        const array = this.#arrayOf[field];
        if (array < 0)
            return slot;
        const only = this.#kinds[array] === ARRAY && this.#counts[array] === 1 && (this.#elementKinds[slot] & NOT_AN_OBJECT) === 0;
        return only ? slot : -1;
    }
}
