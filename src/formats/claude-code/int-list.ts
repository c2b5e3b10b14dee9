/** Typed arrays grow by half again: a long file then wastes at most a third of each. */
export const grownLength = (length: number) => length + (length >> 1) + 16;

/** A growable list of 32-bit integers. */
export class IntList {
  #values = new Int32Array(1024);
  length = 0;

  push(value: number): number {
    if (this.length === this.#values.length) {
      const grown = new Int32Array(grownLength(this.#values.length));
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.length] = value;
    return this.length++;
  }

  at(index: number): number {
    return this.#values[index]!;
  }

  set(index: number, value: number): void {
    this.#values[index] = value;
  }

  /** The values, as a view of the list's own array. */
  values(): Int32Array {
    return this.#values.subarray(0, this.length);
  }
}
