import { defineRule } from '../rule.js';
import { removeLine } from './remove-line.js';
export default defineRule({
    name: 'malformed-line',
    code: 'SD201',
    severity: 'error',
    fixable: true,
    summary: 'A line is not a JSON object.',
    explanation: 'Each line of a session file must be one JSON object. A crash in the middle of a write leaves a torn line; when the ' +
        'client next appends it first adds the missing newline, so torn fragments also end up in the middle of a file. ' +
        'Invalid UTF-8 and stray bytes have the same effect, and so does JSON that the client\'s reader rejects though ' +
        'JSON.parse takes it (Codex: a lone surrogate escape such as "\\ud800", an integer beyond 64 bits, nesting deeper ' +
        'than 127 levels; Codex drops such a line without a word). Codex skips such lines with a warning on every load, and ' +
        'whatever record the line held is lost to it already. fix removes the line; its bytes stay in the original (or the ' +
        '.bak backup with --in-place). ' +
        'Claude Code skips such a line on load ("transcript load: skipped N line(s) that did not parse as JSON" in ' +
        'its debug log); when the line was a link of the parentUuid chain, the line after it names a missing parent, ' +
        'which the client bridges only within 5 s (see broken-parent-chain).',
    create(context) {
        return {
            line({ number, eol, parseError }) {
                // A last line without newline is torn-final-line's.
                if (parseError === undefined || eol === '')
                    return;
                context.report({ line: number, message: `Line is not a JSON object: ${parseError}.`, repair: () => removeLine(number, 'the malformed line') });
            },
        };
    },
});
