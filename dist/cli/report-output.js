import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { toInputError } from '../reading/input-error.js';
/**
 * Pieces of a streamed report are copied into byte buffers of this size, each written when full: two of
 * them, one filled while the other is written. A string batch of a MiB outlived the young generation, so a
 * large report's text piled up as old garbage; copied to bytes at once, each piece dies young.
 */
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
    // A write that fails also fails the stream: `failed` says why (naming the file).
    const send = (bytes) => Promise.race([new Promise((resolve) => stream.write(bytes, (error) => (error ? undefined : resolve()))), failed]);
    const buffers = [Buffer.allocUnsafeSlow(BATCH), Buffer.allocUnsafeSlow(BATCH)];
    /** The write of each buffer under way: it is not filled again before that write is done. */
    const sending = [Promise.resolve(), Promise.resolve()];
    let current = 0;
    let size = 0;
    const flush = async () => {
        if (size === 0)
            return;
        sending[current] = send(buffers[current].subarray(0, size));
        // Awaited later: a failure meanwhile is not an unhandled rejection.
        sending[current].catch(() => undefined);
        current = 1 - current;
        size = 0;
        await sending[current];
    };
    for (const piece of pieces) {
        // A UTF-16 code unit is at most 3 bytes of UTF-8.
        if (size + 3 * piece.length > BATCH)
            await flush();
        if (3 * piece.length > BATCH)
            await send(piece);
        else
            size += buffers[current].write(piece, size);
    }
    await flush();
    await Promise.all(sending);
    if (outputFile === undefined)
        return;
    // end's callback is also called when the stream fails (the file cannot be opened): `failed` says why.
    await Promise.race([new Promise((resolve) => stream.end((error) => (error ? undefined : resolve()))), failed]);
}
/** `session-doctor check | head` closes the pipe early: that is not an error. */
export function ignoreClosedPipe() {
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
}
