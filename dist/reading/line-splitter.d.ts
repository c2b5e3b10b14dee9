/** One physical line of a JSONL file, exactly as it is on disk. */
export interface RawLine {
    /** 1-based line number, counting only `\n` as a line break (as `wc -l`, editors and GitHub do). */
    readonly number: number;
    /** Byte offset of the line's first byte in the file. */
    readonly offset: number;
    /** The line's bytes without its terminator (a `\r` before `\n` belongs to the terminator). Only valid
     *  during the visit: copy it to keep it. */
    readonly bytes: Buffer;
    /** The terminator: `\n`, `\r\n`, or `''` for a last line that has none. */
    readonly eol: '' | '\n' | '\r\n';
}
export type LineVisitor = (line: RawLine) => void;
/** Lines a consumer does not need to see: they are never assembled or copied. */
export interface LineSkipper {
    /**
     * What to do with line `number` (1-based), starting at byte `offset`, asked when the line starts: `pass`
     * hands its bytes on to `skipped`, `drop` leaves them out, undefined visits it as usual.
     */
    skip(number: number, offset: number): 'pass' | 'drop' | undefined;
    /** A stretch of passed lines, terminators included, as a piece of the chunk being pushed: valid until
     *  the chunk's memory is reused. Consecutive passed lines of one chunk come as one piece. */
    skipped(bytes: Buffer): void;
}
/**
 * Splits a byte stream into lines in linear time, however long a line is: the start of a line that
 * spans chunks is carried over (src/reading/carry.ts; split2 re-splits its whole carry on every chunk,
 * which is quadratic on lines of tens of MiB).
 */
export declare class LineSplitter {
    #private;
    private readonly skipper?;
    /** `after`: the lines and bytes that came before the stream (its lines are numbered on from them). */
    constructor(skipper?: LineSkipper | undefined, after?: {
        readonly number: number;
        readonly offset: number;
    });
    push(chunk: Buffer, visit: LineVisitor): void;
    /** Emits the final line when the input does not end with `\n`. */
    end(visit: LineVisitor): void;
}
