import { grownArray, grownLength, release } from '../typed-arrays.js';
import { RecentStrings } from '../recent-strings.js';
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
    /**
     * Two numbers per hash slot: entry + 1 (0 for an empty slot), and the hash of its uuid, so that a probe
     * compares words only at a slot whose hash matches, and a rehash reads no words. Its slots are a power
     * of two, at least twice the entries.
     */
    #table = new Int32Array(2 * 2048);
    #canonical = 0;
    /** Uuids that are not canonical, both ways. */
    #others = new Map();
    #otherOf = new Map();
    /** Scratch words of the uuid being looked up. */
    #key = new Int32Array(4);
    /** The uuids added last, and their entries. */
    #recent = new RecentStrings();
    /** The entry of this uuid, or undefined. */
    get(uuid) {
        const recent = this.#recent.find(uuid);
        if (recent >= 0)
            return recent;
        if (!parseUuid(uuid, this.#key))
            return this.#others.get(uuid);
        const found = this.#table[2 * this.#slotOf(this.#key, hash(this.#key))] - 1;
        return found < 0 ? undefined : found;
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
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const found = table[2 * slot] - 1;
            if (found < 0)
                return slot;
            if (table[2 * slot + 1] !== h)
                continue;
            const at = 4 * found;
            if (words[at] === k0 && words[at + 1] === k1 && words[at + 2] === k2 && words[at + 3] === k3)
                return slot;
        }
    }
    /** Adds a uuid for entry `e` (entries are added in ascending order); false when the index holds it already. */
    add(uuid, e) {
        if (!parseUuid(uuid, this.#key)) {
            if (this.#others.has(uuid))
                return false;
            this.#others.set(uuid, e);
            this.#otherOf.set(e, uuid);
        }
        else {
            if (2 * (this.#canonical + 1) > this.#table.length >> 1)
                this.#rehash(this.#table.length);
            const h = hash(this.#key);
            const slot = this.#slotOf(this.#key, h);
            if (this.#table[2 * slot] !== 0)
                return false;
            if (4 * e + 4 > this.#words.length)
                this.#words = grownArray(this.#words, 4 * grownLength(Math.max(this.#words.length / 4, e + 1)));
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
        if (other !== undefined)
            return other;
        let hex = '';
        for (let k = 0; k < 4; k += 1)
            hex += (this.#words[4 * e + k] >>> 0).toString(16).padStart(8, '0');
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    /** Moves every entry to a table of this many slots, by the hashes it keeps. */
    #rehash(slots) {
        const old = this.#table;
        const table = new Int32Array(2 * slots);
        const mask = slots - 1;
        for (let from = 0; from < old.length; from += 2) {
            if (old[from] === 0)
                continue;
            let slot = old[from + 1] & mask;
            while (table[2 * slot] !== 0)
                slot = (slot + 1) & mask;
            table[2 * slot] = old[from];
            table[2 * slot + 1] = old[from + 1];
        }
        this.#table = table;
        release(old);
    }
}
/** A lowercase hex digit's value, -1 for any other character code below 128. */
const HEX = new Int8Array(128).fill(-1);
for (let d = 0; d < 16; d += 1)
    HEX['0123456789abcdef'.charCodeAt(d)] = d;
const DASH = 0x2d;
/** Where the 32 digits of a canonical uuid are. */
const DIGIT_AT = Uint8Array.from({ length: 36 }, (_, i) => i).filter((i) => i !== 8 && i !== 13 && i !== 18 && i !== 23);
/** Reads `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (lowercase hex) into four words; false for anything else. */
function parseUuid(uuid, into) {
    if (uuid.length !== 36 || uuid.charCodeAt(8) !== DASH || uuid.charCodeAt(13) !== DASH || uuid.charCodeAt(18) !== DASH || uuid.charCodeAt(23) !== DASH)
        return false;
    /** Negative once a character is no digit (-1 from HEX, or a code of 128 and more). */
    let bad = 0;
    let word = 0;
    for (let k = 0; k < 32; k += 1) {
        const code = uuid.charCodeAt(DIGIT_AT[k]);
        const value = HEX[code & 127] | ((127 - code) >> 31);
        bad |= value;
        word = (word << 4) | (value & 15);
        if ((k & 7) === 7)
            into[k >> 3] = word;
    }
    return bad >= 0;
}
/** A hash of a uuid's four words. */
function hash(key) {
    let h = Math.imul(key[0] ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ key[1] ^ (h >>> 15), 0xc2b2ae35);
    h = Math.imul(h ^ key[2] ^ (h >>> 13), 0x85ebca6b);
    h = Math.imul(h ^ key[3] ^ (h >>> 16), 0xc2b2ae35);
    return h ^ (h >>> 15);
}
