/**
 * Growing the typed arrays that hold a file's calls, ids and entries. An array that lived a while sits in
 * V8's old generation, whose dead objects only a full garbage collection finds: until one runs, every copy
 * that growing left behind keeps its memory. On a 200 MB Claude Code transcript those copies were some
 * 9 MiB of the peak. So growing releases the old array at once: its memory is handed to an ArrayBuffer
 * that nothing holds, which the next minor collection frees (a transfer moves the memory, it copies
 * nothing).
 */
export type GrowableArray = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

/** Half again as many, and a few more: a long file then wastes at most a third of each array. */
export const grownLength = (length: number) => length + (length >> 1) + 16;

/**
 * Below this size an array is not released: V8 keeps small typed arrays on its heap (asking for their
 * buffer would move them off it), and their copies weigh little.
 */
const RELEASED_BYTES = 64 * 1024;

/**
 * Gives back the memory of an array that is no longer used. It must own its buffer: every view of that
 * buffer is emptied.
 */
export function release(array: GrowableArray): void {
  if (array.byteLength < RELEASED_BYTES) return;
  // The arrays here are made with `new`: their buffer is an ArrayBuffer of their own, never shared.
  structuredClone(array.buffer, { transfer: [array.buffer as ArrayBuffer] });
}

/**
 * `array`'s values at the start of a new array of `length` elements, made by `make` (by default of the
 * same kind); `array` is released.
 */
export function grownArray<T extends GrowableArray>(array: T, length: number, make?: (length: number) => T): T {
  const bigger = make ? make(length) : (new (array.constructor as new (length: number) => T)(length));
  bigger.set(array);
  release(array);
  return bigger;
}
