import { grownLength } from './int-list.js';
/**
 * Interns strings as numbers 0, 1, 2…, keeping ASCII ones (every id Claude Code writes: toolu_…, msg_…) as
 * bytes in one growing buffer found through an open-addressing table, instead of a JS string and a map
 * entry each: a long transcript's hundreds of thousands of ids then cost their bytes and two numbers,
 * outside the garbage-collected heap. Other strings are kept in a map, under numbers from the same count.
 */
export class StringTable {
    #bytes = new Uint8Array(64 << 10);
    #used = 0;
    /** Per number: where its bytes start in #bytes (-1: kept in #others), and how many there are. */
    #starts = new Int32Array(1024);
    #lengths = new Int32Array(1024);
    /** Per number: its hash, so that growing the table reads no bytes again. */
    #hashes = new Int32Array(1024);
    #count = 0;
    /** Number + 1 by hash slot, for ASCII strings; 0 is an empty slot. At least twice the strings. */
    #table = new Int32Array(2048);
    #ascii = 0;
    #others = new Map();
    #otherOf = new Map();
    get count() {
        return this.#count;
    }
    /** The number of this string, given a new one if it has none yet. */
    intern(text) {
        const hash = asciiHash(text);
        if (hash < 0) {
            let code = this.#others.get(text);
            if (code === undefined) {
                code = this.#next(-1, 0, 0);
                this.#others.set(text, code);
                this.#otherOf.set(code, text);
            }
            return code;
        }
        const mask = this.#table.length - 1;
        let slot = hash & mask;
        for (let stored = this.#table[slot]; stored !== 0; stored = this.#table[(slot = (slot + 1) & mask)]) {
            if (this.#equals(stored - 1, text))
                return stored - 1;
        }
        const start = this.#store(text);
        const code = this.#next(start, text.length, hash);
        this.#table[slot] = code + 1;
        this.#ascii += 1;
        if (2 * this.#ascii > this.#table.length)
            this.#rehash();
        return code;
    }
    stringOf(code) {
        const start = this.#starts[code];
        if (start < 0)
            return this.#otherOf.get(code);
        return Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset + start, this.#lengths[code]).toString('latin1');
    }
    #next(start, length, hash) {
        const code = this.#count;
        if (code === this.#starts.length) {
            this.#starts = grown(this.#starts, grownLength(code));
            this.#lengths = grown(this.#lengths, grownLength(code));
            this.#hashes = grown(this.#hashes, grownLength(code));
        }
        this.#starts[code] = start;
        this.#lengths[code] = length;
        this.#hashes[code] = hash;
        this.#count += 1;
        return code;
    }
    #store(text) {
        if (this.#used + text.length > this.#bytes.length)
            this.#bytes = grown(this.#bytes, Math.max(grownLength(this.#bytes.length), this.#used + text.length));
        const start = this.#used;
        for (let i = 0; i < text.length; i += 1)
            this.#bytes[start + i] = text.charCodeAt(i);
        this.#used += text.length;
        return start;
    }
    #equals(code, text) {
        const start = this.#starts[code];
        if (this.#lengths[code] !== text.length)
            return false;
        for (let i = 0; i < text.length; i += 1)
            if (this.#bytes[start + i] !== text.charCodeAt(i))
                return false;
        return true;
    }
    #rehash() {
        this.#table = new Int32Array(this.#table.length * 2);
        const mask = this.#table.length - 1;
        for (let code = 0; code < this.#count; code += 1) {
            const start = this.#starts[code];
            if (start < 0)
                continue;
            let slot = this.#hashes[code] & mask;
            while (this.#table[slot] !== 0)
                slot = (slot + 1) & mask;
            this.#table[slot] = code + 1;
        }
    }
}
/** FNV-1a of an ASCII string's characters (as a non-negative number); -1 when it holds another character. */
function asciiHash(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        if (code >= 0x80)
            return -1;
        hash = Math.imul(hash ^ code, 0x01000193);
    }
    return hash >>> 1;
}
function grown(array, length) {
    const bigger = new array.constructor(length);
    bigger.set(array);
    return bigger;
}
