/**
 * Text appended piece by piece and read back once, in order: held in memory up to a MiB or so, and in a
 * temp file beyond that (the spill folder of sorted-runs.ts, removed at exit), so that memory stays flat
 * however much is appended.
 */
export declare class TextSpool {
    #private;
    /** The characters appended since the spool was last drained. */
    get length(): number;
    append(text: string): void;
    /** The text in pieces, in order; the spool is empty again once they are all read. */
    drain(): Generator<string>;
}
