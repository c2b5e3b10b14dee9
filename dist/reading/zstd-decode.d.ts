/** Decompresses a zstd stream; a corrupt one fails with "not a valid zstd file (…)", and never hangs. */
export declare function decompressZstd(compressed: AsyncIterable<Buffer>): AsyncIterable<Buffer>;
