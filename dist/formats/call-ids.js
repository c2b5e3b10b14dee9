import { grownArray, grownLength, release } from './typed-arrays.js';
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
export class CallIds {
    /** The code units of every id, one after the other: bytes while every unit is below 256. */
    #units = new Uint8Array(64);
    #used = 0;
    /** Per id: where its units start, how many there are, and its hash (a rehash and a probe read it, not the units). */
    #starts = new Uint32Array(16);
    #lengths = new Uint32Array(16);
    #hashes = new Uint32Array(16);
    /** Open addressing, linear probing: the id's number + 1, or 0 for a free place. At most half full. */
    #table = new Uint32Array(16);
    #size = 0;
    get size() {
        return this.#size;
    }
    /** The number of `id`, or -1 when it was never added. */
    find(id) {
        return this.#find(id, hash(id));
    }
    /** The number of `id`, added if it is not there yet. */
    intern(id) {
        const idHash = hash(id);
        const number = this.#find(id, idHash);
        return number === -1 ? this.#add(id, idHash) : number;
    }
    /** Adds `id`, which must not be there yet, and returns its number. */
    add(id) {
        return this.#add(id, hash(id));
    }
    /** The id a find did not find last, and the free place where it would go: an add of it right after takes it from there. */
    #missed;
    #missedPlace = 0;
    #find(id, idHash) {
        const table = this.#table;
        const mask = table.length - 1;
        for (let place = idHash & mask;; place = (place + 1) & mask) {
            const entry = table[place];
            if (entry === 0) {
                this.#missed = id;
                this.#missedPlace = place;
                return -1;
            }
            if (this.#hashes[entry - 1] === idHash && this.#is(entry - 1, id))
                return entry - 1;
        }
    }
    #add(id, idHash) {
        const number = this.#size;
        if (number === this.#lengths.length) {
            this.#starts = grownArray(this.#starts, grownLength(number));
            this.#lengths = grownArray(this.#lengths, grownLength(number));
            this.#hashes = grownArray(this.#hashes, grownLength(number));
        }
        if (this.#used + id.length > this.#units.length)
            this.#units = grownArray(this.#units, Math.max(grownLength(this.#units.length), this.#used + id.length));
        const used = this.#used;
        // Copied, and copied again into wider units if one did not fit a byte.
        const units = this.#units;
        let all = 0;
        for (let k = 0; k < id.length; k += 1) {
            const unit = id.charCodeAt(k);
            units[used + k] = unit;
            all |= unit;
        }
        if (all > 0xff && units instanceof Uint8Array) {
            const wide = grownArray(units, units.length, (length) => new Uint16Array(length));
            this.#units = wide;
            for (let k = 0; k < id.length; k += 1)
                wide[used + k] = id.charCodeAt(k);
        }
        this.#starts[number] = used;
        this.#lengths[number] = id.length;
        this.#hashes[number] = idHash;
        this.#used += id.length;
        this.#size += 1;
        // Added right after a find that missed it (the usual way, as Codex's calls come): its place is known,
        // nothing moved since.
        if (this.#size * 2 > this.#table.length)
            this.#rehash(this.#table.length * 2);
        else if (id === this.#missed)
            this.#table[this.#missedPlace] = number + 1;
        else
            this.#place(number, idHash);
        this.#missed = undefined;
        return number;
    }
    /** The id numbered `number`. */
    id(number) {
        const start = this.#starts[number];
        const end = start + this.#lengths[number];
        let id = '';
        // In pieces: an argument list has a limit, and a call id may be long.
        for (let at = start; at < end; at += 4096)
            id += String.fromCharCode(...this.#units.subarray(at, Math.min(end, at + 4096)));
        return id;
    }
    #is(number, id) {
        if (this.#lengths[number] !== id.length)
            return false;
        const units = this.#units;
        const start = this.#starts[number];
        for (let k = 0; k < id.length; k += 1)
            if (units[start + k] !== id.charCodeAt(k))
                return false;
        return true;
    }
    #place(number, idHash) {
        const table = this.#table;
        const mask = table.length - 1;
        let place = idHash & mask;
        while (table[place] !== 0)
            place = (place + 1) & mask;
        table[place] = number + 1;
    }
    #rehash(length) {
        release(this.#table);
        this.#table = new Uint32Array(length);
        for (let number = 0; number < this.#size; number += 1)
            this.#place(number, this.#hashes[number]);
    }
}
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a over the UTF-16 code units. */
function hash(id) {
    let h = FNV_OFFSET;
    for (let k = 0; k < id.length; k += 1)
        h = Math.imul(h ^ id.charCodeAt(k), FNV_PRIME);
    return h >>> 0;
}
