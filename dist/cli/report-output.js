import { writeFile } from 'node:fs/promises';
import { toInputError } from '../reading/input-error.js';
/**
 * Writes the report to a file or stdout. Sets no exit code and never calls process.exit: a pipe on
 * POSIX is written asynchronously, and exiting early truncates long JSON output.
 */
export async function writeReport(text, outputFile) {
    if (outputFile !== undefined) {
        await writeFile(outputFile, text).catch((error) => Promise.reject(toInputError(outputFile, error)));
        return;
    }
    if (text === '')
        return;
    await new Promise((resolve, reject) => {
        process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
    });
}
/** `session-doctor check | head` closes the pipe early: that is not an error. */
export function ignoreClosedPipe() {
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
}
