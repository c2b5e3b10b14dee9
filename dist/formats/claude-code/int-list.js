import { grownArray, grownLength } from '../typed-arrays.js';
/** A growable list of 32-bit integers. */
export class IntList {
    #values = new Int32Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.#values.length)
            this.#values = grownArray(this.#values, grownLength(this.#values.length));
        this.#values[this.length] = value;
        return this.length++;
    }
    at(index) {
        return this.#values[index];
    }
    set(index, value) {
        this.#values[index] = value;
    }
    /** The values, as a view of the list's own array: valid until the next push (growing releases the array). */
    values() {
        return this.#values.subarray(0, this.length);
    }
}
