/** Half again as many, and a few more: a long file then wastes at most a third of each array. */
export const grownLength = (length) => length + (length >> 1) + 16;
/**
 * Below this size an array is not released: V8 keeps small typed arrays on its heap (asking for their
 * buffer would move them off it), and their copies weigh little.
 */
const RELEASED_BYTES = 64 * 1024;
/**
 * Gives back the memory of an array that is no longer used. It must own its buffer: every view of that
 * buffer is emptied.
 */
export function release(array) {
    if (array.byteLength < RELEASED_BYTES)
        return;
    // The arrays here are made with `new`: their buffer is an ArrayBuffer of their own, never shared.
    structuredClone(array.buffer, { transfer: [array.buffer] });
}
/**
 * `array`'s values at the start of a new array of `length` elements, made by `make` (by default of the
 * same kind); `array` is released.
 */
export function grownArray(array, length, make) {
    const bigger = make ? make(length) : (new array.constructor(length));
    bigger.set(array);
    release(array);
    return bigger;
}
