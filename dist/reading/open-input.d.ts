import type { Stats } from 'node:fs';
/** 1 MiB reads: measured ~2.5x faster than 64 KiB for the line splitter (cli-conventions §5.2). */
export declare const READ_CHUNK_BYTES: number;
/**
 * Opens a session file for streaming. Only regular files are accepted: a FIFO or device would
 * never end or could not be read twice (fix reads its input twice). The chunks are read into reused
 * buffers (see readChunks): each is valid only until the next is asked for.
 */
export declare function openInputFile(path: string): Promise<{
    stats: Stats;
    chunks: AsyncIterable<Buffer>;
}>;
/** Never block on open or read: a regular file ignores O_NONBLOCK, anything else fails instead of hanging. */
export declare const READ_FLAGS: number;
/** Codex's compressed cold rollouts (`rollout-….jsonl.zst`). */
export declare const isCompressed: (path: string) => boolean;
/**
 * Streams a file's bytes (decompressed, for a .zst file), turning errors into InputErrors that name the file.
 * With `reuseBuffer`, a plain file is read into the same few buffers again and again, so each chunk is
 * valid only until the next is asked for (the line splitter copies what it keeps): a fresh buffer per
 * read would pile up as external memory until a full garbage collection, tens of MiB on a large file.
 */
export declare function readChunks(path: string, options?: {
    readonly reuseBuffer?: boolean;
}): AsyncIterable<Buffer>;
