/** A growable set of line numbers as a bit field: 1 bit per line, so it stays small on huge files. */
export class LineSet {
    #bits = new Uint8Array(1024);
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
        return index < this.#bits.length && (this.#bits[index] & (1 << (line & 7))) !== 0;
    }
}
