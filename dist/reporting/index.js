import { compactChunks } from './compact.js';
import { githubChunks } from './github.js';
import { jsonReportChunks } from './json.js';
import { junitChunks } from './junit.js';
import { REPORT_FORMATS } from './formats.js';
import { joined } from './reporter.js';
import { sarifChunks } from './sarif.js';
import { stylishChunks } from './stylish.js';
/** Every format, made in pieces: the CLI writes a report as it is made (a million problems, never held whole). */
export const REPORT_CHUNKS = {
    stylish: stylishChunks,
    json: jsonReportChunks,
    compact: compactChunks,
    sarif: sarifChunks,
    github: githubChunks,
    junit: junitChunks,
};
/** Every format as one string (the library's formatReport). */
export const REPORTERS = Object.fromEntries(REPORT_FORMATS.map((format) => [format, joined(REPORT_CHUNKS[format])]));
export { REPORT_FORMATS };
