import { type ChunkedReporter, type ReportContext } from './reporter.js';
/**
 * Where a run happened, for formats that name files relative to a folder (SARIF, GitHub, JUnit).
 * Optional: without it, paths are shown as they were given.
 */
export interface LocationContext {
    /** The working folder the results' relative paths are relative to. */
    readonly cwd?: string;
    /** The folder to show paths relative to (default: cwd). GitHub annotations use GITHUB_WORKSPACE. */
    readonly root?: string;
}
export type LocatedReportContext = ReportContext & LocationContext;
/** Where to learn about the tool (SARIF `informationUri`). */
export declare const TOOL_INFORMATION_URI = "https://www.npmjs.com/package/session-doctor";
/** The `partialFingerprints` key; raised if the fingerprint's recipe ever changes. */
export declare const FINGERPRINT_KEY = "sessionDoctor/v1";
/** A file's place relative to the root: a POSIX relative path, or undefined when it lies outside the root. */
export declare function pathInRoot(path: string, context: LocationContext): {
    relative?: string;
    absolute?: string;
};
/**
 * SARIF 2.1.0: one run, every rule described, one result per diagnostic; files that could not be read
 * become tool execution notifications. Accepted with no error or warning by Microsoft's SARIF validator,
 * GitHub rules included (test/reporting/sarif-validator.test.ts). Made in pieces, byte for byte what
 * JSON.stringify(log, null, 2) writes, one result at a time.
 */
export declare const sarifChunks: ChunkedReporter<LocatedReportContext>;
export declare const sarifReporter: (results: readonly import("./results.js").FileResult[], context: LocatedReportContext) => string;
