import { defineRule } from '../../../checking/rule.js';
import { isClaudeFinding } from '../findings.js';
export default defineRule({
    name: 'empty-transcript',
    code: 'SD404',
    severity: 'error',
    fixable: false,
    summary: 'The transcript holds no user or assistant message.',
    explanation: 'Claude Code resumes a session from its messages. A transcript with only rows outside the chain (queue-operation, ' +
        'last-prompt, snapshots), or whose messages were all lost, fails to resume with "No conversation found ' +
        'with session ID". There is nothing to rebuild it from, so fix leaves it. A file of summary rows only is not ' +
        'reported: Claude Code 1.0.x writes one for each resumed session, the title of a conversation kept in another file.',
    create(context) {
        return {
            pairing(finding) {
                if (!isClaudeFinding(finding, 'empty'))
                    return;
                context.report({ line: 1, message: 'The transcript holds no user or assistant message; claude --resume fails with "No conversation found with session ID".' });
            },
        };
    },
});
