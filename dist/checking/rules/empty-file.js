import { defineRule } from '../rule.js';
export default defineRule({
    name: 'empty-file',
    code: 'SD308',
    severity: 'warning',
    fixable: false,
    summary: 'The file holds no record.',
    explanation: 'The file is empty, or holds only blank and unreadable lines. Codex cannot resume it ("empty session file", "contains ' +
        'no valid records"). It is usually a session that never ran a turn, or a copy that failed. There is nothing to repair.',
    create(context) {
        return {
            end({ records }) {
                if (records === 0)
                    context.report({ line: 1, message: 'The file holds no record.' });
            },
        };
    },
});
