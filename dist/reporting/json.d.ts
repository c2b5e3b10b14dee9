import type { Reporter } from './reporter.js';
/** Version of the JSON document's shape; raised on any incompatible change. */
export declare const JSON_REPORT_VERSION = 1;
/** One JSON document: the machine-readable contract (README, "JSON output"). */
export declare const jsonReporter: Reporter;
