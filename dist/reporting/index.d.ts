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
export { REPORT_FORMATS, type ReportFormat };
