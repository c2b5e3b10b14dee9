import { createReadStream } from 'node:fs';
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Decompress } from 'fzstd';
import { InputError, toInputError } from './input-error.js';

/** 1 MiB reads: measured ~2.5x faster than 64 KiB for the line splitter (cli-conventions §5.2). */
export const READ_CHUNK_BYTES = 1 << 20;

/**
 * Opens a session file for streaming. Only regular files are accepted: a FIFO or device would
 * never end or could not be read twice (fix reads its input twice).
 */
export async function openInputFile(path: string): Promise<{ stats: Stats; chunks: AsyncIterable<Buffer> }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw toInputError(path, error);
  }
  if (info.isDirectory()) throw new InputError(path, 'is a folder, not a file');
  if (!info.isFile()) throw new InputError(path, 'not a regular file (FIFOs and devices are not read; use - for stdin)');
  return { stats: info, chunks: readChunks(path) };
}

/** Codex's compressed cold rollouts (`rollout-….jsonl.zst`). */
export const isCompressed = (path: string) => path.endsWith('.zst');

/** Streams a file's bytes (decompressed, for a .zst file), turning errors into InputErrors that name the file. */
export async function* readChunks(path: string): AsyncIterable<Buffer> {
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  try {
    yield* isCompressed(path) ? decompressZstd(stream) : (stream as AsyncIterable<Buffer>);
  } catch (error) {
    throw toInputError(path, error);
  } finally {
    stream.destroy();
  }
}

async function* decompressZstd(compressed: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  let out: Buffer[] = [];
  const decoder = new Decompress((data) => out.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength)));
  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      decoder.push(chunk, final);
    } catch (error) {
      throw new Error(`not a valid zstd file (${(error as Error).message})`);
    }
  };
  for await (const chunk of compressed) {
    push(chunk, false);
    yield* out;
    out = [];
  }
  push(new Uint8Array(0), true);
  yield* out;
}
