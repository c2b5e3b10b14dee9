/** A growable list of 32-bit integers. */
export declare class IntList {
    #private;
    length: number;
    push(value: number): number;
    at(index: number): number;
    set(index: number, value: number): void;
    /** The values, as a view of the list's own array: valid until the next push (growing releases the array). */
    values(): Int32Array;
}
