/** Typed arrays grow by half again: a long file then wastes at most a third of each. */
export declare const grownLength: (length: number) => number;
/** A growable list of 32-bit integers. */
export declare class IntList {
    #private;
    length: number;
    push(value: number): number;
    at(index: number): number;
    set(index: number, value: number): void;
    /** The values, as a view of the list's own array. */
    values(): Int32Array;
}
