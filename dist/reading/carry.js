const EMPTY = Buffer.alloc(0);
/**
 * The start of a line that goes on in the next chunk, copied out of the chunk (whose memory the reader
 * reuses) into a buffer that grows by doubling, so that a line of tens of MiB costs linear time. The
 * buffer is reused for the next such line, unless it grew past KEPT_BYTES for a very long one, so that
 * lines of a few MiB cost no allocation and one huge line does not keep its memory for the rest of the file.
 */
export class Carry {
    static KEPT_BYTES = 8 << 20;
    #buffer = EMPTY;
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
            const grown = Buffer.allocUnsafeSlow(Math.max(needed, 2 * this.#buffer.length, 64 << 10));
            this.#buffer.copy(grown, 0, 0, this.#length);
            this.#buffer = grown;
        }
        this.#buffer.set(bytes, this.#length);
        this.#length = needed;
    }
    /** Carries nothing from here on (the bytes() taken stay valid until the next append). */
    clear() {
        this.#length = 0;
        if (this.#buffer.length > Carry.KEPT_BYTES)
            this.#buffer = EMPTY;
    }
}
