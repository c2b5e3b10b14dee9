/** A growable set of line numbers as a bit field: 1 bit per line, so it stays small on huge files. */
export declare class LineSet {
    #private;
    add(line: number): void;
    has(line: number): boolean;
}
