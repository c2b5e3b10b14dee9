/** Typed arrays grow by half again: a long file then wastes at most a third of each. */
export const grownLength = (length) => length + (length >> 1) + 16;
/** A growable list of 32-bit integers. */
export class IntList {
    #values = new Int32Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.#values.length) {
            const grown = new Int32Array(grownLength(this.#values.length));
            grown.set(this.#values);
            this.#values = grown;
        }
        this.#values[this.length] = value;
        return this.length++;
    }
    at(index) {
        return this.#values[index];
    }
    set(index, value) {
        this.#values[index] = value;
    }
    /** The values, as a view of the list's own array. */
    values() {
        return this.#values.subarray(0, this.length);
    }
}
