import { jsonReportChunks } from './json.js';
import { REPORT_FORMATS, type ReportFormat } from './formats.js';
import { type ChunkedReporter } from './reporter.js';
import type { FileResult } from './results.js';
import { type LocatedReportContext } from './sarif.js';
/** Every format, made in pieces: the CLI writes a report as it is made (a million problems, never held whole). */
export declare const REPORT_CHUNKS: {
    stylish: ChunkedReporter;
    json: typeof jsonReportChunks;
    compact: ChunkedReporter;
    sarif: ChunkedReporter<LocatedReportContext>;
    github: ChunkedReporter<LocatedReportContext>;
    junit: ChunkedReporter<LocatedReportContext>;
};
/** Every format as one string (the library's formatReport). */
export declare const REPORTERS: Record<ReportFormat, (results: readonly FileResult[], context: LocatedReportContext) => string>;
export { REPORT_FORMATS, type ReportFormat };
