/**
 * A growable set of line numbers as a bit field: 1 bit per line, so it stays small on huge files. It starts
 * at 64 bytes, which V8 keeps on its heap: a larger typed array is allocated and freed outside it, a cost per
 * file that a folder of thousands of small sessions felt.
 */
export declare class LineSet {
    #private;
    add(line: number): void;
    has(line: number): boolean;
}
