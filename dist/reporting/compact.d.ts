import { type ChunkedReporter } from './reporter.js';
/** One line per problem, `path:line:1: severity rule message`, for editors and grep. Control characters in
 *  a path are escaped as in messages: a file name must not break the line or drive the terminal. */
export declare const compactChunks: ChunkedReporter;
export declare const compactReporter: (results: readonly import("./results.js").FileResult[], context: import("./reporter.js").ReportContext) => string;
