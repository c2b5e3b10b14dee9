import { compactReporter } from './compact.js';
import { githubReporter } from './github.js';
import { jsonReportChunks, jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { REPORT_FORMATS, type ReportFormat } from './formats.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter } from './stylish.js';

export const REPORTERS = {
  stylish: stylishReporter,
  json: jsonReporter,
  compact: compactReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter,
} satisfies Record<ReportFormat, Reporter>;

/** The formats that can also be made in pieces, written as they are made (a million problems in JSON). */
export const STREAMED_REPORTS: Partial<Record<ReportFormat, (...args: Parameters<Reporter>) => Iterable<string>>> = { json: jsonReportChunks };

export { REPORT_FORMATS, type ReportFormat };
