import type { Rule } from '../checking/rule.js';
import type { FormatAdapter, FormatName } from './format.js';
/** Detection order: the most specific shape first. */
export declare const FORMATS: readonly FormatAdapter[];
/** The rules of each format's own, besides the shared ones. */
export declare const FORMAT_RULES: readonly Rule[];
export { FORMAT_NAMES } from './names.js';
export declare function formatByName(name: FormatName): FormatAdapter;
/** The format a record shows, if any. */
export declare function detectFormat(record: object): FormatAdapter | undefined;
/**
 * The format of a file whose first records show none: a record of a Codex envelope type (a damaged
 * rollout) makes it the current Codex envelope, so that its rules say what is wrong; otherwise none.
 */
export declare function fallbackFormat(records: readonly object[]): FormatAdapter | undefined;
