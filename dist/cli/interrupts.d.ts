/**
 * On SIGINT, SIGTERM or SIGHUP: remove the temp files and the stdin spool still in use, then exit with
 * 128 + the signal's number (130, 143, 129), as a shell reports a process the signal killed.
 */
export declare function cleanUpOnInterrupt(): void;
