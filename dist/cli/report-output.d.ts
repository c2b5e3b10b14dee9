import type { Writable } from 'node:stream';
/**
 * Writes the report to a file or to `stream` (stdout). Sets no exit code and never calls process.exit: a
 * pipe on POSIX is written asynchronously, and exiting early truncates long JSON output. A report given in
 * pieces is written as it is made, in batches, never held whole.
 */
export declare function writeReport(text: string | Iterable<string>, outputFile: string | undefined, stream?: Writable): Promise<void>;
/** `session-doctor check | head` closes the pipe early: that is not an error. */
export declare function ignoreClosedPipe(): void;
