import { type ReportContext } from './reporter.js';
import { type FileResult } from './results.js';
/** Version of the JSON document's shape; raised on any incompatible change. */
export declare const JSON_REPORT_VERSION = 1;
/** `value` as JSON.stringify(…, null, 2) writes it `depth` levels deep. */
export declare const at: (value: unknown, depth: number) => string;
/**
 * The JSON document (README, "JSON output"), in pieces: byte for byte what JSON.stringify(document, null, 2)
 * writes, but made one problem at a time, so that a million problems are never held as a million objects
 * and one string. Every line of a run (`endLine`) is listed.
 */
export declare function jsonReportChunks(results: readonly FileResult[], { command, summary, toolVersion, statistics }: ReportContext): Iterable<string>;
/** The whole document as one string (the library's formatReport). */
export declare const jsonReporter: (results: readonly FileResult[], context: ReportContext) => string;
