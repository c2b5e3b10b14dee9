import { grownLength } from './int-list.js';
/**
 * The uuids of a transcript's entries, by entry number, in a few bytes each: a canonical lowercase UUID
 * (what Claude Code writes) is kept as its 16 bytes in a typed array and found through an open-addressing
 * table of entry numbers, so that a long transcript costs no string or map entry per line. Any other
 * string (hand-written fixtures, other tools) is kept as it is, in a map: lookups stay exact either way,
 * as a canonical and a non-canonical string never spell the same uuid.
 */
export class UuidIndex {
    /** Four 32-bit words per entry, for canonical uuids. */
    #words = new Int32Array(4 * 1024);
    /** Entry + 1 by hash slot; 0 is an empty slot. Its size is a power of two, at least twice the entries. */
    #table = new Int32Array(2048);
    #canonical = 0;
    /** Uuids that are not canonical, both ways. */
    #others = new Map();
    #otherOf = new Map();
    /** Scratch words of the uuid being looked up. */
    #key = new Int32Array(4);
    /** The entry of this uuid, or undefined. */
    get(uuid) {
        if (!parseUuid(uuid, this.#key))
            return this.#others.get(uuid);
        const found = this.#find(this.#key);
        return found < 0 ? undefined : found;
    }
    /** The entry whose words these are, -1 for none. */
    #find(key) {
        const mask = this.#table.length - 1;
        for (let slot = hash(key, 0) & mask;; slot = (slot + 1) & mask) {
            const found = this.#table[slot] - 1;
            if (found < 0)
                return -1;
            const at = 4 * found;
            if (this.#words[at] === key[0] && this.#words[at + 1] === key[1] && this.#words[at + 2] === key[2] && this.#words[at + 3] === key[3])
                return found;
        }
    }
    /** Adds a uuid for entry `e` (entries are added in ascending order); false when the index holds it already. */
    add(uuid, e) {
        if (!parseUuid(uuid, this.#key)) {
            if (this.#others.has(uuid))
                return false;
            this.#others.set(uuid, e);
            this.#otherOf.set(e, uuid);
            return true;
        }
        if (this.#find(this.#key) >= 0)
            return false;
        if (4 * e + 4 > this.#words.length) {
            const words = new Int32Array(4 * grownLength(Math.max(this.#words.length / 4, e + 1)));
            words.set(this.#words);
            this.#words = words;
        }
        this.#words.set(this.#key, 4 * e);
        if (2 * (this.#canonical + 1) > this.#table.length)
            this.#rehash(2 * this.#table.length);
        this.#canonical += 1;
        this.#insert(e);
        return true;
    }
    uuidOf(e) {
        const other = this.#otherOf.get(e);
        if (other !== undefined)
            return other;
        let hex = '';
        for (let k = 0; k < 4; k += 1)
            hex += (this.#words[4 * e + k] >>> 0).toString(16).padStart(8, '0');
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    #insert(e) {
        const mask = this.#table.length - 1;
        let slot = hash(this.#words, 4 * e) & mask;
        while (this.#table[slot] !== 0)
            slot = (slot + 1) & mask;
        this.#table[slot] = e + 1;
    }
    #rehash(size) {
        const old = this.#table;
        this.#table = new Int32Array(size);
        for (const stored of old)
            if (stored !== 0)
                this.#insert(stored - 1);
    }
}
/** A lowercase hex digit's value, -1 for any other character code. */
const HEX = new Int8Array(128).fill(-1);
for (let d = 0; d < 16; d += 1)
    HEX['0123456789abcdef'.charCodeAt(d)] = d;
/** Reads `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (lowercase hex) into four words; false for anything else. */
function parseUuid(uuid, into) {
    if (uuid.length !== 36)
        return false;
    let word = 0;
    let digits = 0;
    for (let i = 0; i < 36; i += 1) {
        const code = uuid.charCodeAt(i);
        if (i === 8 || i === 13 || i === 18 || i === 23) {
            if (code !== 0x2d)
                return false;
            continue;
        }
        const value = code < 128 ? HEX[code] : -1;
        if (value < 0)
            return false;
        word = (word << 4) | value;
        digits += 1;
        if (digits % 8 === 0)
            into[digits / 8 - 1] = word;
    }
    return true;
}
/** A hash of the four words at `at`. */
function hash(words, at) {
    let h = Math.imul(words[at] ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ words[at + 1] ^ (h >>> 15), 0xc2b2ae35);
    h = Math.imul(h ^ words[at + 2] ^ (h >>> 13), 0x85ebca6b);
    h = Math.imul(h ^ words[at + 3] ^ (h >>> 16), 0xc2b2ae35);
    return (h ^ (h >>> 15)) >>> 0;
}
