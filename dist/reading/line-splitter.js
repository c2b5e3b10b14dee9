import { Carry } from './carry.js';
const LF = 0x0a;
const CR = 0x0d;
const EMPTY = Buffer.alloc(0);
/**
 * Splits a byte stream into lines in linear time, however long a line is: the start of a line that
 * spans chunks is carried over (src/reading/carry.ts; split2 re-splits its whole carry on every chunk,
 * which is quadratic on lines of tens of MiB).
 */
export class LineSplitter {
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
        if (this.skipper)
            return this.#pushSkipping(chunk, visit, this.skipper);
        let start = 0;
        for (let nl = chunk.indexOf(LF, start); nl !== -1; nl = chunk.indexOf(LF, start)) {
            let bytes = chunk.subarray(start, nl);
            if (this.#carry.length > 0)
                bytes = this.#takeCarry(bytes);
            this.#emit(bytes, true, visit);
            start = nl + 1;
        }
        // Copy: the caller may reuse the chunk's memory once push returns.
        if (start < chunk.length)
            this.#carry.append(chunk.subarray(start));
    }
    /** Emits the final line when the input does not end with `\n`. */
    end(visit) {
        if (this.#skipping) {
            this.#skipping = undefined;
            this.#number += 1;
        }
        else if (this.#carry.length > 0)
            this.#emit(this.#takeCarry(EMPTY), false, visit);
    }
    /** push, with the lines the skipper names passed on as pieces of the chunk, or dropped, instead of visited. */
    #pushSkipping(chunk, visit, skipper) {
        let start = 0;
        /** Where the current stretch of passed-over bytes began in this chunk; -1 when there is none. */
        let stretch = -1;
        while (start < chunk.length) {
            if (!this.#skipping && this.#carry.length === 0)
                this.#skipping = skipper.skip(this.#number + 1, this.#offset);
            const nl = chunk.indexOf(LF, start);
            if (this.#skipping === 'pass' && stretch < 0)
                stretch = start;
            if (this.#skipping === 'drop' && stretch >= 0) {
                skipper.skipped(chunk.subarray(stretch, start));
                stretch = -1;
            }
            if (this.#skipping) {
                const end = nl === -1 ? chunk.length : nl + 1;
                this.#offset += end - start;
                start = end;
                if (nl !== -1) {
                    this.#number += 1;
                    this.#skipping = undefined;
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
            if (this.#carry.length > 0)
                bytes = this.#takeCarry(bytes);
            this.#emit(bytes, true, visit);
            start = nl + 1;
        }
        if (stretch >= 0)
            skipper.skipped(chunk.subarray(stretch, start));
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
        let eol = '';
        if (terminated) {
            eol = '\n';
            if (bytes.length > 0 && bytes[bytes.length - 1] === CR) {
                bytes = bytes.subarray(0, bytes.length - 1);
                eol = '\r\n';
            }
        }
        this.#number += 1;
        visit({ number: this.#number, offset: this.#offset, bytes, eol });
        this.#offset += total;
    }
}
