import { defineRule } from '../../../checking/rule.js';
import { isClaudeFinding } from '../findings.js';
export default defineRule({
    name: 'dangling-leaf-uuid',
    code: 'SD402',
    severity: 'warning',
    fixable: false,
    summary: 'The last last-prompt row names a message the file does not hold.',
    explanation: 'Claude Code resumes from the message the last last-prompt row names as its leafUuid. When that message is not in ' +
        'the file (it was lost, or the row was copied from another session), the client ignores the row and resumes from ' +
        'the last message in file order, which may be another branch than the one last used. The usual cause is a torn ' +
        'tail: 2.1.332 can write the last-prompt row before the message it names, and a crash then loses the message. fix ' +
        'leaves the row, and does not append one of its own: a row naming the message the client falls back to would ' +
        'change nothing the client does (it already resumes from there), a row naming any other message would be a guess ' +
        '(which message was meant cannot be known from the file), and the client writes a new last-prompt row with the ' +
        'next prompt it sends, which ends the warning.',
    create(context) {
        return {
            pairing(finding) {
                if (!isClaudeFinding(finding, 'dangling-leaf'))
                    return;
                context.report({
                    line: finding.line,
                    message: `last-prompt names leaf ${finding.uuid}, which is not in the file; Claude Code resumes from the last message in file order instead.`,
                });
            },
        };
    },
});
