import { type ChunkedReporter } from './reporter.js';
import { type FileResult } from './results.js';
import { type LocatedReportContext } from './sarif.js';
/** Escapes text for an XML attribute value or element content. */
export declare const xml: (text: string) => string;
/**
 * JUnit XML for CI systems that read test reports (GitLab, Jenkins, Azure Pipelines, CircleCI): one test
 * suite per file, one failing test case per problem (its `type` is the severity), a passing test case for
 * a file without problems, and an `<error>` for a file that could not be read. Made in pieces: the counts
 * the heads carry are taken first, then the cases are written one at a time.
 */
export declare const junitChunks: ChunkedReporter<LocatedReportContext>;
export declare const junitReporter: (results: readonly FileResult[], context: LocatedReportContext) => string;
