import { codexLegacy, responsesItems } from './codex/bare-items.js';
import { codexEnvelope, isCodexEnvelopeType } from './codex/envelope.js';
import { claudeCode } from './claude-code/adapter.js';
import { CLAUDE_RULES } from './claude-code/rules/index.js';
import { CODEX_RULES } from './codex/rules/index.js';
/** Detection order: the most specific shape first. */
export const FORMATS = [codexEnvelope, codexLegacy, responsesItems, claudeCode];
/** The rules of each format's own, besides the shared ones. */
export const FORMAT_RULES = [...CODEX_RULES, ...CLAUDE_RULES];
export { FORMAT_NAMES } from './names.js';
export function formatByName(name) {
    const format = FORMATS.find((candidate) => candidate.name === name);
    if (!format)
        throw new Error(`unknown input format ${name}`);
    return format;
}
/** The format a record shows, if any. */
export function detectFormat(record) {
    return FORMATS.find((format) => format.matches(record));
}
/**
 * The format of a file whose first records show none: a record of a Codex envelope type (a damaged
 * rollout) makes it the current Codex envelope, so that its rules say what is wrong; otherwise none.
 */
export function fallbackFormat(records) {
    return records.some((record) => isCodexEnvelopeType(record.type)) ? codexEnvelope : undefined;
}
