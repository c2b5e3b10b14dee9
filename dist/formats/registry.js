import { codexLegacy, responsesItems } from './codex/bare-items.js';
import { codexEnvelope } from './codex/envelope.js';
import { CODEX_RULES } from './codex/rules/index.js';
/** Detection order: the most specific shape first. */
export const FORMATS = [codexEnvelope, codexLegacy, responsesItems];
/** The rules of each format's own, besides the shared ones. */
export const FORMAT_RULES = [...CODEX_RULES];
export { FORMAT_NAMES } from './names.js';
export function formatByName(name) {
    const format = FORMATS.find((candidate) => candidate.name === name);
    if (!format)
        throw new Error(`unknown input format ${name}`);
    return format;
}
/**
 * Picks the format from the first parsed record. A record no format recognizes is taken as the
 * current Codex envelope, the tool's main format, so that its rules say what is wrong with it.
 */
export function detectFormat(firstRecord) {
    return FORMATS.find((format) => format.matches(firstRecord)) ?? codexEnvelope;
}
