import { REPORT_FORMATS, type ReportFormat } from './formats.js';
import type { Reporter } from './reporter.js';
export declare const REPORTERS: {
    stylish: Reporter;
    json: Reporter;
    compact: Reporter;
    sarif: (results: readonly import("./results.js").FileResult[], context: import("./sarif.js").LocatedReportContext) => string;
    github: (results: readonly import("./results.js").FileResult[], context: import("./sarif.js").LocatedReportContext) => string;
    junit: (results: readonly import("./results.js").FileResult[], context: import("./sarif.js").LocatedReportContext) => string;
};
/** The formats that can also be made in pieces, written as they are made (a million problems in JSON). */
export declare const STREAMED_REPORTS: Partial<Record<ReportFormat, (...args: Parameters<Reporter>) => Iterable<string>>>;
export { REPORT_FORMATS, type ReportFormat };
