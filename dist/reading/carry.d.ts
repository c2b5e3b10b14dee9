/**
 * The start of a line that goes on in the next chunk, copied out of the chunk (whose memory the reader
 * reuses) into a buffer that grows by doubling, so that a line of tens of MiB costs linear time. The
 * buffer is reused for the next such line, unless it grew past KEPT_BYTES for a very long one, so that
 * lines of a few MiB cost no allocation and one huge line does not keep its memory for the rest of the file.
 */
export declare class Carry {
    #private;
    static readonly KEPT_BYTES: number;
    get length(): number;
    /** The bytes carried: valid until the next append after a clear(). */
    bytes(): Buffer;
    append(bytes: Uint8Array): void;
    /** Carries nothing from here on (the bytes() taken stay valid until the next append). */
    clear(): void;
}
