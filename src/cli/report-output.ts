import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { toInputError } from '../reading/input-error.js';

/** Pieces of a streamed report are written in batches of about this many characters. */
const BATCH = 1 << 20;

/**
 * Writes the report to a file or to `stream` (stdout). Sets no exit code and never calls process.exit: a
 * pipe on POSIX is written asynchronously, and exiting early truncates long JSON output. A report given in
 * pieces is written as it is made, in batches, never held whole.
 */
export async function writeReport(text: string | Iterable<string>, outputFile: string | undefined, stream: Writable = process.stdout): Promise<void> {
  if (typeof text !== 'string') {
    await writePieces(text, outputFile, stream);
    return;
  }
  if (outputFile !== undefined) {
    await writeFile(outputFile, text).catch((error) => Promise.reject(toInputError(outputFile, error)));
    return;
  }
  if (text === '') return;
  await new Promise<void>((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

async function writePieces(pieces: Iterable<string>, outputFile: string | undefined, out: Writable): Promise<void> {
  const stream: Writable = outputFile === undefined ? out : createWriteStream(outputFile);
  const failed = new Promise<never>((_, reject) => stream.once('error', (error: Error) => reject(outputFile === undefined ? error : toInputError(outputFile, error))));
  failed.catch(() => undefined);
  const write = (chunk: string) =>
    Promise.race([new Promise<void>((resolve) => (stream.write(chunk) ? resolve() : stream.once('drain', resolve))), failed]);
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH) {
      await write(batch);
      batch = '';
    }
  }
  if (outputFile === undefined) {
    if (batch !== '') await Promise.race([new Promise<void>((resolve, reject) => stream.write(batch, (error) => (error ? reject(error) : resolve()))), failed]);
    return;
  }
  // end's callback is also called when the stream fails (the file cannot be opened): `failed` says why.
  await Promise.race([new Promise<void>((resolve) => stream.end(batch, (error?: Error | null) => (error ? undefined : resolve()))), failed]);
}

/** `session-doctor check | head` closes the pipe early: that is not an error. */
export function ignoreClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
