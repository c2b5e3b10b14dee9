import { constants } from 'node:os';
import { removePendingFiles } from '../repairing/temp-files.js';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * On SIGINT, SIGTERM or SIGHUP: remove the temp files and the stdin spool still in use, then exit with
 * 128 + the signal's number (130, 143, 129), as a shell reports a process the signal killed.
 */
export function cleanUpOnInterrupt() {
    for (const signal of SIGNALS) {
        process.once(signal, () => {
            removePendingFiles();
            process.exit(128 + constants.signals[signal]);
        });
    }
}
