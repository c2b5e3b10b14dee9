import type { Rule } from '../checking/rule.js';
import type { FormatAdapter, FormatName } from './format.js';
/** Detection order: the most specific shape first. */
export declare const FORMATS: readonly FormatAdapter[];
/** The rules of each format's own, besides the shared ones. */
export declare const FORMAT_RULES: readonly Rule[];
export { FORMAT_NAMES } from './names.js';
export declare function formatByName(name: FormatName): FormatAdapter;
/**
 * Picks the format from the first parsed record. A record no format recognizes is taken as the
 * current Codex envelope, the tool's main format, so that its rules say what is wrong with it.
 */
export declare function detectFormat(firstRecord: object): FormatAdapter;
