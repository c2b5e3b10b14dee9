import { defineRule } from '../rule.js';
export default defineRule({
    name: 'invalid-record',
    code: 'SD204',
    severity: 'error',
    fixable: false,
    summary: 'A record does not match the schema the client expects.',
    explanation: 'The line is valid JSON, but a record that matters (session_meta, a call or output item, a compaction checkpoint, a ' +
        'rollback event) lacks a required field or has one of the wrong type, e.g. a function_call without a string ' +
        'arguments field, or an output that is an object instead of a string. Codex fails to decode such a line and skips ' +
        'it, so the call or output it held is missing from the history; an invalid first session_meta makes resume fail. ' +
        'The right content cannot be guessed, so fix leaves it.',
    create(context) {
        return {
            record({ line, info }) {
                if (info.invalid === undefined)
                    return;
                context.report({ line, message: `${info.label} record is invalid: ${info.invalid}.` });
            },
        };
    },
});
