/**
 * Writes the report to a file or stdout. Sets no exit code and never calls process.exit: a pipe on
 * POSIX is written asynchronously, and exiting early truncates long JSON output. A report given in pieces
 * is written as it is made, never held whole.
 */
export declare function writeReport(text: string | Iterable<string>, outputFile: string | undefined): Promise<void>;
/** `session-doctor check | head` closes the pipe early: that is not an error. */
export declare function ignoreClosedPipe(): void;
