import { compactChunks } from './compact.js';
import { githubChunks } from './github.js';
import { jsonReportChunks } from './json.js';
import { junitChunks } from './junit.js';
import { REPORT_FORMATS, type ReportFormat } from './formats.js';
import { joined, type ChunkedReporter } from './reporter.js';
import type { FileResult } from './results.js';
import { sarifChunks, type LocatedReportContext } from './sarif.js';
import { stylishChunks } from './stylish.js';

/** Every format, made in pieces: the CLI writes a report as it is made (a million problems, never held whole). */
export const REPORT_CHUNKS = {
  stylish: stylishChunks,
  json: jsonReportChunks,
  compact: compactChunks,
  sarif: sarifChunks,
  github: githubChunks,
  junit: junitChunks,
} satisfies Record<ReportFormat, ChunkedReporter>;

/** Every format as one string (the library's formatReport). */
export const REPORTERS = Object.fromEntries(REPORT_FORMATS.map((format) => [format, joined<LocatedReportContext>(REPORT_CHUNKS[format])])) as Record<
  ReportFormat,
  (results: readonly FileResult[], context: LocatedReportContext) => string
>;

export { REPORT_FORMATS, type ReportFormat };
