import { grownArray } from '../formats/typed-arrays.js';
/**
 * A growable set of line numbers as a bit field: 1 bit per line, so it stays small on huge files. It starts
 * at 64 bytes, which V8 keeps on its heap: a larger typed array is allocated and freed outside it, a cost per
 * file that a folder of thousands of small sessions felt.
 */
export class LineSet {
    #bits = new Uint8Array(64);
    add(line) {
        const index = line >>> 3;
        if (index >= this.#bits.length)
            this.#bits = grownArray(this.#bits, Math.max(this.#bits.length * 2, index + 1));
        this.#bits[index] |= 1 << (line & 7);
    }
    has(line) {
        const index = line >>> 3;
        return index < this.#bits.length && (this.#bits[index] & (1 << (line & 7))) !== 0;
    }
}
