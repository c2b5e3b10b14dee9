import { defineRewrite } from '../../repairing/edits.js';
import { defineRule } from '../rule.js';
const withoutLoneCr = defineRewrite('without-final-cr', (bytes) => (bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes));
export default defineRule({
    name: 'missing-final-newline',
    code: 'SD205',
    severity: 'warning',
    fixable: true,
    summary: 'The last record has no newline after it.',
    explanation: 'Every line of a JSONL file ends with a newline. Without one, the next append is glued onto the last record (Codex ' +
        'adds the newline first, other writers may not), and line-based tools miscount. fix adds the newline.',
    create(context) {
        return {
            line({ number, eol, blank, parseError }) {
                if (eol !== '' || blank || parseError !== undefined)
                    return;
                context.report({
                    line: number,
                    message: 'The last record has no newline after it.',
                    repair: () => ({
                        action: 'added the final newline',
                        edits: [
                            // A file cut between the CR and the LF of a CRLF: the LF replaces the lone CR, or the line would end in CRLF.
                            withoutLoneCr(number),
                            { op: 'end-line', line: number },
                        ],
                    }),
                });
            },
        };
    },
});
