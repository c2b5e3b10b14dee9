import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { toInputError } from '../reading/input-error.js';
/** Pieces of a streamed report are written in batches of about this many characters. */
const BATCH = 1 << 20;
/**
 * Writes the report to a file or to `stream` (stdout). Sets no exit code and never calls process.exit: a
 * pipe on POSIX is written asynchronously, and exiting early truncates long JSON output. A report given in
 * pieces is written as it is made, in batches, never held whole.
 */
export async function writeReport(text, outputFile, stream = process.stdout) {
    if (typeof text !== 'string') {
        await writePieces(text, outputFile, stream);
        return;
    }
    if (outputFile !== undefined) {
        await writeFile(outputFile, text).catch((error) => Promise.reject(toInputError(outputFile, error)));
        return;
    }
    if (text === '')
        return;
    await new Promise((resolve, reject) => {
        stream.write(text, (error) => (error ? reject(error) : resolve()));
    });
}
async function writePieces(pieces, outputFile, out) {
    const stream = outputFile === undefined ? out : createWriteStream(outputFile);
    const failed = new Promise((_, reject) => stream.once('error', (error) => reject(outputFile === undefined ? error : toInputError(outputFile, error))));
    failed.catch(() => undefined);
    const write = (chunk) => Promise.race([new Promise((resolve) => (stream.write(chunk) ? resolve() : stream.once('drain', resolve))), failed]);
    let batch = '';
    for (const piece of pieces) {
        batch += piece;
        if (batch.length >= BATCH) {
            await write(batch);
            batch = '';
        }
    }
    if (outputFile === undefined) {
        if (batch !== '')
            await Promise.race([new Promise((resolve, reject) => stream.write(batch, (error) => (error ? reject(error) : resolve()))), failed]);
        return;
    }
    // end's callback is also called when the stream fails (the file cannot be opened): `failed` says why.
    await Promise.race([new Promise((resolve) => stream.end(batch, (error) => (error ? undefined : resolve()))), failed]);
}
/** `session-doctor check | head` closes the pipe early: that is not an error. */
export function ignoreClosedPipe() {
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
}
